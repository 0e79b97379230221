/**
 * The sandbox WABA's message templates, in the order `GET /{waba-id}/message_templates` pages them: every item is
 * one translation in Meta's Graph format (spec §6). The platform copies them into its state, so a test or a demo
 * control may pause or re-rate one without touching the seeds.
 */
import { AUTHENTICATION_TEMPLATES } from './seed-templates-authentication.ts';
import { MARKETING_TEMPLATES } from './seed-templates-marketing.ts';
import { UTILITY_TEMPLATES } from './seed-templates-utility.ts';

export type { GraphComponentJson, GraphTemplateJson } from './seed-template-builders.ts';

export const SEED_TEMPLATES = [...UTILITY_TEMPLATES, ...AUTHENTICATION_TEMPLATES, ...MARKETING_TEMPLATES] as const;
