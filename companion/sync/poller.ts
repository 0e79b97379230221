/**
 * Polls the number's health and the templates from the Graph API (spec §4: quality, status and health_status come by
 * polling, not webhooks, since 2025-10-07). Meta allows 200 management calls per hour per app and WABA; every 5 and
 * 15 minutes makes 16. Also runs on demand (start-up, `?refresh=1`, sandbox state changes). Snapshots are merged with
 * what webhooks already told (restrictions, pause history) and published to the feed.
 */

import { numberHealthFromGraph } from '../../shared/health/number-health.ts';
import { applyPolledHealth } from '../../shared/health/number-updates.ts';
import { mergeTemplateSnapshot } from '../../shared/templates/merge.ts';
import type { Clock } from '../../shared/time/clock.ts';
import type { Store } from '../store/store.ts';
import { describeGraphFailure, type GraphClient } from '../whatsapp/graph-client.ts';

export const NUMBER_POLL_MS = 5 * 60 * 1000;
export const TEMPLATE_POLL_MS = 15 * 60 * 1000;

export interface PollerDeps {
  store: Store;
  graph: Pick<GraphClient, 'getPhoneNumber' | 'listTemplates'>;
  clock: Clock;
  phoneNumberId: string;
  onProblem: (what: string, detail: string) => void;
}

export function createPoller(deps: PollerDeps) {
  const { store, clock } = deps;
  const timers: NodeJS.Timeout[] = [];

  async function refreshNumber(): Promise<boolean> {
    const result = await deps.graph.getPhoneNumber();
    if (!result.ok) {
      deps.onProblem('number health', describeGraphFailure(result.failure));
      return false;
    }
    const now = clock.now();
    const polled = numberHealthFromGraph(result.value, deps.phoneNumberId, now);
    if (!polled.ok) {
      deps.onProblem('number health', polled.error.message);
      return false;
    }
    const merged = applyPolledHealth(store.numbers.get(deps.phoneNumberId), polled.value);
    store.numbers.put(merged);
    store.feed.append({
      id: `number:${deps.phoneNumberId}:poll:${now}`,
      type: 'number',
      contact: null,
      at: now,
      data: merged,
    });
    return true;
  }

  async function refreshTemplates(): Promise<boolean> {
    const result = await deps.graph.listTemplates();
    if (!result.ok) {
      deps.onProblem('templates', describeGraphFailure(result.failure));
      return false;
    }
    const now = clock.now();
    for (const problem of result.value.problems)
      deps.onProblem('template', `${problem.name ?? problem.id ?? '?'}: ${problem.message}`);
    for (const fresh of result.value.templates) {
      const stored = store.templates.get(fresh.name, fresh.language);
      const merged = stored ? mergeTemplateSnapshot(stored, fresh) : fresh;
      if (stored && JSON.stringify(stored) === JSON.stringify(merged)) continue;
      store.templates.put(merged);
      store.feed.append({
        id: `template:${merged.name}:${merged.language}:poll:${now}`,
        type: 'template',
        contact: null,
        at: now,
        data: merged,
      });
    }
    return true;
  }

  return {
    refreshNumber,
    refreshTemplates,
    start(): void {
      timers.push(setInterval(() => void refreshNumber(), NUMBER_POLL_MS).unref());
      timers.push(setInterval(() => void refreshTemplates(), TEMPLATE_POLL_MS).unref());
    },
    stop(): void {
      for (const timer of timers.splice(0)) clearInterval(timer);
    },
  };
}

export type Poller = ReturnType<typeof createPoller>;
