import { describe, expect, it } from 'vitest';
import { contactRecord } from '../ui/models/fixtures.test-helpers.ts';
import { CONTACT_CHUNK_SIZE, chunkable, chunkContacts, findInChunk } from './contact-chunks.ts';
import type { ContactChunk } from './records.ts';

const contact = (key: string, phone: string | null = key) => contactRecord(key, { phone });

/** The chunk a store ordered by `first` would return for a key: greatest first ≤ key. */
const floorOf = (chunks: readonly ContactChunk[], key: string) => chunks.filter((chunk) => chunk.first <= key).at(-1);

describe('contact chunks', () => {
  it('cuts contacts into runs of consecutive keys, each named by its lowest key, whatever order they came in', () => {
    const keys = Array.from({ length: 150 }, (_, i) => `+55119${String(10_000_000 + i * 37)}`);
    const shuffled = [...keys].reverse();
    const chunks = chunkContacts(
      shuffled.map((key) => contact(key)),
      64,
    );
    expect(chunks.map((chunk) => chunk.contacts.length)).toEqual([64, 64, 22]);
    expect(chunks.flatMap((chunk) => chunk.contacts.map((c) => c.key))).toEqual([...keys].sort());
    for (const chunk of chunks) expect(chunk.first).toBe(chunk.contacts[0]?.key);
  });

  it('finds every contact through the chunk that would hold it, and no contact that is not there', () => {
    const keys = Array.from({ length: 3 * CONTACT_CHUNK_SIZE + 5 }, (_, i) => `+1415555${String(1000 + i * 3)}`);
    const chunks = chunkContacts(keys.map((key) => contact(key)));
    for (const key of keys) expect(findInChunk(floorOf(chunks, key), key)?.key).toBe(key);
    for (const absent of ['+14155551001', '+14155550999', '+19999999999', '+1', 'BR.x'])
      expect(findInChunk(floorOf(chunks, absent), absent)).toBeUndefined();
    expect(findInChunk(undefined, keys[0] as string)).toBeUndefined();
  });

  it('keeps out a contact found by a phone other than its key, and keys outside printable ASCII', () => {
    expect(chunkable(contact('+5511987654321'))).toBe(true);
    expect(chunkable(contact('BR.abc123', null))).toBe(true);
    expect(chunkable(contact('BR.abc123', '+5511987654321'))).toBe(false);
    expect(chunkable(contact('BR.ção', null))).toBe(false);
  });
});
