/**
 * Why a send is refused or needs care: stable codes (the API, the UI and the tests key on them) and one sentence an
 * agent understands, in English, Portuguese and Spanish.
 */
import type { SendWarningCode } from '../health/sendability.ts';
import type { Localized } from '../i18n/locale.ts';

export const REFUSAL_MESSAGES = {
  invalid_recipient: {
    en: 'This contact has no valid WhatsApp number or user id.',
    pt: 'Este contato não tem número de WhatsApp ou ID de usuário válido.',
    es: 'Este contacto no tiene un número de WhatsApp o ID de usuario válido.',
  },
  no_opt_in: {
    en: 'The contact has not opted in to this kind of message. Record their opt-in first, or wait for them to write.',
    pt: 'O contato não aceitou receber este tipo de mensagem. Registre o opt-in primeiro ou espere que ele escreva.',
    es: 'El contacto no aceptó recibir este tipo de mensaje. Registra su opt-in primero o espera a que escriba.',
  },
  opted_out: {
    en: 'The contact asked not to receive this kind of message.',
    pt: 'O contato pediu para não receber este tipo de mensagem.',
    es: 'El contacto pidió no recibir este tipo de mensaje.',
  },
  window_closed: {
    en: 'More than 24 hours since the customer last wrote: only an approved template can be sent.',
    pt: 'Mais de 24 horas desde a última mensagem do cliente: só um modelo aprovado pode ser enviado.',
    es: 'Han pasado más de 24 horas desde el último mensaje del cliente: solo se puede enviar una plantilla aprobada.',
  },
  empty_text: {
    en: 'The message is empty.',
    pt: 'A mensagem está vazia.',
    es: 'El mensaje está vacío.',
  },
  text_too_long: {
    en: 'The message is longer than 4,096 characters.',
    pt: 'A mensagem tem mais de 4.096 caracteres.',
    es: 'El mensaje tiene más de 4.096 caracteres.',
  },
  template_unknown: {
    en: 'There is no such template in this language.',
    pt: 'Não existe esse modelo neste idioma.',
    es: 'No existe esa plantilla en este idioma.',
  },
  template_not_approved: {
    en: 'This template is not approved by WhatsApp.',
    pt: 'Este modelo não está aprovado pelo WhatsApp.',
    es: 'Esta plantilla no está aprobada por WhatsApp.',
  },
  template_paused: {
    en: 'WhatsApp paused this template because recipients reacted badly to it.',
    pt: 'O WhatsApp pausou este modelo porque os destinatários reagiram mal a ele.',
    es: 'WhatsApp pausó esta plantilla porque los destinatarios reaccionaron mal.',
  },
  template_disabled: {
    en: 'WhatsApp disabled this template.',
    pt: 'O WhatsApp desativou este modelo.',
    es: 'WhatsApp desactivó esta plantilla.',
  },
  template_quality_red: {
    en: 'This template has low quality: sending more would get it paused.',
    pt: 'Este modelo tem qualidade baixa: enviar mais faria com que fosse pausado.',
    es: 'Esta plantilla tiene calidad baja: enviar más haría que se pause.',
  },
  template_invalid: {
    en: 'The template cannot be sent as filled in.',
    pt: 'O modelo não pode ser enviado como está preenchido.',
    es: 'La plantilla no se puede enviar tal como está completada.',
  },
  limit_reached: {
    en: 'The messaging limit for new conversations in the last 24 hours is used up.',
    pt: 'O limite de mensagens para novas conversas nas últimas 24 horas foi atingido.',
    es: 'Se agotó el límite de mensajes para nuevas conversaciones de las últimas 24 horas.',
  },
  number_blocked: {
    en: 'The WhatsApp number cannot send messages right now.',
    pt: 'O número de WhatsApp não pode enviar mensagens agora.',
    es: 'El número de WhatsApp no puede enviar mensajes ahora.',
  },
  number_restricted: {
    en: 'WhatsApp restricted this kind of message for the number.',
    pt: 'O WhatsApp restringiu este tipo de mensagem para o número.',
    es: 'WhatsApp restringió este tipo de mensaje para el número.',
  },
  frequency_cap: {
    en: 'This contact already got as many messages as the team allows in this period.',
    pt: 'Este contato já recebeu o máximo de mensagens que a equipe permite neste período.',
    es: 'Este contacto ya recibió el máximo de mensajes que el equipo permite en este período.',
  },
  quiet_hours: {
    en: "It is quiet hours in the contact's time zone.",
    pt: 'É horário de silêncio no fuso horário do contato.',
    es: 'Es horario de silencio en la zona horaria del contacto.',
  },
  us_marketing: {
    en: 'WhatsApp does not deliver marketing templates to US numbers.',
    pt: 'O WhatsApp não entrega modelos de marketing para números dos EUA.',
    es: 'WhatsApp no entrega plantillas de marketing a números de EE. UU.',
  },
  ecosystem_cooldown: {
    en: 'WhatsApp held back a marketing message to this contact in the last 24 hours; wait before trying again.',
    pt: 'O WhatsApp segurou uma mensagem de marketing para este contato nas últimas 24 horas; espere antes de tentar de novo.',
    es: 'WhatsApp retuvo un mensaje de marketing a este contacto en las últimas 24 horas; espera antes de volver a intentar.',
  },
} as const satisfies Record<string, Localized>;

export const WARNING_MESSAGES = {
  template_quality_medium: {
    en: 'This template has medium quality.',
    pt: 'Este modelo tem qualidade média.',
    es: 'Esta plantilla tiene calidad media.',
  },
  category_changing: {
    en: 'WhatsApp will change this template to another category (and price).',
    pt: 'O WhatsApp vai mudar este modelo para outra categoria (e preço).',
    es: 'WhatsApp cambiará esta plantilla a otra categoría (y precio).',
  },
  limit_almost_reached: {
    en: 'Less than 10% of the 24-hour messaging limit is left.',
    pt: 'Resta menos de 10% do limite de mensagens de 24 horas.',
    es: 'Queda menos del 10% del límite de mensajes de 24 horas.',
  },
} as const satisfies Record<string, Localized>;

export type RefusalCode = keyof typeof REFUSAL_MESSAGES;
/** The policy's own warnings, and the number's (health unknown or LIMITED, low quality…) passed through as they are. */
export type WarningCode = keyof typeof WARNING_MESSAGES | SendWarningCode;

export interface PolicyReason<Code extends string = RefusalCode | WarningCode> {
  code: Code;
  message: Localized;
  /** Extra detail in the platform's words (a template problem, an entity error), when there is one. */
  detail?: Localized | string;
  /** When the obstacle lifts by itself (cooldown end, slot freed, quiet hours end), in epoch ms. */
  until?: number;
}

export function refusal(
  code: RefusalCode,
  extra: Omit<PolicyReason, 'code' | 'message'> = {},
): PolicyReason<RefusalCode> {
  return { code, message: REFUSAL_MESSAGES[code], ...extra };
}

export function warning(
  code: keyof typeof WARNING_MESSAGES,
  extra: Omit<PolicyReason, 'code' | 'message'> = {},
): PolicyReason<WarningCode> {
  return { code, message: WARNING_MESSAGES[code], ...extra };
}
