/**
 * Which CRM page the panel is about: the active tab and what its content script read there. `read` is undefined
 * while the panel is asking (show "checking…"), null when the tab has no contact page, else the adapter's answer.
 * Every answer carries a ticket so a slow reply for a tab the agent already left never overwrites the newer one.
 */
import { createModel, effect, signal } from '@preact/signals';
import type { PageRead } from '../../../shared/contracts/protocol.ts';
import type { BackgroundApi } from '../background-api.ts';
import type { TabEvents } from './tab-events.ts';

const RETRY_MS = 1000;
const ATTEMPTS = 3;
/**
 * After the tab finished loading, how long the content script has to push its read before the panel asks the worker
 * (a page without our content script never pushes). Asking at once would race the push: on an in-page CRM
 * navigation the worker may not have the new read yet and answer the previous one, or none, for a moment.
 */
const PUSH_GRACE_MS = 250;

export const PageModel = createModel((api: BackgroundApi, tabs: TabEvents) => {
  const tabId = signal<number | undefined>(undefined);
  const read = signal<PageRead | null | undefined>(undefined);
  /** When `read` arrived: CRM fields that state a fact without a date are news as of then. */
  const readAt = signal(0);
  let ticket = 0;

  const show = (answer: PageRead | null) => {
    read.value = answer;
    readAt.value = Date.now();
  };

  const ask = async (mine: number, attempt = 1): Promise<void> => {
    try {
      const id = await api.activeTabId();
      if (mine !== ticket) return;
      // Another tab: its page is unknown until read. The same tab (focus came back): keep the page on screen, so
      // nothing the agent typed is lost, and refresh it.
      if (id !== tabId.peek()) {
        tabId.value = id;
        read.value = undefined;
      }
      const answer = id === undefined ? null : await api.pageRead(id);
      if (mine === ticket) show(answer);
    } catch (error) {
      // The worker may still be starting ("receiving end does not exist"): ask again a few times.
      if (mine !== ticket) return;
      if (attempt < ATTEMPTS) setTimeout(() => void ask(mine, attempt + 1), RETRY_MS);
      else {
        console.warn('The background worker did not answer', error);
        show(null);
      }
    }
  };

  const reload = () => {
    ticket++;
    void ask(ticket);
  };

  effect(() => {
    let heardSinceLoading = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const offRead = api.onPageRead((id, answer) => {
      if (id !== tabId.peek()) return;
      ticket++; // a pushed read is newer than any reply still on its way
      heardSinceLoading = true;
      clearTimeout(grace);
      show(answer);
    });
    const offTabs = tabs.onTabChange((change, id) => {
      if (change === 'activated') {
        // Another tab in front: what was heard about the previous one says nothing about this one.
        heardSinceLoading = false;
        clearTimeout(grace);
        reload();
      } else if (id !== tabId.peek()) return;
      else if (change === 'loading') {
        read.value = undefined;
        heardSinceLoading = false;
      } else if (!heardSinceLoading) {
        // Loaded and nothing pushed yet: give the content script its moment, then ask.
        clearTimeout(grace);
        grace = setTimeout(() => {
          if (!heardSinceLoading) reload();
        }, PUSH_GRACE_MS);
      }
    });
    reload();
    return () => {
      ticket++;
      clearTimeout(grace);
      offRead();
      offTabs();
    };
  });

  return { tabId, read, readAt, reload };
});
