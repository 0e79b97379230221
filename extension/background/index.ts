import { registerBackground } from './register.ts';

registerBackground();
