/** The one database of the extension's pages and worker; Dexie propagates writes between them. */
import { AppDB } from './app-db.ts';

export const db = new AppDB();
