/**
 * What to call a template variable the agent must type: parameter keys ('button_0', 'header_media') are the
 * payload's vocabulary (shared/templates/parameters.ts), not the agent's.
 */
import type { Template } from '../../../shared/templates/model.ts';
import { buttonsOf, HEADER_LOCATION, HEADER_MEDIA } from '../../../shared/templates/parameters.ts';
import { t } from '../i18n.ts';

export function variableLabel(template: Template, key: string): string {
  if (key === HEADER_MEDIA) return t('variableHeaderMedia');
  if (key === HEADER_LOCATION) return t('variableHeaderLocation');
  const header = /^header_(\d+)$/.exec(key);
  if (header) return t('variableHeader', header[1] ?? key);
  const button = /^button_(\d+)$/.exec(key);
  if (!button) return t('variableLabel', key);
  const target = buttonsOf(template)[Number(button[1])];
  if (target?.type === 'COPY_CODE') return t('variableCoupon');
  if (target?.type === 'OTP') return t('variableOtp');
  return t('variableButton', target && 'text' in target && target.text ? target.text : key);
}
