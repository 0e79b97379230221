// @vitest-environment-options { "url": "https://crm.acme.example/people/1" }
import { describe, expect, it } from 'vitest';
import { ITEMS, setItem } from '../storage/items.ts';
import { cachedContentSettings, contentSettings, ENABLED_SITES_KEY, GENERIC_SELECTORS_KEY } from './settings.ts';

describe('content-script settings', () => {
  it('reads the same storage keys as the settings registry', () => {
    expect(ENABLED_SITES_KEY).toBe(ITEMS.enabledSites.key);
    expect(GENERIC_SELECTORS_KEY).toBe(ITEMS.genericSelectors.key);
  });

  it('turns enabled origins into hosts and picks the selectors of this site', async () => {
    await setItem('enabledSites', ['https://crm.acme.example', 'http://localhost:8080']);
    await setItem('genericSelectors', { 'https://crm.acme.example': { name: 'h2.person' } });
    expect(await contentSettings()).toEqual({
      enabledHosts: ['crm.acme.example', 'localhost:8080'],
      genericSelectors: { name: 'h2.person' },
    });
  });

  it('keeps the settings until storage says they changed', async () => {
    await setItem('enabledSites', ['https://crm.acme.example']);
    const life = new AbortController();
    const settings = cachedContentSettings(life.signal);
    expect((await settings()).enabledHosts).toEqual(['crm.acme.example']);
    await setItem('enabledSites', ['https://crm.acme.example', 'https://other.example']);
    expect((await settings()).enabledHosts).toEqual(['crm.acme.example', 'other.example']);
    life.abort();
  });
});
