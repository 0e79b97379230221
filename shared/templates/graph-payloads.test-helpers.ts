/** Items and a page of `GET /{waba-id}/message_templates?fields=…` as Meta returns them (spec §6). */
export const ORDER_UPDATE = {
  name: 'order_update',
  parameter_format: 'POSITIONAL',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['SKB-42'] } },
    { type: 'BODY', text: 'Hi {{1}}, your order {{2}} has shipped.', example: { body_text: [['Jess', 'SKB-42']] } },
    { type: 'FOOTER', text: 'Reply STOP to opt out' },
    {
      type: 'BUTTONS',
      buttons: [
        {
          type: 'URL',
          text: 'Track order',
          url: 'https://shop.test/track/{{1}}',
          example: ['https://shop.test/track/skb-42'],
        },
        { type: 'QUICK_REPLY', text: 'Talk to us' },
      ],
    },
  ],
  language: 'en_US',
  status: 'APPROVED',
  category: 'UTILITY',
  id: '1001',
  quality_score: { score: 'GREEN', date: 1756700000 },
  rejected_reason: 'NONE',
  sub_category: 'ORDER_DETAILS',
};

export const PROMO = {
  name: 'seasonal_promo',
  parameter_format: 'named',
  components: [
    {
      type: 'BODY',
      text: 'Oi {{first_name}}, use o cupom para {{discount}} de desconto.',
      example: {
        body_text_named_params: [
          { param_name: 'first_name', example: 'Ana' },
          { param_name: 'discount', example: '20%' },
        ],
      },
    },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Parar promoções' },
        { type: 'COPY_CODE', example: ['SAVE20'] },
      ],
    },
  ],
  language: 'pt_BR',
  status: 'APPROVED',
  category: 'MARKETING',
  id: '2002',
  quality_score: { score: 'YELLOW' },
};

export const LEGACY = {
  name: 'shipping_notice',
  components: [{ type: 'BODY', text: 'Your package {{1}} is on its way.' }],
  language: 'en',
  status: 'PAUSED',
  category: 'TRANSACTIONAL',
  id: 3003,
  quality_score: { score: 'RED' },
};

export const FLOW_BUTTON = {
  name: 'book_visit',
  components: [
    { type: 'BODY', text: 'Book your visit.' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'FLOW', text: 'Book now', flow_id: '123', flow_action: 'NAVIGATE', navigate_screen: 'WELCOME' },
        { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+15550001111' },
      ],
    },
  ],
  language: 'es',
  status: 'APPROVED',
  category: 'MARKETING',
  id: '4004',
};

export const CAROUSEL = {
  name: 'spring_carousel',
  components: [
    { type: 'BODY', text: 'New arrivals' },
    { type: 'CAROUSEL', cards: [{ components: [{ type: 'HEADER', format: 'IMAGE' }] }] },
  ],
  language: 'en_US',
  status: 'APPROVED',
  category: 'MARKETING',
  id: '5005',
};

export const PAGE = {
  data: [ORDER_UPDATE, PROMO, LEGACY, FLOW_BUTTON, CAROUSEL, { id: '6006', language: 'en', components: [] }],
  paging: {
    cursors: { before: 'QVFIUmJ', after: 'QVFIUnZ' },
    next: 'https://graph.facebook.com/v24.0/102290129340398/message_templates?limit=100&after=QVFIUnZ',
  },
};
