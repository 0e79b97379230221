/** What each Meta error code means for the agent, in plain sentences (English, Portuguese, Spanish). */
import type { Localized } from '../i18n/locale.ts';
import type { KnownMetaErrorCode } from './meta-errors.ts';

export const META_ERROR_MESSAGES: Readonly<Record<KnownMetaErrorCode, Localized>> = {
  131047: {
    en: 'More than 24 hours since the customer last wrote: send an approved template instead.',
    pt: 'Mais de 24 horas desde a última mensagem do cliente: envie um modelo aprovado.',
    es: 'Han pasado más de 24 horas desde el último mensaje del cliente: envía una plantilla aprobada.',
  },
  131026: {
    en: 'WhatsApp could not deliver to this number: it may not use WhatsApp or may need to update the app. Try another channel.',
    pt: 'O WhatsApp não conseguiu entregar para este número: ele pode não usar WhatsApp ou precisar atualizar o app. Tente outro canal.',
    es: 'WhatsApp no pudo entregar a este número: puede que no use WhatsApp o que deba actualizar la app. Prueba otro canal.',
  },
  131049: {
    en: 'WhatsApp held back this marketing message so the customer does not get too many. It is not an opt-out: wait at least 24 hours before trying again.',
    pt: 'O WhatsApp segurou esta mensagem de marketing para o cliente não receber mensagens demais. Não é um opt-out: espere pelo menos 24 horas antes de tentar de novo.',
    es: 'WhatsApp retuvo este mensaje de marketing para que el cliente no reciba demasiados. No es una baja: espera al menos 24 horas antes de volver a intentar.',
  },
  131050: {
    en: 'The customer turned off marketing messages from your business. Send only service or utility messages.',
    pt: 'O cliente desativou as mensagens de marketing da sua empresa. Envie só mensagens de atendimento ou de utilidade.',
    es: 'El cliente desactivó los mensajes de marketing de tu empresa. Envía solo mensajes de atención o de utilidad.',
  },
  131021: {
    en: "You cannot send a message to the business's own number.",
    pt: 'Não é possível enviar mensagem para o próprio número da empresa.',
    es: 'No se puede enviar un mensaje al propio número de la empresa.',
  },
  130429: {
    en: 'Messages are going out too fast from this number; they will be retried more slowly.',
    pt: 'As mensagens estão saindo rápido demais deste número; serão reenviadas mais devagar.',
    es: 'Los mensajes salen demasiado rápido de este número; se reintentarán más despacio.',
  },
  131056: {
    en: 'Too many messages to this customer in a short time; the next one waits a little.',
    pt: 'Mensagens demais para este cliente em pouco tempo; a próxima espera um pouco.',
    es: 'Demasiados mensajes a este cliente en poco tiempo; el siguiente espera un poco.',
  },
  132000: {
    en: 'The template was filled with the wrong number of values; check its fields and send again.',
    pt: 'O modelo foi preenchido com o número errado de valores; confira os campos e envie de novo.',
    es: 'La plantilla se completó con una cantidad incorrecta de valores; revisa los campos y vuelve a enviar.',
  },
  132001: {
    en: 'This template does not exist or is not approved in this language; choose another template or language.',
    pt: 'Este modelo não existe ou não está aprovado neste idioma; escolha outro modelo ou idioma.',
    es: 'Esta plantilla no existe o no está aprobada en este idioma; elige otra plantilla u otro idioma.',
  },
  132005: {
    en: 'The filled-in template is too long; shorten the values.',
    pt: 'O modelo preenchido ficou longo demais; encurte os valores.',
    es: 'La plantilla completada es demasiado larga; acorta los valores.',
  },
  132007: {
    en: "The template's content breaks a WhatsApp rule; change the values or pick another template.",
    pt: 'O conteúdo do modelo viola uma regra do WhatsApp; mude os valores ou escolha outro modelo.',
    es: 'El contenido de la plantilla infringe una regla de WhatsApp; cambia los valores o elige otra plantilla.',
  },
  132012: {
    en: 'A template value has the wrong format (for example text where a date or amount is expected); fix it.',
    pt: 'Um valor do modelo está no formato errado (por exemplo texto onde se espera data ou valor); corrija-o.',
    es: 'Un valor de la plantilla tiene un formato incorrecto (por ejemplo texto donde se espera una fecha o un importe); corrígelo.',
  },
  132015: {
    en: 'WhatsApp paused this template because people reacted badly to it; use another template.',
    pt: 'O WhatsApp pausou este modelo porque as pessoas reagiram mal a ele; use outro modelo.',
    es: 'WhatsApp pausó esta plantilla porque las personas reaccionaron mal; usa otra plantilla.',
  },
  132016: {
    en: 'WhatsApp disabled this template; use another template.',
    pt: 'O WhatsApp desativou este modelo; use outro modelo.',
    es: 'WhatsApp desactivó esta plantilla; usa otra plantilla.',
  },
  100: {
    en: 'WhatsApp rejected a value in the message; check it and send again.',
    pt: 'O WhatsApp rejeitou um valor da mensagem; confira e envie de novo.',
    es: 'WhatsApp rechazó un valor del mensaje; revísalo y vuelve a enviar.',
  },
  131008: {
    en: 'A required part of the message is missing; complete it and send again.',
    pt: 'Falta uma parte obrigatória da mensagem; complete e envie de novo.',
    es: 'Falta una parte obligatoria del mensaje; complétala y vuelve a enviar.',
  },
  131009: {
    en: 'A value in the message is not valid; check it and send again.',
    pt: 'Um valor da mensagem não é válido; confira e envie de novo.',
    es: 'Un valor del mensaje no es válido; revísalo y vuelve a enviar.',
  },
  131051: {
    en: 'WhatsApp does not support this kind of message; send text, media or a template.',
    pt: 'O WhatsApp não aceita este tipo de mensagem; envie texto, mídia ou um modelo.',
    es: 'WhatsApp no admite este tipo de mensaje; envía texto, un archivo o una plantilla.',
  },
  131052: {
    en: 'WhatsApp could not download the file the customer sent; it will be tried again.',
    pt: 'O WhatsApp não conseguiu baixar o arquivo que o cliente enviou; será tentado de novo.',
    es: 'WhatsApp no pudo descargar el archivo que envió el cliente; se volverá a intentar.',
  },
  131053: {
    en: 'The file could not be uploaded to WhatsApp; it will be tried again. If it keeps failing, check its type and size.',
    pt: 'O arquivo não pôde ser enviado ao WhatsApp; será tentado de novo. Se continuar falhando, confira o tipo e o tamanho.',
    es: 'No se pudo subir el archivo a WhatsApp; se volverá a intentar. Si sigue fallando, revisa su tipo y tamaño.',
  },
  131048: {
    en: 'WhatsApp restricted this number after people blocked or reported its messages. Sending is paused; tell your administrator.',
    pt: 'O WhatsApp restringiu este número depois que pessoas bloquearam ou denunciaram as mensagens. O envio está pausado; avise o administrador.',
    es: 'WhatsApp restringió este número porque personas bloquearon o denunciaron sus mensajes. El envío está en pausa; avisa a tu administrador.',
  },
  368: {
    en: 'WhatsApp temporarily blocked this account for breaking its policies. Sending is stopped; tell your administrator.',
    pt: 'O WhatsApp bloqueou temporariamente esta conta por violar as políticas. O envio está parado; avise o administrador.',
    es: 'WhatsApp bloqueó temporalmente esta cuenta por infringir sus políticas. El envío está detenido; avisa a tu administrador.',
  },
  131031: {
    en: 'The WhatsApp account is locked: nothing can be sent. Tell your administrator.',
    pt: 'A conta do WhatsApp está bloqueada: nada pode ser enviado. Avise o administrador.',
    es: 'La cuenta de WhatsApp está bloqueada: no se puede enviar nada. Avisa a tu administrador.',
  },
  131042: {
    en: 'WhatsApp stopped sending because of a payment or eligibility problem with the account. Tell your administrator.',
    pt: 'O WhatsApp parou os envios por um problema de pagamento ou de elegibilidade da conta. Avise o administrador.',
    es: 'WhatsApp detuvo los envíos por un problema de pago o de elegibilidad de la cuenta. Avisa a tu administrador.',
  },
  190: {
    en: 'The connection to WhatsApp has expired; an administrator must reconnect it.',
    pt: 'A conexão com o WhatsApp expirou; um administrador precisa reconectá-la.',
    es: 'La conexión con WhatsApp caducó; un administrador debe volver a conectarla.',
  },
  133010: {
    en: 'This phone number is not registered with WhatsApp; an administrator must finish its setup.',
    pt: 'Este número não está registrado no WhatsApp; um administrador precisa concluir a configuração.',
    es: 'Este número no está registrado en WhatsApp; un administrador debe terminar su configuración.',
  },
  131045: {
    en: "The number's registration with WhatsApp is incomplete; an administrator must register it again.",
    pt: 'O registro do número no WhatsApp está incompleto; um administrador precisa registrá-lo de novo.',
    es: 'El registro del número en WhatsApp está incompleto; un administrador debe registrarlo de nuevo.',
  },
  131005: {
    en: 'This app is not allowed to send for the WhatsApp account; an administrator must grant the permission.',
    pt: 'Este app não tem permissão para enviar pela conta do WhatsApp; um administrador precisa concedê-la.',
    es: 'Esta app no tiene permiso para enviar por la cuenta de WhatsApp; un administrador debe concederlo.',
  },
  131057: {
    en: 'The WhatsApp account is in maintenance for a moment; the message will be tried again in about a minute.',
    pt: 'A conta do WhatsApp está em manutenção por um momento; a mensagem será tentada de novo em cerca de um minuto.',
    es: 'La cuenta de WhatsApp está en mantenimiento por un momento; el mensaje se volverá a intentar en un minuto.',
  },
  131000: {
    en: 'WhatsApp had an unexpected problem; the message will be tried again.',
    pt: 'O WhatsApp teve um problema inesperado; a mensagem será tentada de novo.',
    es: 'WhatsApp tuvo un problema inesperado; el mensaje se volverá a intentar.',
  },
  1: {
    en: 'WhatsApp had an unknown problem; the message will be tried again.',
    pt: 'O WhatsApp teve um problema desconhecido; a mensagem será tentada de novo.',
    es: 'WhatsApp tuvo un problema desconocido; el mensaje se volverá a intentar.',
  },
  2: {
    en: 'WhatsApp is briefly unavailable; the message will be tried again.',
    pt: 'O WhatsApp está indisponível por um momento; a mensagem será tentada de novo.',
    es: 'WhatsApp no está disponible por un momento; el mensaje se volverá a intentar.',
  },
  4: {
    en: 'This app made too many requests to WhatsApp; sending slows down and tries again.',
    pt: 'Este app fez pedidos demais ao WhatsApp; o envio vai desacelerar e tentar de novo.',
    es: 'Esta app hizo demasiadas solicitudes a WhatsApp; el envío se frena y vuelve a intentar.',
  },
  80007: {
    en: 'The WhatsApp account made too many requests; sending slows down and tries again.',
    pt: 'A conta do WhatsApp fez pedidos demais; o envio vai desacelerar e tentar de novo.',
    es: 'La cuenta de WhatsApp hizo demasiadas solicitudes; el envío se frena y vuelve a intentar.',
  },
};
