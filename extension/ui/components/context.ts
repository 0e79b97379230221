/**
 * What components depend on, provided from the top: the background worker's API and the IndexedDB database (a
 * read-only reader plus the worker's change notices). Tests provide a fake API and a fresh database per test; the
 * pages get the real ones by default.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type ChangeListener, DB_NAME, watchDbChanges } from '../../db/changes.ts';
import { createReader, type DbReader } from '../../db/reader.ts';
import { type BackgroundApi, messagingBackgroundApi } from '../background-api.ts';

/** The database as the pages see it: they read it and hear which tables the worker wrote. */
export interface PageDb {
  reader: DbReader;
  watch(listener: ChangeListener): () => void;
}

export function pageDb(name: string = DB_NAME): PageDb {
  return { reader: createReader(name), watch: (listener) => watchDbChanges(name, listener) };
}

export const ApiContext = createContext<BackgroundApi>(messagingBackgroundApi);
export const DbContext = createContext<PageDb>(pageDb());

export const useApi = () => useContext(ApiContext);
export const useDb = () => useContext(DbContext);
