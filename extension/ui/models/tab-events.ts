/**
 * When the panel must look at another page: the agent switched tabs, or the tab it shows loaded a new document
 * (a full navigation; in-page CRM navigations arrive as fresh page reads from the content script). Behind an
 * interface so tests drive it.
 */
import { browserApi } from '../../messaging/browser.ts';

export type TabChange = 'activated' | 'loading' | 'loaded';

export interface TabEvents {
  /** `activated`: another tab is in front; `loading` / `loaded`: a tab started / finished loading a new document. */
  onTabChange(callback: (change: TabChange, tabId: number) => void): () => void;
}

export const browserTabEvents: TabEvents = {
  onTabChange(callback) {
    const activated = (info: { tabId: number }) => callback('activated', info.tabId);
    const updated = (tabId: number, change: { status?: string }) => {
      if (change.status === 'loading') callback('loading', tabId);
      else if (change.status === 'complete') callback('loaded', tabId);
    };
    const tabs = browserApi().tabs;
    tabs.onActivated.addListener(activated);
    // Optional: absent in some test doubles; every browser the manifest targets has it.
    tabs.onUpdated?.addListener(updated);
    return () => {
      tabs.onActivated.removeListener(activated);
      tabs.onUpdated?.removeListener(updated);
    };
  },
};
