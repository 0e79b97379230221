import { describe, expect, it } from 'vitest';
import { createLogger, type LoggerLevel } from './logger.ts';

const TOKEN = 'EAAGsuperSecretToken';
const PHONE = '+5511987654321';

function capture(level: LoggerLevel = 'debug') {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, text: () => lines.join('') };
}

describe('createLogger', () => {
  it.each([
    ['authorization', { authorization: `Bearer ${TOKEN}` }],
    ['accessToken', { accessToken: TOKEN }],
    ['access_token', { access_token: TOKEN }],
    ['appSecret', { appSecret: TOKEN }],
    ['token', { token: TOKEN }],
    ['*.token', { job: { token: TOKEN } }],
    ['headers.authorization', { headers: { authorization: `Bearer ${TOKEN}` } }],
    ['config.whatsapp.accessToken', { config: { whatsapp: { accessToken: TOKEN, appSecret: TOKEN } } }],
    ['verifyToken', { verifyToken: TOKEN }],
    ['a deeply nested accessToken', { a: { b: { c: { d: { accessToken: TOKEN } } } } }],
    ['a secret inside an array', { calls: [{ headers: { Authorization: `Bearer ${TOKEN}` } }] }],
  ])('never writes a token passed as %s', (_, object) => {
    const { logger, text } = capture();
    logger.info(object, 'something happened');
    expect(text()).not.toContain(TOKEN);
    expect(text()).toContain('[redacted]');
  });

  it('redacts a secret in a child logger binding', () => {
    const { logger, text } = capture();
    logger.child({ accessToken: TOKEN, to: PHONE }).info('bound');
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain(PHONE);
  });

  it('redacts a token stored on an error object', () => {
    const { logger, text } = capture();
    const error = Object.assign(new Error('send failed'), { token: TOKEN });
    logger.error({ err: error }, 'boom');
    expect(text()).not.toContain(TOKEN);
    expect(text()).toContain('send failed');
  });

  it('masks phones under the contact keys, keeping the country code and last 4 digits', () => {
    const { logger, lines } = capture();
    logger.info({ to: PHONE, from: '5511987654321', phone: PHONE, contact: `phone:${PHONE}`, recipient: PHONE }, 'x');
    logger.info({ payload: { wa_id: '447911123456', contacts: [{ wa_id: '447911123456' }] } }, 'nested');
    const [first, second] = lines.map((line) => JSON.parse(line));
    expect(first).toMatchObject({
      to: '+55*******4321',
      from: '55*******4321',
      phone: '+55*******4321',
      contact: 'phone:+55*******4321',
      recipient: '+55*******4321',
    });
    expect(second.payload).toEqual({ wa_id: '44******3456', contacts: [{ wa_id: '44******3456' }] });
  });

  it('leaves other values alone and does not change the object it was given', () => {
    const { logger, lines } = capture();
    const object = { to: PHONE, wamid: 'wamid.123456789012', count: 12345678 };
    logger.info(object, 'sent');
    expect(JSON.parse(lines[0]!)).toMatchObject({ wamid: 'wamid.123456789012', count: 12345678, msg: 'sent' });
    expect(object.to).toBe(PHONE);
  });

  it('drops messages below its level', () => {
    const { logger, lines } = capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines).toHaveLength(1);
  });
});
