/**
 * The worker's view of a contact as stored: its own row in `contacts` (written by the feed, or by a snapshot into a
 * database that already held contacts) wins over its copy in a chunk of the first sync (contact-chunks.ts).
 */
import type { AppDB } from '../db/app-db.ts';
import { findInChunk } from '../db/contact-chunks.ts';
import type { ContactRecord } from '../db/records.ts';

export async function storedContact(db: AppDB, key: string): Promise<ContactRecord | undefined> {
  const [row, copy] = await Promise.all([db.contacts.get(key), chunkCopy(db, key)]);
  return row ?? copy;
}

export async function storedContacts(db: AppDB, keys: readonly string[]): Promise<(ContactRecord | undefined)[]> {
  const rows = await db.contacts.bulkGet([...keys]);
  return Promise.all(rows.map((row, i) => row ?? chunkCopy(db, keys[i] as string)));
}

/** The contact's copy in the chunk that would hold it: the chunk with the greatest first key ≤ its key. */
async function chunkCopy(db: AppDB, key: string): Promise<ContactRecord | undefined> {
  return findInChunk(await db.contactChunks.where('first').belowOrEqual(key).last(), key);
}

/** No contact stored at all, in rows or chunks: a snapshot loaded now has nothing to merge with. */
export async function noContactsStored(db: AppDB): Promise<boolean> {
  return (await db.contacts.count()) === 0 && (await db.contactChunks.count()) === 0;
}

/** Every stored contact's key (rows and chunks), sorted: for counts and tests. */
export async function storedContactKeys(db: AppDB): Promise<string[]> {
  const keys = new Set((await db.contacts.toCollection().primaryKeys()) as string[]);
  await db.contactChunks.each((chunk) => {
    for (const contact of chunk.contacts) keys.add(contact.key);
  });
  return [...keys].sort();
}
