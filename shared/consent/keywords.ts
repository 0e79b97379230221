/**
 * STOP / START keywords sent as a WhatsApp message (spec §7: "Also handle STOP keywords / 'Unsubscribe' quick
 * replies"), in English, Portuguese and Spanish.
 *
 * Conservative by design: only a message that IS a keyword counts, after trimming, case-folding, stripping accents and
 * the punctuation or emoji around it. A sentence that merely contains one ("please don't stop sending updates",
 * "pare de me mandar isso amanhã") is left to the agent, who reads it and records the opt-out by hand.
 *
 * The two lists are deliberately asymmetric. A false STOP only withholds marketing, which is harmless; a false START
 * would send marketing to someone who never asked for it (a policy breach, spec §7). So STOP takes every common
 * variant, and START drops words that people often send for other reasons: "YES"/"SIM"/"SÍ" answer any question,
 * and "VOLTAR" is how Portuguese-speaking users go back in a menu.
 */
import { canonicalContactKey } from './contact-key.ts';
import type { ConsentEvent } from './events.ts';

export type KeywordIntent = 'stop' | 'start';

/** Written in normalised form: lower case, no accents, single spaces. */
const STOP_KEYWORDS = [
  // English (the CTIA set plus Meta's opt-out quick reply "Stop promotions")
  'stop',
  'stop all',
  'stopall',
  'unsubscribe',
  'unsub',
  'cancel',
  'end',
  'quit',
  'opt out',
  'optout',
  'stop promotions',
  // Portuguese
  'parar',
  'pare',
  'sair',
  'cancelar',
  'descadastrar',
  'descadastre',
  'remover',
  'parar promocoes',
  'cancelar inscricao',
  // Spanish
  'baja',
  'darme de baja',
  'dar de baja',
  'alto',
  'detener',
  'no mas',
  'detener promociones',
  'cancelar suscripcion',
  'desuscribir',
  'desuscribirme',
] as const;

const START_KEYWORDS = [
  // English
  'start',
  'subscribe',
  'unstop',
  'resume',
  'resume promotions',
  // Portuguese
  'assinar',
  'retomar',
  'iniciar',
  'retomar promocoes',
  // Spanish
  'alta',
  'darme de alta',
  'comenzar',
  'reanudar',
  'reanudar promociones',
] as const;

const INTENTS = new Map<string, KeywordIntent>([
  ...STOP_KEYWORDS.map((keyword) => [keyword, 'stop'] as const),
  ...START_KEYWORDS.map((keyword) => [keyword, 'start'] as const),
]);

/** Longer than any keyword with room for decoration: anything longer is a sentence, not a keyword. */
const MAX_KEYWORD_MESSAGE = 64;

/**
 * "¡Darme de BAJA! 🙏" → "darme de baja"; "Opt-Out" → "opt out". NFKD rather than plain NFD so full-width letters
 * from CJK keyboards ("ＳＴＯＰ") fold too; the combining marks it splits off are then removed.
 */
export function normalizeKeywordText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function classifyKeyword(text: string): KeywordIntent | null {
  if (text.length > MAX_KEYWORD_MESSAGE) return null;
  return INTENTS.get(normalizeKeywordText(text)) ?? null;
}

/**
 * The consent event a keyword message records, or null when the message is not a keyword. Both directions touch
 * marketing only: STOP withdraws promotions while utility and authentication messages keep flowing (spec §7:
 * opting out of promotions leaves utility/auth unaffected), and START restores promotions. `contact` is a contact key
 * or the sender's wa_id; `at` is the message's instant in epoch ms.
 */
export function consentEventFromKeyword(input: {
  id: string;
  contact: string;
  text: string;
  at: number;
  wamid: string;
}): ConsentEvent | null {
  const intent = classifyKeyword(input.text);
  if (!intent) return null;
  return {
    id: input.id,
    contact: canonicalContactKey(input.contact),
    action: intent === 'stop' ? 'opt_out' : 'opt_in',
    categories: ['marketing'],
    source: 'keyword',
    wording: input.text,
    at: input.at,
    recordedBy: 'system:keyword',
    evidence: input.wamid,
  };
}
