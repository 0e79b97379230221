/** The sentences an agent reads when a template cannot go out as asked, in every supported language. */
import type { TemplateCategory } from '../categories.ts';
import { formatMessage, LOCALES, type Locale, type Localized } from '../i18n/locale.ts';
import { HEADER_LOCATION, HEADER_MEDIA, type TemplateParameter } from './parameters.ts';

const TEXT = {
  not_approved: {
    en: 'This template cannot be sent: its status is {status}, and only approved templates can be sent.',
    pt: 'Este modelo não pode ser enviado: o status dele é {status}, e só modelos aprovados podem ser enviados.',
    es: 'Esta plantilla no se puede enviar: su estado es {status} y solo se pueden enviar plantillas aprobadas.',
  },
  paused: {
    en: 'Meta paused this template because of low-quality feedback; sends are refused until it is unpaused.',
    pt: 'A Meta pausou este modelo por baixa qualidade; os envios são recusados até ele ser reativado.',
    es: 'Meta pausó esta plantilla por baja calidad; los envíos se rechazan hasta que se reactive.',
  },
  disabled: {
    en: 'Meta disabled this template after repeated low quality; it can no longer be sent.',
    pt: 'A Meta desativou este modelo por baixa qualidade repetida; ele não pode mais ser enviado.',
    es: 'Meta desactivó esta plantilla por baja calidad repetida; ya no se puede enviar.',
  },
  quality_red: {
    en: 'This template has low (red) quality; sending more can get it paused. Choose another template.',
    pt: 'Este modelo está com qualidade baixa (vermelha); enviar mais pode fazer com que seja pausado. Escolha outro modelo.',
    es: 'Esta plantilla tiene calidad baja (roja); enviar más puede hacer que la pausen. Elige otra plantilla.',
  },
  language_mismatch: {
    en: 'This template is approved in {approved}, not in {requested}.',
    pt: 'Este modelo está aprovado em {approved}, não em {requested}.',
    es: 'Esta plantilla está aprobada en {approved}, no en {requested}.',
  },
  missing_parameter: { en: 'Fill in {what}.', pt: 'Preencha {what}.', es: 'Completa {what}.' },
  empty_parameter: { en: '{what} is blank.', pt: '{what} está em branco.', es: '{what} no tiene valor.' },
  format_text: {
    en: '{what} cannot contain line breaks, tabs or more than 4 spaces in a row.',
    pt: '{what} não pode ter quebras de linha, tabulações nem mais de 4 espaços seguidos.',
    es: '{what} no puede tener saltos de línea, tabulaciones ni más de 4 espacios seguidos.',
  },
  format_media: {
    en: '{what} must be an http(s) link or a media ID.',
    pt: '{what} precisa ser um link http(s) ou um ID de mídia.',
    es: '{what} debe ser un enlace http(s) o un ID de medio.',
  },
  format_location: {
    en: '{what} must be latitude,longitude (for example -23.55,-46.63).',
    pt: '{what} precisa estar no formato latitude,longitude (por exemplo -23.55,-46.63).',
    es: '{what} debe tener el formato latitud,longitud (por ejemplo -23.55,-46.63).',
  },
  too_long_header: {
    en: 'The header would be {length} characters; WhatsApp allows {max}. Shorten {what}.',
    pt: 'O cabeçalho ficaria com {length} caracteres; o WhatsApp permite {max}. Encurte {what}.',
    es: 'El encabezado tendría {length} caracteres; WhatsApp permite {max}. Acorta {what}.',
  },
  too_long_body: {
    en: 'The message would be {length} characters; WhatsApp allows {max}. Shorten {what}.',
    pt: 'A mensagem ficaria com {length} caracteres; o WhatsApp permite {max}. Encurte {what}.',
    es: 'El mensaje tendría {length} caracteres; WhatsApp permite {max}. Acorta {what}.',
  },
  too_long_coupon: {
    en: 'The coupon code has {length} characters; WhatsApp allows {max}.',
    pt: 'O código do cupom tem {length} caracteres; o WhatsApp permite {max}.',
    es: 'El código del cupón tiene {length} caracteres; WhatsApp permite {max}.',
  },
  unknown_parameter: {
    en: 'This template has no variable "{key}".',
    pt: 'Este modelo não tem a variável "{key}".',
    es: 'Esta plantilla no tiene la variable "{key}".',
  },
  category_changing: {
    en: "Meta is changing this template's category to {category}; sends after the change are charged as {category}.",
    pt: 'A Meta está mudando a categoria deste modelo para {category}; envios depois da mudança são cobrados como {category}.',
    es: 'Meta está cambiando la categoría de esta plantilla a {category}; los envíos después del cambio se cobran como {category}.',
  },
} satisfies Record<string, Localized>;

export type MessageId = keyof typeof TEXT;
type Vars = Readonly<Record<string, string | number>>;

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The sentence in every locale; `vars` may depend on the locale (a parameter's description, a category name). */
export function localize(id: MessageId, vars: Vars | ((locale: Locale) => Vars) = {}): Localized {
  const entries = LOCALES.map((locale) => {
    const values = typeof vars === 'function' ? vars(locale) : vars;
    return [locale, capitalize(formatMessage(TEXT[id][locale], values))] as const;
  });
  return Object.fromEntries(entries) as Record<Locale, string>;
}

const PLACES: Record<Locale, Record<'header' | 'body', string>> = {
  en: { header: '{token} in the header', body: '{token} in the message' },
  pt: { header: '{token} no cabeçalho', body: '{token} na mensagem' },
  es: { header: '{token} en el encabezado', body: '{token} en el mensaje' },
};

const SPECIAL: Record<Locale, Record<string, string>> = {
  en: {
    [HEADER_MEDIA]: 'the header media (link or media ID)',
    [HEADER_LOCATION]: 'the header location',
    coupon_code: 'the coupon code',
    code: 'the verification code of button {n}',
    url: 'the link of button {n}',
  },
  pt: {
    [HEADER_MEDIA]: 'a mídia do cabeçalho (link ou ID de mídia)',
    [HEADER_LOCATION]: 'a localização do cabeçalho',
    coupon_code: 'o código do cupom',
    code: 'o código de verificação do botão {n}',
    url: 'o link do botão {n}',
  },
  es: {
    [HEADER_MEDIA]: 'el archivo del encabezado (enlace o ID de medio)',
    [HEADER_LOCATION]: 'la ubicación del encabezado',
    coupon_code: 'el código del cupón',
    code: 'el código de verificación del botón {n}',
    url: 'el enlace del botón {n}',
  },
};

/** How an agent recognises a parameter: `{{1}} in the message`, `the link of button 2`, `the coupon code`. */
export function describeParameter(p: TemplateParameter, locale: Locale): string {
  const special = SPECIAL[locale];
  if (p.component === 'button') {
    const n = (p.buttonIndex ?? 0) + 1;
    return formatMessage(special[p.name === 'coupon_code' || p.name === 'code' ? p.name : 'url'] ?? '', { n });
  }
  const fixed = special[p.name];
  if (p.component === 'header' && fixed !== undefined) return fixed;
  return formatMessage(PLACES[locale][p.component], { token: `{{${p.name}}}` });
}

const CATEGORY_NAMES: Record<Locale, Record<TemplateCategory, string>> = {
  en: { MARKETING: 'marketing', UTILITY: 'utility', AUTHENTICATION: 'authentication' },
  pt: { MARKETING: 'marketing', UTILITY: 'utilidade', AUTHENTICATION: 'autenticação' },
  es: { MARKETING: 'marketing', UTILITY: 'utilidad', AUTHENTICATION: 'autenticación' },
};

export function categoryName(category: TemplateCategory, locale: Locale): string {
  return CATEGORY_NAMES[locale][category];
}
