import { startContentScript } from './run.ts';

startContentScript(window);
