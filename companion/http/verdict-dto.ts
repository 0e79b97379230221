/** Turns the policy's verdicts and reasons into the API's JSON: the sentence in the asked language, and all three. */
import type { ReasonDto, VerdictDto } from '../../shared/contracts/api.ts';
import type { Locale, Localized } from '../../shared/i18n/locale.ts';
import type { Verdict } from '../../shared/policy/decide.ts';
import type { PolicyReason } from '../../shared/policy/reasons.ts';

export function reasonDto(
  reason: Pick<PolicyReason, 'code' | 'message' | 'detail' | 'until'>,
  locale: Locale,
): ReasonDto {
  const dto: ReasonDto = { code: reason.code, message: reason.message[locale], messages: { ...reason.message } };
  if (reason.detail !== undefined)
    dto.detail = typeof reason.detail === 'string' ? reason.detail : reason.detail[locale];
  if (reason.until !== undefined) dto.until = reason.until;
  return dto;
}

export function verdictDto(verdict: Verdict, locale: Locale): VerdictDto {
  return {
    allowed: verdict.allowed,
    reasons: verdict.reasons.map((reason) => reasonDto(reason, locale)),
    warnings: verdict.warnings.map((warning) => reasonDto(warning, locale)),
    countsAgainstLimit: verdict.countsAgainstLimit,
    charge: verdict.charge,
  };
}

export function localizedReason(code: string, message: Localized, locale: Locale, detail?: string): ReasonDto {
  return reasonDto({ code, message, ...(detail ? { detail } : {}) } as PolicyReason, locale);
}
