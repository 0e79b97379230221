/**
 * Seeded utility templates (spec §6), one item per translation as Meta lists them: non-promotional and tied to
 * something the customer did — an order, an invoice, an appointment, a shipment.
 */
import {
  buttons,
  footer,
  type GraphTemplateJson,
  graphTemplate,
  phoneButton,
  positionalBody,
  quickReply,
  textHeader,
  urlButton,
} from './seed-template-builders.ts';

const orderUpdate: GraphTemplateJson[] = [
  [
    '1340000000000101',
    'en_US',
    'Order {{1}}',
    'Hi {{1}}, your order {{2}} is now {{3}}. We will let you know if anything changes.',
    'Questions? Just reply to this message.',
    'Talk to us',
    'shipped',
  ],
  [
    '1340000000000102',
    'pt_BR',
    'Pedido {{1}}',
    'Olá {{1}}, seu pedido {{2}} agora está {{3}}. Avisaremos se algo mudar.',
    'Dúvidas? É só responder esta mensagem.',
    'Falar conosco',
    'enviado',
  ],
  [
    '1340000000000103',
    'es',
    'Pedido {{1}}',
    'Hola {{1}}, tu pedido {{2}} ahora está {{3}}. Te avisaremos si algo cambia.',
    '¿Dudas? Responde a este mensaje.',
    'Hablar con nosotros',
    'enviado',
  ],
].map(([id, language, header, body, foot, reply, status]) =>
  graphTemplate({
    id: id!,
    name: 'order_update',
    language: language!,
    category: 'UTILITY',
    components: [
      textHeader(header!, 'BR-10234'),
      positionalBody(body!, ['Ana', 'BR-10234', status!]),
      footer(foot!),
      buttons(quickReply(reply!)),
    ],
  }),
);

const paymentReminder: GraphTemplateJson[] = [
  [
    '1340000000000201',
    'en_US',
    'Hi {{1}}, this is a friendly reminder that invoice {{2}} is due on {{3}}. If you have already paid, please ignore this message.',
    'I have paid',
    'Call billing',
    'March 14, 2026',
  ],
  [
    '1340000000000202',
    'pt_BR',
    'Olá {{1}}, lembramos que a fatura {{2}} vence em {{3}}. Se você já pagou, desconsidere esta mensagem.',
    'Já paguei',
    'Ligar para o financeiro',
    '14/03/2026',
  ],
  [
    '1340000000000203',
    'es',
    'Hola {{1}}, te recordamos que la factura {{2}} vence el {{3}}. Si ya la pagaste, ignora este mensaje.',
    'Ya pagué',
    'Llamar a cobranzas',
    '14/03/2026',
  ],
].map(([id, language, body, paid, call, due]) =>
  graphTemplate({
    id: id!,
    name: 'payment_reminder',
    language: language!,
    category: 'UTILITY',
    components: [
      positionalBody(body!, ['Ana', 'INV-2026-0042', due!]),
      buttons(quickReply(paid!), phoneButton(call!, '+551140028922')),
    ],
  }),
);

const appointmentReminder: GraphTemplateJson[] = [
  [
    '1340000000000301',
    'en_US',
    'Hi {{1}}, this is a reminder of your appointment on {{2}} at {{3}}. Reply to confirm or to pick another time.',
    'Confirm',
    'Reschedule',
    'Tuesday, March 10',
    '3:30 PM',
  ],
  [
    '1340000000000302',
    'pt_BR',
    'Olá {{1}}, lembrete do seu horário em {{2}} às {{3}}. Responda para confirmar ou escolher outro horário.',
    'Confirmar',
    'Remarcar',
    'terça, 10/03',
    '15h30',
  ],
  [
    '1340000000000303',
    'es',
    'Hola {{1}}, te recordamos tu cita el {{2}} a las {{3}}. Responde para confirmar o elegir otro horario.',
    'Confirmar',
    'Reprogramar',
    'martes 10/03',
    '15:30',
  ],
].map(([id, language, body, confirm, reschedule, day, time]) =>
  graphTemplate({
    id: id!,
    name: 'appointment_reminder',
    language: language!,
    category: 'UTILITY',
    components: [positionalBody(body!, ['Ana', day!, time!]), buttons(quickReply(confirm!), quickReply(reschedule!))],
  }),
);

/** The URL button's variable is the tracking code: Meta appends it to the approved URL at send time. */
const deliveryTracking: GraphTemplateJson[] = [
  [
    '1340000000000401',
    'en_US',
    'Hi {{1}}, your package {{2}} is on its way with {{3}}. Expected delivery: {{4}}.',
    'Track package',
    'March 12',
  ],
  [
    '1340000000000402',
    'pt_BR',
    'Olá {{1}}, sua encomenda {{2}} está a caminho com {{3}}. Previsão de entrega: {{4}}.',
    'Rastrear encomenda',
    '12/03',
  ],
  [
    '1340000000000403',
    'es',
    'Hola {{1}}, tu paquete {{2}} va en camino con {{3}}. Entrega estimada: {{4}}.',
    'Seguir paquete',
    '12/03',
  ],
].map(([id, language, body, track, eta]) =>
  graphTemplate({
    id: id!,
    name: 'delivery_tracking',
    language: language!,
    category: 'UTILITY',
    components: [
      positionalBody(body!, ['Ana', 'BR-10234', 'Correios', eta!]),
      buttons(urlButton(track!, 'https://track.example.com/p/{{1}}', 'https://track.example.com/p/BR10234')),
    ],
  }),
);

export const UTILITY_TEMPLATES: readonly GraphTemplateJson[] = [
  ...orderUpdate,
  ...paymentReminder,
  ...appointmentReminder,
  ...deliveryTracking,
];
