/**
 * The moving-24 h set of counted recipients, kept in memory so a gate check costs O(log n) however long the ledger is
 * (issue 5: ≤ 1 ms with 1,000,000 rows). It holds each recipient's latest counted instant and a min-heap of instants;
 * superseded heap entries are skipped lazily. The ledger rows stay the truth: the store rebuilds this from them at
 * start-up and whenever the clock goes backwards.
 */
import { LIMIT_WINDOW, type LimitUsage, usageOfCount } from './ledger.ts';
import type { MessagingTier } from './tiers.ts';

export class RecipientWindow {
  private readonly latest = new Map<string, number>();
  private readonly heap: [number, string][] = [];
  private evictedUpTo = Number.NEGATIVE_INFINITY;

  /** Sets the recipient's latest counted instant; undefined removes them (their last counted send failed). */
  set(recipient: string, at: number | undefined): void {
    if (at === undefined) {
      this.latest.delete(recipient);
      return;
    }
    this.latest.set(recipient, at);
    this.push([at, recipient]);
  }

  /** False when `now` is earlier than an instant already evicted for: the caller must rebuild from the ledger. */
  canAnswer(now: number): boolean {
    return now - LIMIT_WINDOW >= this.evictedUpTo;
  }

  isCounted(recipient: string, now: number): boolean {
    this.evict(now);
    const at = this.latest.get(recipient);
    return at !== undefined && at <= now;
  }

  usage(tier: MessagingTier, now: number): LimitUsage {
    this.evict(now);
    const top = this.top();
    return usageOfCount(tier, this.latest.size, top === undefined ? undefined : top + LIMIT_WINDOW);
  }

  private evict(now: number): void {
    const since = now - LIMIT_WINDOW;
    this.evictedUpTo = Math.max(this.evictedUpTo, since);
    for (;;) {
      const head = this.heap[0];
      if (!head) return;
      const [at, recipient] = head;
      const current = this.latest.get(recipient);
      if (current !== at)
        this.pop(); // superseded by a later send, or removed
      else if (at <= since) {
        this.pop();
        this.latest.delete(recipient);
      } else return;
    }
  }

  private top(): number | undefined {
    for (;;) {
      const head = this.heap[0];
      if (!head) return undefined;
      if (this.latest.get(head[1]) === head[0]) return head[0];
      this.pop();
    }
  }

  private push(entry: [number, string]): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]![0] <= heap[i]![0]) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop();
    if (!last || heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left]![0] < heap[smallest]![0]) smallest = left;
      if (right < heap.length && heap[right]![0] < heap[smallest]![0]) smallest = right;
      if (smallest === i) return;
      [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
      i = smallest;
    }
  }
}
