/**
 * What components depend on, provided from the top: the background worker's API and the IndexedDB database. Tests
 * provide a fake API and a fresh database per test; the pages get the real ones by default.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppDB } from '../../db/app-db.ts';
import { db } from '../../db/db.ts';
import { type BackgroundApi, messagingBackgroundApi } from '../background-api.ts';

export const ApiContext = createContext<BackgroundApi>(messagingBackgroundApi);
export const DbContext = createContext<AppDB>(db);

export const useApi = () => useContext(ApiContext);
export const useDb = () => useContext(DbContext);
