/** All repositories over one database. Each repository owns its statements; nothing else writes SQL. */
import { createAuthRepo } from './auth-repo.ts';
import { createConsentRepo } from './consent-repo.ts';
import { createContactsRepo } from './contacts-repo.ts';
import type { Database } from './database.ts';
import { createFeedRepo } from './feed-repo.ts';
import { createLedgerRepo } from './ledger-repo.ts';
import { createMessagesRepo } from './messages-repo.ts';
import { createSnapshotRepo } from './snapshot-repo.ts';
import { createNumbersRepo, createTemplatesRepo } from './snapshots-repo.ts';
import { createWebhookLogRepo } from './webhook-log-repo.ts';

export function createStore(db: Database) {
  return {
    db,
    contacts: createContactsRepo(db),
    consent: createConsentRepo(db),
    messages: createMessagesRepo(db),
    ledger: createLedgerRepo(db),
    templates: createTemplatesRepo(db),
    numbers: createNumbersRepo(db),
    feed: createFeedRepo(db),
    snapshot: createSnapshotRepo(db),
    auth: createAuthRepo(db),
    webhookLog: createWebhookLogRepo(db),
  };
}

export type Store = ReturnType<typeof createStore>;
