/**
 * Seeded marketing templates (spec §6, §7). They exercise what makes marketing risky: named variables, an image
 * header, a PAUSED template (sends refused with 132015) and an APPROVED one whose quality is RED (about to be paused).
 * Each carries Meta's "Stop promotions" quick reply, whose tap is the in-app marketing opt-out.
 */
import {
  buttons,
  copyCodeButton,
  footer,
  type GraphTemplateJson,
  graphTemplate,
  imageHeader,
  namedBody,
  positionalBody,
  quickReply,
  textHeader,
  urlButton,
} from './seed-template-builders.ts';

const IMAGE_HANDLE = '4::aW1hZ2UvanBlZw==:ARZ-sandbox-back-in-stock-example';

/** Named variables (spec §6): the send payload must name each parameter (`parameter_name`). */
const cartRecovery: GraphTemplateJson[] = [
  [
    '1340000000000601',
    'en_US',
    'Your cart is waiting',
    'Hi {{first_name}}, you left {{cart_items}} in your cart. Complete your order today and shipping is on us.',
    'View cart',
    'Stop promotions',
  ],
  [
    '1340000000000602',
    'pt_BR',
    'Seu carrinho está esperando',
    'Oi {{first_name}}, você deixou {{cart_items}} no carrinho. Finalize hoje e o frete é por nossa conta.',
    'Ver carrinho',
    'Parar promoções',
  ],
  [
    '1340000000000603',
    'es',
    'Tu carrito te espera',
    'Hola {{first_name}}, dejaste {{cart_items}} en tu carrito. Completa tu compra hoy y el envío corre por nuestra cuenta.',
    'Ver carrito',
    'Detener promociones',
  ],
].map(([id, language, header, body, view, stop]) =>
  graphTemplate({
    id: id!,
    name: 'cart_recovery',
    language: language!,
    category: 'MARKETING',
    components: [
      textHeader(header!),
      namedBody(body!, { first_name: 'Ana', cart_items: '2 linen shirts' }),
      buttons(urlButton(view!, 'https://shop.example.com/cart'), quickReply(stop!)),
    ],
  }),
);

const backInStock: GraphTemplateJson[] = [
  [
    '1340000000000701',
    'en_US',
    'Good news, {{1}}! The {{2}} you were looking at is back in stock. Sizes go fast.',
    'Shop now',
    'Stop promotions',
  ],
  [
    '1340000000000702',
    'pt_BR',
    'Boa notícia, {{1}}! O item {{2}} que você queria voltou ao estoque. Os tamanhos acabam rápido.',
    'Comprar agora',
    'Parar promoções',
  ],
].map(([id, language, body, shop, stop]) =>
  graphTemplate({
    id: id!,
    name: 'back_in_stock',
    language: language!,
    category: 'MARKETING',
    components: [
      imageHeader(IMAGE_HANDLE),
      positionalBody(body!, ['Ana', 'Trail Runner 2']),
      buttons(urlButton(shop!, 'https://shop.example.com/new'), quickReply(stop!)),
    ],
  }),
);

/** Paused after its quality reached RED (spec §6): Meta refuses sends with 132015 until it is unpaused. */
const weeklyOffers = graphTemplate({
  id: '1340000000000801',
  name: 'weekly_offers',
  language: 'pt_BR',
  category: 'MARKETING',
  status: 'PAUSED',
  quality: 'RED',
  components: [
    positionalBody('Olá {{1}}, as ofertas desta semana chegaram: {{2}}. Aproveite!', ['Ana', 'até 30% em calçados']),
    footer('Responda PARAR para não receber ofertas.'),
    buttons(quickReply('Parar promoções')),
  ],
});

/** Still sendable, but RED: the next bad feedback pauses it (3 h, then 6 h, then disabled). */
const springSale = graphTemplate({
  id: '1340000000000901',
  name: 'spring_sale',
  language: 'en_US',
  category: 'MARKETING',
  quality: 'RED',
  components: [
    positionalBody(
      'Hi {{1}}, our spring sale is on: {{2}} off everything until Sunday. Use the code below at checkout.',
      ['Ana', '20%'],
    ),
    footer('Reply STOP to opt out'),
    buttons(copyCodeButton('SPRING20'), quickReply('Stop promotions')),
  ],
});

export const MARKETING_TEMPLATES: readonly GraphTemplateJson[] = [
  ...cartRecovery,
  ...backInStock,
  weeklyOffers,
  springSale,
];
