/**
 * `GET /{phone-number-id}?fields=…` and `GET /{waba-id}?fields=…` (spec §3, §4), from the platform's state: only
 * the fields asked for, plus `id`, as Meta answers; a field the node does not have is Meta's error 100.
 *
 * health_status follows Meta's rules: BLOCKED entities carry `errors`, LIMITED ones `additional_info` (and errors);
 * the overall value is the worst entity's. The sandbox's LIMITED is an unverified business, its BLOCKED a disabled
 * WABA; Meta documents no health code for the latter, so the sandbox reuses 368, the send error it answers then.
 */
import type { CanSendMessage } from '../../shared/contracts/graph-phone-number.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { failures, type GraphFailure } from './graph-errors.ts';
import type { SandboxPlatformState } from './platform-state.ts';

export interface PlatformIdentity {
  phoneNumberId: string;
  /** As Graph shows it, e.g. "+1 555-010-4477". */
  displayPhoneNumber: string;
  verifiedName: string;
  wabaId: string;
  businessId: string;
  appId: string;
}

/** What Graph returns for a phone number when `fields` is not given. */
const DEFAULT_PHONE_FIELDS = [
  'verified_name',
  'code_verification_status',
  'display_phone_number',
  'quality_rating',
  'platform_type',
  'throughput',
];
const DEFAULT_WABA_FIELDS = ['name', 'timezone_id', 'message_template_namespace'];

function healthEntity(type: string, id: string, status: CanSendMessage) {
  if (status === 'BLOCKED') {
    const errors = [
      {
        error_code: 368,
        error_description: 'The WhatsApp Business Account was disabled for violating WhatsApp Business policies.',
        possible_solution: 'Request a review of the decision in WhatsApp Manager, under Account quality.',
      },
    ];
    return { entity_type: type, id, can_send_message: status, errors };
  }
  if (status === 'LIMITED') {
    const errors = [
      {
        error_code: 141010,
        error_description: 'The Business has not passed business verification.',
        possible_solution: 'Start or finish business verification in Business Settings.',
      },
    ];
    const additional_info = ['Business-initiated messaging is limited until the business is verified.'];
    return { entity_type: type, id, can_send_message: status, errors, additional_info };
  }
  return { entity_type: type, id, can_send_message: status };
}

function healthStatus(state: SandboxPlatformState, identity: PlatformIdentity, withPhone: boolean) {
  const status = state.healthStatus;
  const entities = [
    ...(withPhone ? [healthEntity('PHONE_NUMBER', identity.phoneNumberId, 'AVAILABLE')] : []),
    healthEntity('WABA', identity.wabaId, status === 'BLOCKED' ? 'BLOCKED' : 'AVAILABLE'),
    healthEntity('BUSINESS', identity.businessId, status === 'LIMITED' ? 'LIMITED' : 'AVAILABLE'),
    healthEntity('APP', identity.appId, 'AVAILABLE'),
  ];
  return { can_send_message: status, entities };
}

function pick(
  node: string,
  all: Record<string, unknown>,
  requested: string | undefined,
  defaults: string[],
): Result<Record<string, unknown>, GraphFailure> {
  const names = requested
    ? requested
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : defaults;
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (!Object.hasOwn(all, name)) {
      return err(failures.invalidParameter(`Tried accessing nonexisting field (${name}) on node type (${node})`));
    }
    out[name] = all[name];
  }
  out.id = all.id;
  return ok(out);
}

export function phoneNumberRead(state: SandboxPlatformState, identity: PlatformIdentity, fields?: string) {
  const all = {
    id: identity.phoneNumberId,
    status: 'CONNECTED',
    quality_rating: state.quality,
    whatsapp_business_manager_messaging_limit: state.tier,
    // [LEGACY] Graph ≤ v23 name of the same value (spec §2); answered only when asked for.
    messaging_limit_tier: state.tier,
    throughput: { level: 'STANDARD' },
    name_status: 'APPROVED',
    verified_name: identity.verifiedName,
    display_phone_number: identity.displayPhoneNumber,
    code_verification_status: 'VERIFIED',
    platform_type: 'CLOUD_API',
    // Honest about what this is: Meta's own test numbers say SANDBOX too.
    account_mode: 'SANDBOX',
    health_status: healthStatus(state, identity, true),
  };
  return pick('WhatsAppBusinessPhoneNumber', all, fields, DEFAULT_PHONE_FIELDS);
}

export function wabaRead(state: SandboxPlatformState, identity: PlatformIdentity, fields?: string) {
  const all = {
    id: identity.wabaId,
    name: `${identity.verifiedName} (sandbox)`,
    timezone_id: '1',
    message_template_namespace: 'qbm_sandbox_namespace',
    currency: 'USD',
    whatsapp_business_manager_messaging_limit: state.tier,
    health_status: healthStatus(state, identity, false),
  };
  return pick('WhatsAppBusinessAccount', all, fields, DEFAULT_WABA_FIELDS);
}
