import { describe, expect, it } from 'vitest';
import { PHONE_NUMBER_FIELDS_QUERY, parsePhoneNumberFields } from '../../shared/contracts/graph-phone-number.ts';
import { parseGraphTemplateList } from '../../shared/templates/index.ts';
import { BUSINESS_ID, NOW, PHONE_NUMBER_ID, setup, WABA_ID } from './platform.test-helpers.ts';
import { SEED_TEMPLATES } from './seed-templates.ts';

describe('sandbox platform: the phone number read (spec §3, §4)', () => {
  it('answers the fields the companion polls, parsed by the shared contract', async () => {
    const { graph } = setup();
    const response = await graph(`/v24.0/${PHONE_NUMBER_ID}?fields=${PHONE_NUMBER_FIELDS_QUERY}`);
    const parsed = parsePhoneNumberFields(await response.json());
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toMatchObject({
      id: PHONE_NUMBER_ID,
      status: 'CONNECTED',
      quality_rating: 'GREEN',
      whatsapp_business_manager_messaging_limit: 'TIER_250',
      throughput: { level: 'STANDARD' },
      display_phone_number: '+1 555-010-4477',
      platform_type: 'CLOUD_API',
      account_mode: 'SANDBOX',
      health_status: { can_send_message: 'AVAILABLE' },
    });
    expect(parsed.value.health_status?.entities.map((e) => e.entity_type)).toEqual([
      'PHONE_NUMBER',
      'WABA',
      'BUSINESS',
      'APP',
    ]);
  });

  it('reflects setState at once, with the errors of a LIMITED or BLOCKED entity', async () => {
    const { graph, platform } = setup();
    await platform.setState({ tier: 'TIER_2K', quality: 'YELLOW', healthStatus: 'LIMITED' });
    const read = async () =>
      parsePhoneNumberFields(
        await (await graph(`/v24.0/${PHONE_NUMBER_ID}?fields=${PHONE_NUMBER_FIELDS_QUERY}`)).json(),
      );
    const limited = await read();
    expect(limited.ok && limited.value).toMatchObject({
      quality_rating: 'YELLOW',
      whatsapp_business_manager_messaging_limit: 'TIER_2K',
      health_status: { can_send_message: 'LIMITED' },
    });
    const business = limited.ok ? limited.value.health_status?.entities.find((e) => e.id === BUSINESS_ID) : undefined;
    expect(business?.errors?.[0]?.error_code).toBe(141010);

    await platform.setState({ healthStatus: 'BLOCKED' });
    const blocked = await read();
    const waba = blocked.ok ? blocked.value.health_status?.entities.find((e) => e.id === WABA_ID) : undefined;
    expect(waba).toMatchObject({ can_send_message: 'BLOCKED', errors: [{ error_code: 368 }] });
  });

  it('answers only the fields asked for, and Meta’s error 100 for a field the node lacks', async () => {
    const { graph } = setup();
    expect(await (await graph(`/v24.0/${PHONE_NUMBER_ID}?fields=quality_rating`)).json()).toEqual({
      quality_rating: 'GREEN',
      id: PHONE_NUMBER_ID,
    });
    const response = await graph(`/v24.0/${PHONE_NUMBER_ID}?fields=quality_rating,favourite_colour`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe(100);
  });
});

describe('sandbox platform: the template list (spec §6)', () => {
  it('pages with limit and after cursors until paging.next disappears', async () => {
    const { graph } = setup();
    let url: string | undefined =
      `/v24.0/${WABA_ID}/message_templates?limit=5&fields=id,name,language,status,category,components,quality_score,parameter_format`;
    const names: string[] = [];
    let pages = 0;
    while (url) {
      const json = await (await graph(url)).json();
      const page = parseGraphTemplateList(json, NOW);
      if (!page.ok) throw new Error(page.error.message);
      expect(page.value.errors).toEqual([]);
      names.push(...page.value.templates.map((t) => `${t.name}:${t.language}`));
      pages++;
      url = page.value.nextCursor ? new URL(json.paging.next).pathname + new URL(json.paging.next).search : undefined;
    }
    expect(pages).toBe(Math.ceil(SEED_TEMPLATES.length / 5));
    expect(names).toEqual(SEED_TEMPLATES.map((t) => `${t.name}:${t.language}`));
  });

  it('filters by Meta’s query parameters and pages back with before', async () => {
    const { graph } = setup();
    const paused = await (await graph(`/v24.0/${WABA_ID}/message_templates?status=PAUSED`)).json();
    expect(paused.data.map((t: { name: string }) => t.name)).toEqual(['weekly_offers']);
    const second = await (await graph(`/v24.0/${WABA_ID}/message_templates?limit=2&category=MARKETING`)).json();
    const next = await (
      await graph(`/v24.0/${WABA_ID}/message_templates?limit=2&category=MARKETING&after=${second.paging.cursors.after}`)
    ).json();
    const back = await (
      await graph(`/v24.0/${WABA_ID}/message_templates?limit=2&category=MARKETING&before=${next.paging.cursors.before}`)
    ).json();
    expect(back.data).toEqual(second.data);
    expect(next.paging.previous).toContain('before=');
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await setup().graph(`/v24.0/${WABA_ID}/message_templates?after=bm9wZQ==`);
    expect(response.status).toBe(400);
  });
});

describe('sandbox platform: what doctor checks, and unknown routes', () => {
  it('lists the subscribed app and validates the token', async () => {
    const { graph } = setup();
    const apps = await (await graph(`/v24.0/${WABA_ID}/subscribed_apps`)).json();
    expect(apps.data[0].whatsapp_business_api_data).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    const debug = await (await graph('/v24.0/debug_token?input_token=sandbox-access-token')).json();
    expect(debug.data).toMatchObject({
      is_valid: true,
      expires_at: 0,
      scopes: ['whatsapp_business_messaging', 'whatsapp_business_management'],
    });
    const other = await (await graph('/v24.0/debug_token?input_token=someone-else')).json();
    expect(other.data.is_valid).toBe(false);
  });

  it.each([
    ['GET', `/v24.0/${PHONE_NUMBER_ID}/marketing_messages`],
    ['GET', '/v24.0/999/message_templates'],
    ['POST', '/v24.0/999/messages'],
    ['GET', '/not-graph'],
  ])('answers %s %s with Meta’s error 100 and HTTP 400', async (method, path) => {
    const response = await setup().graph(path, { method, body: method === 'POST' ? '{}' : undefined });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 100, type: 'OAuthException' } });
  });

  it('reads the WABA node with its health', async () => {
    const waba = await (await setup().graph(`/v24.0/${WABA_ID}?fields=name,health_status`)).json();
    expect(waba).toMatchObject({ id: WABA_ID, health_status: { can_send_message: 'AVAILABLE' } });
  });
});
