/**
 * The sentences an agent reads about the sending number, in English, Portuguese and Spanish. Keyed by the stable
 * codes of sendability.ts; the platform's own words (entity errors) travel separately as details.
 */
import type { Localized } from '../i18n/locale.ts';

export const BLOCKER_MESSAGES = {
  health_blocked: {
    en: 'WhatsApp is not letting this number send messages right now.',
    pt: 'O WhatsApp não está deixando este número enviar mensagens agora.',
    es: 'WhatsApp no está dejando que este número envíe mensajes ahora.',
  },
  number_banned: {
    en: 'WhatsApp banned this number: it cannot send or receive messages.',
    pt: 'O WhatsApp baniu este número: ele não pode enviar nem receber mensagens.',
    es: 'WhatsApp bloqueó este número: no puede enviar ni recibir mensajes.',
  },
  number_not_registered: {
    en: 'This number is not registered or verified with WhatsApp yet, so it cannot send.',
    pt: 'Este número ainda não está registrado ou verificado no WhatsApp, então não pode enviar.',
    es: 'Este número aún no está registrado o verificado en WhatsApp, así que no puede enviar.',
  },
  number_disconnected: {
    en: 'This number was disconnected or deleted from WhatsApp, so it cannot send.',
    pt: 'Este número foi desconectado ou excluído do WhatsApp, então não pode enviar.',
    es: 'Este número fue desconectado o eliminado de WhatsApp, así que no puede enviar.',
  },
  messaging_limit_reached: {
    en: 'The 24-hour limit for new conversations is used up: only replies to customers who wrote in the last 24 hours can go out.',
    pt: 'O limite de 24 horas para novas conversas acabou: só saem respostas a clientes que escreveram nas últimas 24 horas.',
    es: 'Se agotó el límite de 24 horas para nuevas conversaciones: solo salen respuestas a clientes que escribieron en las últimas 24 horas.',
  },
  business_initiated_restricted: {
    en: 'WhatsApp restricted this account from starting conversations: you can only reply to customers who wrote in the last 24 hours.',
    pt: 'O WhatsApp impediu esta conta de iniciar conversas: você só pode responder a clientes que escreveram nas últimas 24 horas.',
    es: 'WhatsApp impidió a esta cuenta iniciar conversaciones: solo puedes responder a clientes que escribieron en las últimas 24 horas.',
  },
  customer_initiated_restricted: {
    en: 'WhatsApp restricted this account from replying to customers.',
    pt: 'O WhatsApp impediu esta conta de responder aos clientes.',
    es: 'WhatsApp impidió a esta cuenta responder a los clientes.',
  },
  utility_templates_restricted: {
    en: 'WhatsApp restricted this account from sending utility templates.',
    pt: 'O WhatsApp impediu esta conta de enviar modelos de utilidade.',
    es: 'WhatsApp impidió a esta cuenta enviar plantillas de utilidad.',
  },
} as const satisfies Record<string, Localized>;

export const WARNING_MESSAGES = {
  health_unknown: {
    en: "The number's health has not been checked yet.",
    pt: 'A saúde do número ainda não foi verificada.',
    es: 'La salud del número aún no se ha verificado.',
  },
  health_limited: {
    en: 'WhatsApp limits this number: some messages may not go out.',
    pt: 'O WhatsApp limita este número: algumas mensagens podem não sair.',
    es: 'WhatsApp limita este número: algunos mensajes podrían no salir.',
  },
  number_quality_low: {
    en: "The number's quality is low: send only what the contact expects.",
    pt: 'A qualidade do número está baixa: envie só o que o contato espera.',
    es: 'La calidad del número es baja: envía solo lo que el contacto espera.',
  },
  status_flagged: {
    en: 'WhatsApp still shows this number as flagged for low quality: send only what the contact expects.',
    pt: 'O WhatsApp ainda mostra este número como sinalizado por baixa qualidade: envie só o que o contato espera.',
    es: 'WhatsApp aún muestra este número como marcado por baja calidad: envía solo lo que el contacto espera.',
  },
  number_rate_limited: {
    en: 'WhatsApp is slowing this number down: messages may go out late.',
    pt: 'O WhatsApp está desacelerando este número: as mensagens podem sair com atraso.',
    es: 'WhatsApp está frenando este número: los mensajes podrían salir con retraso.',
  },
  status_uncertain: {
    en: 'WhatsApp reports an unusual status for this number: messages may fail.',
    pt: 'O WhatsApp informa um status incomum para este número: as mensagens podem falhar.',
    es: 'WhatsApp informa un estado inusual para este número: los mensajes podrían fallar.',
  },
  sandbox_account: {
    en: 'This number is in test mode: only test recipients receive its messages.',
    pt: 'Este número está em modo de teste: só destinatários de teste recebem as mensagens.',
    es: 'Este número está en modo de prueba: solo los destinatarios de prueba reciben sus mensajes.',
  },
} as const satisfies Record<string, Localized>;

export type SendBlockerCode = keyof typeof BLOCKER_MESSAGES;
export type SendWarningCode = keyof typeof WARNING_MESSAGES;
