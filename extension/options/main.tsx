/** Entry of the options page; the real worker API comes from the context default. */
import { render } from 'preact';
import { uiLanguage } from '../ui/i18n.ts';
import { OptionsApp } from './options-app.tsx';

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
