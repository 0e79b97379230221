import { describe, expect, it } from 'vitest';
import { validateConsentEvent } from './events.ts';
import { classifyKeyword, consentEventFromKeyword, normalizeKeywordText } from './keywords.ts';

describe('classifyKeyword: a whole message that is a STOP keyword (spec §7: honour stop requests)', () => {
  it.each([
    // English
    'STOP',
    'stop',
    'Stop.',
    '  STOP!!! ',
    'STOP ALL',
    'Unsubscribe',
    'UNSUB',
    'cancel',
    'END',
    'Quit',
    'OPT OUT',
    'opt-out',
    'OptOut',
    'Stop promotions',
    '🛑 STOP 🛑',
    '"stop"',
    'ＳＴＯＰ',
    // Portuguese
    'PARAR',
    'Pare',
    'sair',
    'Cancelar',
    'DESCADASTRAR',
    'remover',
    'Parar promoções',
    'cancelar inscrição',
    // Spanish
    'BAJA',
    '¡Baja!',
    'Darme de baja',
    'DARME DE BAJA',
    'alto',
    '¡ALTO!',
    'Detener',
    'No más',
    'NO MAS',
    'no  más...',
    'Cancelar suscripción',
  ])('%j is a stop keyword', (text) => {
    expect(classifyKeyword(text)).toBe('stop');
  });
});

describe('classifyKeyword: a whole message that is a START keyword (spec §7)', () => {
  it.each([
    'START',
    'start',
    'Subscribe',
    'UNSTOP',
    'resume',
    'Resume promotions',
    'ASSINAR',
    'Retomar',
    'iniciar',
    'ALTA',
    '¡Alta!',
    'Darme de alta',
    'Comenzar',
    'REANUDAR',
    'Reanudar promociones',
  ])('%j is a start keyword', (text) => {
    expect(classifyKeyword(text)).toBe('start');
  });
});

describe('classifyKeyword: conservative, so a sentence or an everyday reply is not a keyword', () => {
  it.each([
    ["please don't stop sending updates", 'contains stop inside a sentence'],
    ['Stop sending me these', 'a sentence, left to the agent'],
    ['pare de me mandar isso', 'Portuguese sentence'],
    ['no me den de baja por favor', 'Spanish sentence containing baja'],
    ['when does the sale end?', 'contains end'],
    ['STOP STOP', 'two keywords are not one keyword'],
    ['S T O P', 'letters spread out'],
    ['stopped', 'a longer word'],
    ['YES', 'YES answers any question: not a start (false opt-ins breach policy)'],
    ['Sim', 'Portuguese yes'],
    ['Sí', 'Spanish yes'],
    ['voltar', 'Portuguese "go back" in menus: not a start'],
    ['ok', 'acknowledgement'],
    ['', 'empty message'],
    ['   ', 'blank message'],
    ['🛑', 'emoji only'],
    [`STOP${' '.repeat(100)}.`, 'longer than a keyword message can be'],
  ])('%j is not a keyword (%s)', (text) => {
    expect(classifyKeyword(text)).toBeNull();
  });
});

describe('normalizeKeywordText', () => {
  it.each([
    ['¡Darme de BAJA! 🙏', 'darme de baja'],
    ['Opt-Out', 'opt out'],
    ['  NO   MÁS  ', 'no mas'],
    ['Cancelar inscrição.', 'cancelar inscricao'],
    ['ＳＴＯＰ', 'stop'],
  ])('%j → %j (case, accents, punctuation and emoji folded)', (input, expected) => {
    expect(normalizeKeywordText(input)).toBe(expected);
  });
});

describe('consentEventFromKeyword (spec §7)', () => {
  const base = { id: '01KW', contact: '+55 11 98765-4321', at: 1_767_225_600_000, wamid: 'wamid.HBgN' };

  it.each(['STOP', 'Parar', '¡Baja!'])(
    '%j opts out of marketing only: utility and authentication keep flowing (spec §7)',
    (text) => {
      expect(consentEventFromKeyword({ ...base, text })).toEqual({
        id: '01KW',
        contact: '+5511987654321',
        action: 'opt_out',
        categories: ['marketing'],
        source: 'keyword',
        wording: text,
        at: base.at,
        recordedBy: 'system:keyword',
        evidence: 'wamid.HBgN',
      });
    },
  );

  it.each(['START', 'Retomar', 'Alta'])(
    '%j opts back into marketing only, with the message as wording and the wamid as evidence',
    (text) => {
      expect(consentEventFromKeyword({ ...base, text })).toMatchObject({
        action: 'opt_in',
        categories: ['marketing'],
        source: 'keyword',
        wording: text,
        evidence: 'wamid.HBgN',
        recordedBy: 'system:keyword',
      });
    },
  );

  it.each(['Hi, is the car still available?', 'YES', 'stop by tomorrow'])(
    '%j records nothing: an inbound message is not consent either way (spec §7 [interpretation])',
    (text) => {
      expect(consentEventFromKeyword({ ...base, text })).toBeNull();
    },
  );

  it('files the event under the E.164 key when given the sender’s wa_id (spec §11.9: wa_id has no "+")', () => {
    expect(consentEventFromKeyword({ ...base, contact: '5511987654321', text: 'STOP' })?.contact).toBe(
      '+5511987654321',
    );
  });

  it.each(['STOP', 'START'])('the %s event passes validation as stored proof', (text) => {
    const event = consentEventFromKeyword({ ...base, text });
    expect(validateConsentEvent(event)).toEqual({ ok: true, value: event });
  });
});
