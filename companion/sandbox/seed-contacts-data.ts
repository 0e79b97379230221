/**
 * The demo CRM's people, written out by hand so the seed is the same on every run. Times are offsets from the
 * `now` the seed is given (seed-contacts.ts turns them into dates), so reminders are always due "soon". Numbers are
 * valid for their country (checked by the tests) and live in the countries the product is sold to, plus two US
 * numbers: WhatsApp delivers no marketing templates to US users (spec §0, error 131049).
 */

export type Stage = 'Lead' | 'Qualified' | 'Proposal' | 'Negotiation' | 'Won' | 'Lost';
export type ContactLanguage = 'pt-BR' | 'es' | 'en';
export type PhoneLabel = 'Mobile' | 'Office';
export type OrderStatus = 'processing' | 'shipped' | 'out_for_delivery' | 'delivered';
export interface Money {
  /** Decimal string in major units, e.g. "149.90". */
  value: string;
  currency: string;
}

export interface CustomRow {
  /** Days from today (local) to the due date; negative = overdue. */
  paymentDue?: { inDays: number; invoice: string; amount: Money };
  /** Days from today and the local hour/minute. */
  appointment?: { inDays: number; hour: number; minute: number };
  cart?: { hoursAgo: number; items: string[]; value: Money };
  lastOrder?: { id: string; status: OrderStatus };
  backInStock?: string;
}

export interface ContactRow {
  id: string;
  name: string;
  company: string;
  email: string;
  owner: string;
  stage: Stage;
  language: ContactLanguage;
  timeZone: string;
  phones: [PhoneLabel, string][];
  /** Business-scoped user id of a username adopter whose phone WhatsApp withholds (spec §9). */
  bsuid?: string;
  custom?: CustomRow;
}

const MARINA = 'Marina Costa';
const JAVIER = 'Javier Ortega';
const SAM = 'Sam Patel';
const brl = (value: string): Money => ({ value, currency: 'BRL' });
const mxn = (value: string): Money => ({ value, currency: 'MXN' });
const eur = (value: string): Money => ({ value, currency: 'EUR' });
const ars = (value: string): Money => ({ value, currency: 'ARS' });
const cop = (value: string): Money => ({ value, currency: 'COP' });
const usd = (value: string): Money => ({ value, currency: 'USD' });

type Base = Pick<ContactRow, 'language' | 'timeZone'>;
const SAO_PAULO: Base = { language: 'pt-BR', timeZone: 'America/Sao_Paulo' };
const MEXICO: Base = { language: 'es', timeZone: 'America/Mexico_City' };
const MADRID: Base = { language: 'es', timeZone: 'Europe/Madrid' };
const LISBON: Base = { language: 'pt-BR', timeZone: 'Europe/Lisbon' };
const BUENOS_AIRES: Base = { language: 'es', timeZone: 'America/Argentina/Buenos_Aires' };
const BOGOTA: Base = { language: 'es', timeZone: 'America/Bogota' };

export const CONTACT_ROWS: readonly ContactRow[] = [
  // Brazil
  {
    id: '1001',
    name: 'Ana Souza',
    company: 'Casa Verde Móveis',
    email: 'ana.souza@casaverde.example',
    owner: MARINA,
    stage: 'Negotiation',
    ...SAO_PAULO,
    phones: [
      ['Mobile', '+5511987654321'],
      ['Office', '+551131234567'],
    ],
    custom: {
      paymentDue: { inDays: 2, invoice: 'INV-2026-0142', amount: brl('1890.00') },
      lastOrder: { id: 'BR-10234', status: 'shipped' },
    },
  },
  {
    id: '1002',
    name: 'Bruno Carvalho',
    company: 'Padaria Pão Dourado',
    email: 'bruno@paodourado.example',
    owner: MARINA,
    stage: 'Lead',
    ...SAO_PAULO,
    phones: [['Mobile', '+5521998765432']],
    custom: { cart: { hoursAgo: 3, items: ['2 linen shirts', 'canvas tote'], value: brl('349.70') } },
  },
  {
    id: '1003',
    name: 'Camila Ferreira',
    company: 'Clínica Sorriso',
    email: 'camila.ferreira@sorriso.example',
    owner: MARINA,
    stage: 'Qualified',
    ...SAO_PAULO,
    phones: [['Mobile', '+5531991234567']],
    custom: { appointment: { inDays: 1, hour: 15, minute: 30 } },
  },
  {
    id: '1004',
    name: 'Diego Almeida',
    company: 'Almeida Logística',
    email: 'diego@almeidalog.example',
    owner: SAM,
    stage: 'Proposal',
    ...SAO_PAULO,
    phones: [
      ['Mobile', '+5541996543210'],
      ['Office', '+554133221100'],
    ],
    custom: {
      paymentDue: { inDays: 6, invoice: 'INV-2026-0157', amount: brl('12400.00') },
      appointment: { inDays: 3, hour: 10, minute: 0 },
    },
  },
  {
    id: '1005',
    name: 'Fernanda Lima',
    company: 'Lima & Filhos',
    email: 'fernanda.lima@limafilhos.example',
    owner: MARINA,
    stage: 'Won',
    ...SAO_PAULO,
    phones: [['Mobile', '+5551993456789']],
    custom: { lastOrder: { id: 'BR-10251', status: 'out_for_delivery' } },
  },
  {
    id: '1006',
    name: 'Gustavo Pereira',
    company: 'GP Consultoria',
    email: 'gustavo@gpconsultoria.example',
    owner: SAM,
    stage: 'Lead',
    ...SAO_PAULO,
    phones: [['Mobile', '+5561992345678']],
  },
  {
    id: '1007',
    name: 'Juliana Rocha',
    company: 'Rocha Eventos',
    email: 'juliana@rochaeventos.example',
    owner: MARINA,
    stage: 'Qualified',
    language: 'pt-BR',
    timeZone: 'America/Bahia',
    phones: [['Mobile', '+5571991112233']],
    custom: { cart: { hoursAgo: 20, items: ['party lights (set of 4)'], value: brl('219.90') } },
  },
  {
    id: '1008',
    name: 'Larissa Gomes',
    company: 'Studio Larissa',
    email: 'larissa@studiolarissa.example',
    owner: MARINA,
    stage: 'Won',
    language: 'pt-BR',
    timeZone: 'America/Recife',
    phones: [['Mobile', '+5581994455667']],
    custom: { backInStock: 'Trail Runner 2 (size 37)', lastOrder: { id: 'BR-10198', status: 'delivered' } },
  },
  {
    id: '1009',
    name: 'Rafael Barbosa',
    company: 'Barbosa Pescados',
    email: 'rafael@barbosapescados.example',
    owner: SAM,
    stage: 'Proposal',
    language: 'pt-BR',
    timeZone: 'America/Manaus',
    phones: [['Mobile', '+5592991234567']],
    custom: { paymentDue: { inDays: 1, invoice: 'INV-2026-0161', amount: brl('760.50') } },
  },
  {
    id: '1010',
    name: 'Patrícia Nunes',
    company: 'Nunes Contabilidade',
    email: 'patricia@nunescontabil.example',
    owner: MARINA,
    stage: 'Negotiation',
    ...SAO_PAULO,
    phones: [['Mobile', '+5511976543210']],
    custom: { paymentDue: { inDays: -3, invoice: 'INV-2026-0119', amount: brl('2350.00') } },
  },
  {
    id: '1011',
    name: 'Thiago Ribeiro',
    company: 'Ribeiro Bikes',
    email: 'thiago@ribeirobikes.example',
    owner: SAM,
    stage: 'Lost',
    ...SAO_PAULO,
    phones: [['Mobile', '+5519998877665']],
    custom: { backInStock: 'Gravel frame 54 cm' },
  },
  {
    id: '1012',
    name: 'Letícia Martins',
    company: 'Ateliê Letícia',
    email: 'leticia@atelieleticia.example',
    owner: MARINA,
    stage: 'Lead',
    ...SAO_PAULO,
    phones: [],
    bsuid: 'BR.1349120865530274191',
    custom: { cart: { hoursAgo: 5, items: ['sewing kit'], value: brl('89.90') } },
  },
  {
    id: '1013',
    name: 'Beatriz Moreira',
    company: 'Moreira Pet Shop',
    email: 'beatriz@moreirapet.example',
    owner: MARINA,
    stage: 'Qualified',
    ...SAO_PAULO,
    phones: [['Mobile', '+5511965432100']],
    custom: { backInStock: 'Orthopedic dog bed (L)', appointment: { inDays: 2, hour: 9, minute: 30 } },
  },
  {
    id: '1014',
    name: 'Lucas Oliveira',
    company: 'Oliveira Tech',
    email: 'lucas@oliveiratech.example',
    owner: SAM,
    stage: 'Proposal',
    language: 'en',
    timeZone: 'America/Sao_Paulo',
    phones: [['Mobile', '+5521987001122']],
    custom: { lastOrder: { id: 'BR-10260', status: 'processing' } },
  },
  // Mexico
  {
    id: '1015',
    name: 'María José Hernández',
    company: 'Textiles Hernández',
    email: 'mj.hernandez@textileshdz.example',
    owner: JAVIER,
    stage: 'Negotiation',
    ...MEXICO,
    phones: [
      ['Mobile', '+525512345678'],
      ['Office', '+525555512345'],
    ],
    custom: {
      cart: { hoursAgo: 2, items: ['cotton bedsheet set', '2 pillowcases'], value: mxn('1249.00') },
      paymentDue: { inDays: 4, invoice: 'FAC-MX-3381', amount: mxn('8600.00') },
    },
  },
  {
    id: '1016',
    name: 'Luis Ramírez',
    company: 'Ferretería Ramírez',
    email: 'luis@ferreteriaramirez.example',
    owner: JAVIER,
    stage: 'Won',
    ...MEXICO,
    timeZone: 'America/Monterrey',
    phones: [['Mobile', '+528112345678']],
    custom: { lastOrder: { id: 'MX-5521', status: 'shipped' } },
  },
  {
    id: '1017',
    name: 'Sofía Torres',
    company: 'Café Torres',
    email: 'sofia@cafetorres.example',
    owner: JAVIER,
    stage: 'Qualified',
    ...MEXICO,
    phones: [['Mobile', '+523312345678']],
    custom: { appointment: { inDays: 1, hour: 11, minute: 0 } },
  },
  {
    id: '1018',
    name: 'Alejandro Cruz',
    company: 'Cruz Importaciones',
    email: 'alejandro@cruzimport.example',
    owner: JAVIER,
    stage: 'Lead',
    ...MEXICO,
    timeZone: 'America/Tijuana',
    phones: [['Mobile', '+526641234567']],
  },
  {
    id: '1019',
    name: 'Carlos Mendoza',
    company: 'Mendoza Autopartes',
    email: 'carlos@mendozaauto.example',
    owner: JAVIER,
    stage: 'Proposal',
    ...MEXICO,
    phones: [['Mobile', '+525587654321']],
    custom: { backInStock: 'Brake pad kit BX-200' },
  },
  // Spain
  {
    id: '1020',
    name: 'Lucía García',
    company: 'García Interiorismo',
    email: 'lucia@garciainteriorismo.example',
    owner: JAVIER,
    stage: 'Negotiation',
    ...MADRID,
    phones: [
      ['Mobile', '+34612345678'],
      ['Office', '+34912345678'],
    ],
    custom: {
      appointment: { inDays: 1, hour: 17, minute: 0 },
      paymentDue: { inDays: 9, invoice: 'FRA-2026-077', amount: eur('980.00') },
    },
  },
  {
    id: '1021',
    name: 'Pablo Martín',
    company: 'Martín Deportes',
    email: 'pablo@martindeportes.example',
    owner: JAVIER,
    stage: 'Qualified',
    ...MADRID,
    phones: [['Mobile', '+34655123456']],
    custom: {
      backInStock: 'Padel racket Pro 3',
      cart: { hoursAgo: 26, items: ['padel balls (3)'], value: eur('12.95') },
    },
  },
  {
    id: '1022',
    name: 'Carmen Ruiz',
    company: 'Ruiz Abogados',
    email: 'carmen@ruizabogados.example',
    owner: SAM,
    stage: 'Lost',
    ...MADRID,
    phones: [['Mobile', '+34699876543']],
  },
  {
    id: '1023',
    name: 'Javier Navarro',
    company: 'Navarro Surf',
    email: 'javier@navarrosurf.example',
    owner: JAVIER,
    stage: 'Won',
    language: 'es',
    timeZone: 'Atlantic/Canary',
    phones: [['Mobile', '+34622334455']],
    custom: { lastOrder: { id: 'ES-2290', status: 'delivered' } },
  },
  {
    id: '1024',
    name: 'Elena Sánchez',
    company: 'Sánchez Floristería',
    email: 'elena@sanchezflores.example',
    owner: JAVIER,
    stage: 'Lead',
    ...MADRID,
    phones: [['Mobile', '+34677889900']],
  },
  // Portugal
  {
    id: '1025',
    name: 'João Silva',
    company: 'Silva & Costa Lda',
    email: 'joao.silva@silvacosta.example',
    owner: SAM,
    stage: 'Proposal',
    ...LISBON,
    phones: [
      ['Mobile', '+351912345678'],
      ['Office', '+351213456789'],
    ],
    custom: { paymentDue: { inDays: 3, invoice: 'FT-2026-0310', amount: eur('1540.00') } },
  },
  {
    id: '1026',
    name: 'Inês Costa',
    company: 'Costa Cerâmica',
    email: 'ines@costaceramica.example',
    owner: MARINA,
    stage: 'Qualified',
    ...LISBON,
    phones: [['Mobile', '+351936543210']],
    custom: { lastOrder: { id: 'PT-8812', status: 'shipped' } },
  },
  {
    id: '1027',
    name: 'Olivia Bennett',
    company: 'Bennett Travel',
    email: 'olivia@bennetttravel.example',
    owner: SAM,
    stage: 'Won',
    language: 'en',
    timeZone: 'Europe/Lisbon',
    phones: [['Mobile', '+351918765432']],
    custom: { appointment: { inDays: 5, hour: 14, minute: 0 } },
  },
  // Argentina
  {
    id: '1028',
    name: 'Martina López',
    company: 'López Vinos',
    email: 'martina@lopezvinos.example',
    owner: JAVIER,
    stage: 'Negotiation',
    ...BUENOS_AIRES,
    phones: [['Mobile', '+5491123456789']],
    custom: { cart: { hoursAgo: 4, items: ['Malbec reserva (6)'], value: ars('96000.00') } },
  },
  {
    id: '1029',
    name: 'Nicolás Fernández',
    company: 'Fernández Agro',
    email: 'nicolas@fernandezagro.example',
    owner: JAVIER,
    stage: 'Proposal',
    ...BUENOS_AIRES,
    timeZone: 'America/Argentina/Cordoba',
    phones: [['Mobile', '+5493514567890']],
    custom: { paymentDue: { inDays: 0, invoice: 'FC-A-0007-1123', amount: ars('450000.00') } },
  },
  {
    id: '1030',
    name: 'Valentina Díaz',
    company: 'Díaz Diseño',
    email: 'valentina@diazdiseno.example',
    owner: JAVIER,
    stage: 'Lead',
    ...BUENOS_AIRES,
    timeZone: 'America/Argentina/Mendoza',
    phones: [['Mobile', '+5492614567890']],
  },
  // Colombia
  {
    id: '1031',
    name: 'Santiago Gómez',
    company: 'Gómez Café de Origen',
    email: 'santiago@gomezcafe.example',
    owner: JAVIER,
    stage: 'Qualified',
    ...BOGOTA,
    phones: [['Mobile', '+573001234567']],
    custom: { appointment: { inDays: 1, hour: 8, minute: 30 }, lastOrder: { id: 'CO-4410', status: 'processing' } },
  },
  {
    id: '1032',
    name: 'Daniela Vargas',
    company: 'Vargas Moda',
    email: 'daniela@vargasmoda.example',
    owner: JAVIER,
    stage: 'Won',
    ...BOGOTA,
    phones: [
      ['Mobile', '+573157654321'],
      ['Office', '+576014567890'],
    ],
    custom: {
      backInStock: 'Leather ankle boots (38)',
      cart: { hoursAgo: 1, items: ['silk scarf'], value: cop('189000.00') },
    },
  },
  {
    id: '1033',
    name: 'Andrés Castro',
    company: 'Castro Construcciones',
    email: 'andres@castroconstruye.example',
    owner: SAM,
    stage: 'Negotiation',
    ...BOGOTA,
    phones: [['Mobile', '+573204567891']],
    custom: { paymentDue: { inDays: 5, invoice: 'FE-2026-5520', amount: cop('12500000.00') } },
  },
  // United States: marketing templates are never delivered to these numbers (131049).
  {
    id: '1034',
    name: 'Emily Carter',
    company: 'Carter Home Goods',
    email: 'emily@carterhome.example',
    owner: SAM,
    stage: 'Qualified',
    language: 'en',
    timeZone: 'America/New_York',
    phones: [['Mobile', '+12025550143']],
    custom: {
      cart: { hoursAgo: 6, items: ['ceramic planter', 'watering can'], value: usd('74.50') },
      lastOrder: { id: 'US-1187', status: 'delivered' },
    },
  },
  {
    id: '1035',
    name: 'Michael Brooks',
    company: 'Brooks Outdoor',
    email: 'michael@brooksoutdoor.example',
    owner: SAM,
    stage: 'Proposal',
    language: 'en',
    timeZone: 'America/Los_Angeles',
    phones: [['Mobile', '+14155550178']],
    custom: { backInStock: 'Ultralight tent 2P', appointment: { inDays: 2, hour: 16, minute: 0 } },
  },
  {
    id: '1036',
    name: 'Gabriel Santos',
    company: 'Santos Alimentos',
    email: 'gabriel@santosalimentos.example',
    owner: MARINA,
    stage: 'Lost',
    ...SAO_PAULO,
    phones: [['Mobile', '+5511955667788']],
  },
];
