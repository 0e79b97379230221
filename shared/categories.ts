/**
 * Template categories (spec §6). Consent is recorded per category, in the lower-case form Meta uses in pricing and
 * `user_preferences`; templates carry the upper-case form of the Graph API. Legacy pre-2023 categories are parsed and
 * folded into the current ones so they still gate correctly.
 */
export const TEMPLATE_CATEGORIES = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export const CONSENT_CATEGORIES = ['marketing', 'utility', 'authentication'] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export function consentCategoryOf(category: TemplateCategory): ConsentCategory {
  return category.toLowerCase() as ConsentCategory;
}

/**
 * [LEGACY, pre-2023] categories still returned for old templates. TRANSACTIONAL and the *_UPDATE family were
 * non-promotional (utility); OTP is authentication; anything else unknown is treated as MARKETING, the strictest.
 */
const LEGACY_CATEGORIES: Record<string, TemplateCategory> = {
  TRANSACTIONAL: 'UTILITY',
  ACCOUNT_UPDATE: 'UTILITY',
  PAYMENT_UPDATE: 'UTILITY',
  SHIPPING_UPDATE: 'UTILITY',
  APPOINTMENT_UPDATE: 'UTILITY',
  RESERVATION_UPDATE: 'UTILITY',
  ISSUE_RESOLUTION: 'UTILITY',
  TICKET_UPDATE: 'UTILITY',
  ALERT_UPDATE: 'UTILITY',
  AUTO_REPLY: 'UTILITY',
  PERSONAL_FINANCE_UPDATE: 'UTILITY',
  TRANSPORTATION_UPDATE: 'UTILITY',
  OTP: 'AUTHENTICATION',
};

export function parseTemplateCategory(value: string): TemplateCategory {
  const upper = value.toUpperCase();
  if ((TEMPLATE_CATEGORIES as readonly string[]).includes(upper)) return upper as TemplateCategory;
  return LEGACY_CATEGORIES[upper] ?? 'MARKETING';
}
