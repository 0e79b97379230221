/**
 * The settings the panel acts on (policy defaults, the agent's name, the companion pairing), loaded from
 * browser.storage and kept current when Options changes them. Undefined until loaded.
 */
import { computed, createModel, effect, signal } from '@preact/signals';
import { getItem, type ItemName, type ItemValue, watchItem } from '../../storage/items.ts';

function itemSignal<N extends ItemName>(name: N) {
  const value = signal<ItemValue<N> | undefined>(undefined);
  effect(() => {
    let live = true;
    void getItem(name).then((stored) => {
      // A change seen by the watcher before the first read answered is newer: keep it.
      if (live && value.peek() === undefined) value.value = stored;
    });
    const unwatch = watchItem(name, (next) => {
      value.value = next;
    });
    return () => {
      live = false;
      unwatch();
    };
  });
  return value;
}

export const SettingsModel = createModel(() => {
  const policy = itemSignal('policy');
  const agent = itemSignal('agent');
  const companion = itemSignal('companion');
  const ready = computed(
    () => policy.value !== undefined && agent.value !== undefined && companion.value !== undefined,
  );
  return { policy, agent, companion, ready };
});

/** The options page edits every setting, the CRM sites and their selectors too. */
export const OptionsModel = createModel(() => ({
  policy: itemSignal('policy'),
  agent: itemSignal('agent'),
  companion: itemSignal('companion'),
  sites: itemSignal('enabledSites'),
  selectors: itemSignal('genericSelectors'),
}));
