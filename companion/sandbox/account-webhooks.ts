/**
 * Changing the platform's number and portfolio state, with the webhook Meta would send for it (spec §2–§4):
 * - tier → `business_capability_update` with `max_daily_conversations_per_business` (250, 2000, …, -1 unlimited);
 *   `max_phone_numbers_per_business` only at 250, as Meta sends it;
 * - quality → no webhook: quality changes no longer come by webhook (spec §3, §11.4), the companion polls
 *   `quality_rating`;
 * - health BLOCKED ⇄ anything else → `account_update` DISABLED_UPDATE with `ban_info.waba_ban_state` DISABLE /
 *   REINSTATE (the sandbox's BLOCKED is a disabled WABA); LIMITED ⇄ AVAILABLE → no webhook (polled
 *   `health_status`): an ACCOUNT_RESTRICTION would outlive the change, since restrictions only end at their expiry.
 */
import {
  type BusinessNumber,
  capabilityUpdateWebhook,
  compact,
  unixSeconds,
  type WebhookBodyJson,
  webhookBody,
} from '../../shared/contracts/webhook-builders.ts';
import { limitOfTier } from '../../shared/limits/tiers.ts';
import type { Clock } from '../../shared/time/clock.ts';
import type { PlatformSettings, SandboxPlatformState } from './platform-state.ts';
import type { WebhookSender } from './webhook-sender.ts';

export interface AccountDeps {
  state: SandboxPlatformState;
  clock: Clock;
  business: BusinessNumber;
  sender: WebhookSender;
}

function banWebhook(business: BusinessNumber, state: 'DISABLE' | 'REINSTATE', at: number): WebhookBodyJson {
  const value = compact({
    phone_number: business.displayPhoneNumber,
    event: 'DISABLED_UPDATE',
    ban_info: { waba_ban_state: state, waba_ban_date: new Date(at).toISOString().slice(0, 10) },
  });
  return webhookBody(business.wabaId, [{ field: 'account_update', value }], unixSeconds(at));
}

/** Applies the patch; resolves once every webhook it caused was delivered (or given up on). */
export async function applySettings(deps: AccountDeps, patch: Partial<PlatformSettings>): Promise<void> {
  const { state, clock, business, sender } = deps;
  const at = clock.now();
  const bodies: WebhookBodyJson[] = [];
  if (patch.tier !== undefined && patch.tier !== state.tier) {
    state.tier = patch.tier;
    const limit = limitOfTier(patch.tier) ?? -1;
    bodies.push(
      capabilityUpdateWebhook({
        wabaId: business.wabaId,
        at,
        maxDailyConversationsPerBusiness: limit,
        ...(limit === 250 ? { maxPhoneNumbersPerBusiness: 2 } : {}),
      }),
    );
  }
  if (patch.quality !== undefined) state.quality = patch.quality;
  if (patch.healthStatus !== undefined && patch.healthStatus !== state.healthStatus) {
    const wasBlocked = state.healthStatus === 'BLOCKED';
    state.healthStatus = patch.healthStatus;
    if (patch.healthStatus === 'BLOCKED') bodies.push(banWebhook(business, 'DISABLE', at));
    else if (wasBlocked) bodies.push(banWebhook(business, 'REINSTATE', at));
  }
  await Promise.all(bodies.map((body) => sender.deliver(body)));
}
