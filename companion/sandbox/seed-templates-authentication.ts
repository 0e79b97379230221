/**
 * The seeded authentication template (spec §6): a one-time code with Meta's copy-code button. Authentication is
 * never free, even inside a customer service window (spec §1).
 */
import {
  buttons,
  footer,
  type GraphTemplateJson,
  graphTemplate,
  otpCopyCodeButton,
  positionalBody,
} from './seed-template-builders.ts';

/** Meta writes authentication bodies itself; only the code is a variable, repeated in the copy-code button. */
const loginCode: GraphTemplateJson[] = [
  [
    '1340000000000501',
    'en_US',
    '*{{1}}* is your verification code. For your security, do not share this code.',
    'This code expires in 10 minutes.',
    'Copy code',
  ],
  [
    '1340000000000502',
    'pt_BR',
    'Seu código de verificação é *{{1}}*. Para sua segurança, não o compartilhe.',
    'Este código expira em 10 minutos.',
    'Copiar código',
  ],
  [
    '1340000000000503',
    'es',
    'Tu código de verificación es *{{1}}*. Por tu seguridad, no lo compartas.',
    'Este código caduca en 10 minutos.',
    'Copiar código',
  ],
].map(([id, language, body, foot, copy]) =>
  graphTemplate({
    id: id!,
    name: 'login_code',
    language: language!,
    category: 'AUTHENTICATION',
    components: [
      { ...positionalBody(body!, ['482913']), add_security_recommendation: true },
      { ...footer(foot!), code_expiration_minutes: 10 },
      buttons(otpCopyCodeButton(copy!)),
    ],
  }),
);

export const AUTHENTICATION_TEMPLATES: readonly GraphTemplateJson[] = loginCode;
