/**
 * The first sync's contacts, packed in chunks of consecutive keys (records.ts ContactChunk): how a page of the
 * snapshot is cut into chunks, and how a key is found in the chunk that would hold it. Pure: the worker (Dexie) and
 * the panel (reader.ts) each fetch "the chunk with the greatest first key ≤ key" their own way and pass it here.
 */
import type { ContactChunk, ContactRecord } from './records.ts';

/** Contacts per chunk: a chunk is ~20 KB to read for one contact (well under a millisecond), and 64 rows are one. */
export const CONTACT_CHUNK_SIZE = 64;

/**
 * Keys a chunk may hold: printable ASCII, where the companion's order (SQLite's bytewise) and IndexedDB's (UTF-16
 * code units) agree, so chunks cut from pages in the companion's order never overlap here. Contact keys are E.164
 * phones or BSUIDs, both ASCII; anything else is written as a row of its own.
 */
const CHUNKABLE_KEY = /^[\x21-\x7e]+$/;

export function chunkable(contact: ContactRecord): boolean {
  // Found by its phone as well as its key (a contact first met by user id): the phone index is on rows only.
  return CHUNKABLE_KEY.test(contact.key) && (contact.phone === null || contact.phone === contact.key);
}

/** Cuts contacts (one snapshot page) into chunks of consecutive keys, in key order. */
export function chunkContacts(contacts: readonly ContactRecord[], size = CONTACT_CHUNK_SIZE): ContactChunk[] {
  const sorted = [...contacts].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const chunks: ContactChunk[] = [];
  for (let start = 0; start < sorted.length; start += size) {
    const part = sorted.slice(start, start + size);
    chunks.push({ first: (part[0] as ContactRecord).key, contacts: part });
  }
  return chunks;
}

/** The contact with this key in the chunk that would hold it (binary search), if it is there. */
export function findInChunk(chunk: ContactChunk | undefined, key: string): ContactRecord | undefined {
  if (!chunk) return undefined;
  let low = 0;
  let high = chunk.contacts.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = chunk.contacts[middle] as ContactRecord;
    if (candidate.key === key) return candidate;
    if (candidate.key < key) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
