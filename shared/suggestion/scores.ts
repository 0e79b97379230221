/**
 * The three factors of a suggestion's score, each with the plain-language reasons behind it.
 * Weights: expected 40, timely 35, relevant 25 (fillable 10, language 8, quality 7, minus repetition up to 15).
 */
import type { Localized } from '../i18n/locale.ts';
import type { Template } from '../templates/model.ts';
import type { Intent } from './intents.ts';
import type { Trigger } from './triggers.ts';

export interface Factor {
  score: number;
  reasons: Localized[];
}

export function scoreExpected(optedIn: boolean, windowOpen: boolean): Factor {
  if (optedIn) return { score: 40, reasons: [text.optedIn] };
  if (windowOpen) return { score: 30, reasons: [text.windowOpen] };
  return { score: 0, reasons: [] };
}

export function scoreTimely(intents: readonly Intent[], triggers: readonly Trigger[]): Factor {
  const answering = triggers
    .filter((trigger) => trigger.intents.some((intent) => intents.includes(intent)))
    .sort((a, b) => b.strength - a.strength);
  const best = answering[0];
  if (!best) return { score: 0, reasons: [] };
  return { score: 35 * best.strength, reasons: [best.message] };
}

export function scoreRelevant(input: {
  template: Template;
  missing: number;
  total: number;
  language: string | undefined;
  daysSinceSent: number | undefined;
}): Factor {
  const reasons: Localized[] = [];
  let score = 0;
  if (input.total === 0 || input.missing === 0) {
    score += 10;
    if (input.total > 0) reasons.push(text.allFilled);
  } else {
    score += 10 * (1 - input.missing / input.total);
    reasons.push(text.someMissing);
  }
  const match = languageMatch(input.template.language, input.language);
  score += match === 'exact' ? 8 : match === 'same_language' ? 5 : 0;
  if (match !== 'none') reasons.push(text.language);
  const quality = input.template.quality;
  score += quality === 'GREEN' ? 7 : quality === 'UNKNOWN' ? 4 : quality === 'YELLOW' ? 2 : 0;
  if (quality === 'GREEN') reasons.push(text.quality);
  if (input.daysSinceSent !== undefined && input.daysSinceSent < 7) {
    score -= 15 * (1 - input.daysSinceSent / 7);
    reasons.push(text.sentRecently);
  }
  return { score, reasons };
}

/** Template languages are "pt_BR", "es", "en_US"; contacts' may be BCP 47 tags ("pt-BR"). */
export function languageMatch(
  templateLanguage: string,
  contactLanguage: string | undefined,
): 'exact' | 'same_language' | 'none' {
  if (!contactLanguage) return 'none';
  const a = templateLanguage.toLowerCase().replace('-', '_');
  const b = contactLanguage.toLowerCase().replace('-', '_');
  if (a === b) return 'exact';
  return a.split('_')[0] === b.split('_')[0] ? 'same_language' : 'none';
}

const text = {
  optedIn: {
    en: 'Opted in to this kind of message',
    pt: 'Aceitou este tipo de mensagem',
    es: 'Aceptó este tipo de mensaje',
  },
  windowOpen: {
    en: 'The customer wrote in the last 24 hours',
    pt: 'O cliente escreveu nas últimas 24 horas',
    es: 'El cliente escribió en las últimas 24 horas',
  },
  allFilled: {
    en: 'Every variable filled from the CRM',
    pt: 'Todas as variáveis preenchidas pelo CRM',
    es: 'Todas las variables completadas desde el CRM',
  },
  someMissing: {
    en: 'Some variables need typing',
    pt: 'Algumas variáveis precisam ser digitadas',
    es: 'Algunas variables hay que escribirlas',
  },
  language: { en: "In the contact's language", pt: 'No idioma do contato', es: 'En el idioma del contacto' },
  quality: { en: 'High-quality template', pt: 'Modelo de alta qualidade', es: 'Plantilla de alta calidad' },
  sentRecently: {
    en: 'Already sent to this contact this week',
    pt: 'Já enviado a este contato nesta semana',
    es: 'Ya enviada a este contacto esta semana',
  },
} as const satisfies Record<string, Localized>;
