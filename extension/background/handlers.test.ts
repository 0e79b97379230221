import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '../db/app-db.ts';
import type { CompanionClient } from './companion-client.ts';
import { createHandlers } from './handlers.ts';
import { drainOutbox } from './outbox.ts';

const page = {
  id: 'nonhjonmkcpmbcnlfeholmfboalmnbbl',
  url: 'https://app.hubspot.com/contacts/1/record/0-1/2',
  tab: { id: 7 },
  frameId: 0,
};
const panel = {
  id: 'nonhjonmkcpmbcnlfeholmfboalmnbbl',
  url: 'chrome-extension://nonhjonmkcpmbcnlfeholmfboalmnbbl/sidepanel/index.html',
};
const read = {
  ok: true as const,
  contact: {
    adapter: 'hubspot',
    url: page.url,
    name: 'Ana',
    phones: [{ raw: '+55 11 98765-4321', e164: '+5511987654321' }],
    fields: {},
  },
};

let db: AppDB;
afterEach(async () => db?.delete());

function setup() {
  db = new AppDB(`t-${crypto.randomUUID()}`);
  const openSidePanel = vi.fn();
  const handlers = createHandlers({ db, client: {} as CompanionClient, now: () => 1_000, openSidePanel });
  return { handlers, openSidePanel };
}

describe('background handlers check who is asking', () => {
  it('stores a page read from a content script under its tab', async () => {
    const { handlers } = setup();
    await handlers['cs/page-read'](read, page);
    expect((await db.pages.get(7))?.read).toEqual(read);
  });

  it('refuses a content-script message from a sub-frame or another extension', async () => {
    const { handlers } = setup();
    await expect(handlers['cs/page-read'](read, { ...page, frameId: 3 })).rejects.toThrow(/content script/);
    await expect(handlers['cs/page-read'](read, { ...page, id: 'another-extension' })).rejects.toThrow(
      /content script/,
    );
  });

  it('refuses a malformed page read instead of storing it', async () => {
    const { handlers } = setup();
    const bad = { ok: true, contact: { adapter: 'Bad Adapter!', url: 'x', phones: 'no', fields: {} } };
    await expect(handlers['cs/page-read'](bad as never, page)).rejects.toThrow(/Refused cs\/page-read/);
    expect(await db.pages.count()).toBe(0);
  });

  it('refuses panel messages that come from a web page', async () => {
    const { handlers } = setup();
    await expect(handlers['ui/page-read']({ tabId: 7 }, { ...page })).rejects.toThrow(/QBM Copilot page/);
    await expect(handlers['ui/page-read']({ tabId: 7 }, panel)).resolves.toBeNull();
  });

  it('opens the side panel synchronously on a quick-send click, before any await', () => {
    const { handlers, openSidePanel } = setup();
    void handlers['cs/quick-send']({ phone: '+55 11 98765-4321' }, page);
    expect(openSidePanel).toHaveBeenCalledWith(7);
  });

  it('queues a send in the outbox before anything else', async () => {
    const { handlers } = setup();
    const client = { sendMessage: vi.fn(async () => ({ ok: false, error: { kind: 'unreachable', message: 'down' } })) };
    const withClient = createHandlers({
      db,
      client: client as unknown as CompanionClient,
      now: () => 1_000,
      openSidePanel: vi.fn(),
    });
    const { outboxId } = await withClient['ui/send']({ to: '+5511987654321', text: 'Oi' }, panel);
    await drainOutbox(db, client as unknown as CompanionClient, () => 1_000); // joins the run the handler started
    expect(await db.outbox.get(outboxId)).toMatchObject({ kind: 'message', state: 'pending', attempts: 1 });
    expect(client.sendMessage).toHaveBeenCalledTimes(1);
    void handlers;
  });
});
