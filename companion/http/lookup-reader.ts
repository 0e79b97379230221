/**
 * The main thread's side of the lookup reader thread (lookup-worker.ts): starts it, sends it plain lookups with the
 * ledger's facts and the current policy scope, and resolves each with the thread's answer. When the thread cannot
 * answer (it failed to start, it died, it is stopping), `lookup` says so and the caller answers on the main thread:
 * the reader makes lookups cheaper for the main thread, never unavailable.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GateScope } from '../gate/policy-state.ts';
import { type FromReader, LOOKUP_READER_ROLE, type ToReader } from './lookup-worker.ts';

export type ReaderRequest = Omit<Extract<ToReader, { type: 'lookup' }>, 'type' | 'id'>;
export type ReaderReply = { kind: 'answer'; status: number; text: string } | { kind: 'main' };

export interface LookupReader {
  /** undefined when the thread is not there to answer; otherwise its reply, `main` meaning "answer it yourself". */
  lookup(request: ReaderRequest, scope: GateScope): Promise<ReaderReply> | undefined;
  close(): Promise<void>;
}

/**
 * The worker's entry: this module's sibling when running from source; when bundled (this code is then in
 * build/companion/main.js), the reader's own bundle beside it, build/companion/lookup-worker.js.
 */
function workerEntry(): string {
  const here = fileURLToPath(import.meta.url);
  return join(dirname(here), here.endsWith('.ts') ? 'lookup-worker.ts' : 'lookup-worker.js');
}

/** `onFailure`: the thread failed or ended on its own (lookups are then answered on the main thread): worth a log line. */
export function startLookupReader(dbPath: string, onFailure: (error: Error) => void = () => {}): LookupReader {
  const worker = new Worker(workerEntry(), { workerData: { role: LOOKUP_READER_ROLE, dbPath } });
  // The daemon's life is the HTTP server's; an idle reader must not keep the process up after it closes.
  worker.unref();
  const pending = new Map<number, (reply: ReaderReply) => void>();
  let next = 0;
  let alive = true;
  let closing = false;
  let sentScope: GateScope | undefined;

  const giveUp = () => {
    alive = false;
    for (const resolve of pending.values()) resolve({ kind: 'main' });
    pending.clear();
  };
  worker.on('message', (reply: FromReader) => {
    const resolve = pending.get(reply.id);
    pending.delete(reply.id);
    resolve?.(reply.kind === 'answer' ? { kind: 'answer', status: reply.status, text: reply.text } : { kind: 'main' });
  });
  worker.on('error', (error) => {
    if (alive && !closing) onFailure(error);
    giveUp();
  });
  // A reply that could not be read: its request would wait forever, so the thread is given up on.
  worker.on('messageerror', (error) => {
    if (alive && !closing) onFailure(error);
    giveUp();
    void worker.terminate();
  });
  worker.on('exit', (code) => {
    if (alive && !closing) onFailure(new Error(`the lookup reader thread ended (exit code ${code})`));
    giveUp();
  });

  return {
    lookup(request, scope) {
      if (!alive) return undefined;
      // The scope is one object until the settings change: sent again only then.
      if (scope !== sentScope) {
        worker.postMessage({ type: 'scope', scope } satisfies ToReader);
        sentScope = scope;
      }
      const id = next++;
      return new Promise<ReaderReply>((resolve) => {
        pending.set(id, resolve);
        try {
          worker.postMessage({ type: 'lookup', id, ...request } satisfies ToReader);
        } catch {
          pending.delete(id);
          resolve({ kind: 'main' });
        }
      });
    },
    async close() {
      closing = true;
      if (!alive) return;
      giveUp();
      await worker.terminate();
    },
  };
}
