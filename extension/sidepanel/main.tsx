/** Entry of the side panel (Chrome) and sidebar (Firefox): the real worker API and database come from the defaults. */
import { render } from 'preact';
import { messagingBackgroundApi } from '../ui/background-api.ts';
import { uiLanguage } from '../ui/i18n.ts';
import { startLiveSync } from '../ui/models/live-sync.ts';
import { PanelApp } from './panel-app.tsx';

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
startLiveSync(messagingBackgroundApi, document);
