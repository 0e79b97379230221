import { describe, expect, it } from 'vitest';
import { defaultPhoneIndex, identityOf, recordIdentity } from './contact-identity.ts';
import { MARINA, pageContact } from './fixtures.test-helpers.ts';

describe('the WhatsApp identity of a CRM record', () => {
  const phones = [
    { raw: '3456-7890', label: 'Work' },
    { raw: '+55 11 98765-4321', e164: MARINA, label: 'Mobile' },
  ];

  it('defaults to the first number in E.164 and keys the contact by it', () => {
    const page = pageContact({ phones });
    expect(defaultPhoneIndex(page)).toBe(1);
    expect(identityOf(page, 1)).toEqual({ key: MARINA, phone: MARINA });
  });

  it('cannot use a number without a country code', () => {
    expect(identityOf(pageContact({ phones }), 0)).toBeUndefined();
  });

  it('falls back to the WhatsApp user id shown on the record', () => {
    const page = pageContact({ phones: [], fields: { whatsapp_user_id: 'BR.13491208655302741918' } });
    expect(identityOf(page, 0)).toEqual({ key: 'BR.13491208655302741918', phone: null });
  });

  it('tells records apart by adapter and record id', () => {
    expect(recordIdentity(pageContact())).toBe('demo:1002');
    expect(recordIdentity(pageContact({ recordId: undefined }))).toBe('demo:http://127.0.0.1:7717/demo/contacts/1002');
  });
});
