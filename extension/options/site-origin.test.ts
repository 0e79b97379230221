import { describe, expect, it } from 'vitest';
import { originPattern, parseOrigin } from './site-origin.ts';

describe('a CRM site typed by the agent', () => {
  it('becomes its origin, https by default', () => {
    expect(parseOrigin('crm.acme.com')).toBe('https://crm.acme.com');
    expect(parseOrigin(' https://crm.acme.com/contacts/12?x=1 ')).toBe('https://crm.acme.com');
    expect(parseOrigin('http://localhost:3000/app')).toBe('http://localhost:3000');
    expect(originPattern('https://crm.acme.com')).toBe('https://crm.acme.com/*');
  });

  it('is refused when it is not a web site', () => {
    for (const input of ['', 'ftp://crm.acme.com', 'https://*.acme.com', 'crm acme', 'intranet', 'file:///tmp/x']) {
      expect([input, parseOrigin(input)]).toEqual([input, undefined]);
    }
  });
});
