import { extractContract, passesGate, verifySpec, type FieldSpec, type SpecContract } from '@sf/service-spec';
import { OfflineProvider } from '../offline-provider';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/*
 * The phrasing table of storing written as people say it ("keep a log of …", "let people register their bikes",
 * "Mitarbeiter erfassen", "annotare le spese") and of list queries on fields no feature declared ("list expenses,
 * filter by cost"). Rows the designer does not read yet are named in NOT_YET_READ: such a row fails the suite as
 * soon as it is read, so the set only shrinks.
 */

type Kind = 'string' | 'number' | 'integer' | 'date' | 'boolean' | 'enum';

interface StoreRow {
  text: string;
  /** The resource the records are kept in, when the words name it plainly. */
  resource?: string;
  /** Fields the records must have, with the type the words give them (`undefined`: any type). */
  fields: Record<string, Kind | undefined>;
}

const STORE_ROWS: StoreRow[] = [
  {
    text: 'keep a log of workouts with date, type and duration in minutes',
    resource: 'workout',
    fields: { date: 'date', type: 'string', duration: 'integer' },
  },
  {
    text: 'let people register their bikes (frame number, colour)',
    resource: 'bike',
    fields: { frame_number: 'string', colour: 'string' },
  },
  {
    text: 'track expenses: amount, category, date',
    resource: 'expense',
    fields: { amount: 'number', category: 'string', date: 'date' },
  },
  { text: 'save notes', resource: 'note', fields: {} },
  {
    text: 'Keep a list of our suppliers with name, phone and email',
    resource: 'supplier',
    fields: { name: 'string', email: 'string' },
  },
  {
    text: 'log every delivery with the driver, the weight in kg and the date',
    resource: 'delivery',
    fields: { driver: 'string', weight: 'number', date: 'date' },
  },
  {
    text: 'I want to keep a diary of meals with a description and calories',
    resource: 'meal',
    fields: { description: 'string', calories: 'integer' },
  },
  {
    text: 'people should be able to register their pets with name, species and birthday',
    resource: 'pet',
    fields: { name: 'string', species: 'string', birthday: 'date' },
  },
  {
    text: 'record blood pressure readings with systolic, diastolic and the date',
    resource: 'reading',
    fields: { systolic: undefined, diastolic: undefined, date: 'date' },
  },
  {
    text: 'users can save their favourite quotes with the author',
    resource: 'quote',
    fields: { author: 'string' },
  },
  {
    text: 'store recipes with a name and the cooking time in minutes',
    resource: 'recipe',
    fields: { name: 'string', cooking_time: 'integer' },
  },
  {
    text: 'Keep track of the books we lend out: title and borrower',
    resource: 'book',
    fields: { title: 'string', borrower: 'string' },
  },
  {
    text: 'Mitarbeiter erfassen mit Name und Abteilung',
    resource: 'employee',
    fields: { name: 'string', abteilung: 'string' },
  },
  {
    text: 'Fahrten speichern mit Datum, Kilometer und Zweck',
    fields: { datum: 'date', kilometer: undefined, zweck: 'string' },
  },
  { text: 'Kunden registrieren (Name, E-Mail)', resource: 'customer', fields: { name: 'string' } },
  {
    text: 'Ich möchte Ausgaben mit Betrag und Kategorie festhalten',
    resource: 'expense',
    fields: { betrag: 'number', kategorie: 'string' },
  },
  { text: 'registrar préstamos', fields: {} },
  {
    text: 'guardar pedidos con cliente, producto y cantidad',
    resource: 'order',
    fields: { cliente: 'string', producto: 'string', cantidad: 'integer' },
  },
  {
    text: 'llevar un registro de los gastos con importe y fecha',
    resource: 'expense',
    fields: { importe: 'number', fecha: 'date' },
  },
  {
    text: 'quiero anotar mis lecturas: título, autor y páginas',
    fields: { titulo: 'string', autor: 'string', paginas: 'integer' },
  },
  { text: 'enregistrer les réservations', resource: 'reservation', fields: {} },
  {
    text: 'garder une trace des dépenses avec montant, catégorie et date',
    resource: 'expense',
    fields: { montant: 'number', categorie: 'string', date: 'date' },
  },
  {
    text: 'les membres peuvent enregistrer leurs vélos (numéro de cadre, couleur)',
    fields: { couleur: 'string' },
  },
  {
    text: 'noter les interventions avec la date et le technicien',
    resource: 'intervention',
    fields: { date: 'date', technicien: 'string' },
  },
  { text: 'annotare le spese', fields: {} },
  {
    text: 'registrare le presenze con nome e data',
    fields: { nome: 'string', data: 'date' },
  },
  {
    text: 'tenere traccia dei libri letti con titolo e voto',
    resource: 'book',
    fields: { titolo: 'string', voto: 'integer' },
  },
  { text: 'guardar pedidos', resource: 'order', fields: {} },
  {
    text: 'registrar as vendas com valor e data',
    fields: { valor: undefined, data: 'date' },
  },
  {
    text: 'manter um registo das visitas com nome e motivo',
    fields: { nome: 'string', motivo: 'string' },
  },
  {
    text: 'Collect feedback from customers: a rating from 1 to 5 and a comment',
    resource: 'feedback',
    fields: { rating: 'integer', comment: 'string' },
  },
  { text: 'a place to jot down ideas', resource: 'idea', fields: {} },
];

/** Texts with a word of storing that ask for no kept records: a computation, a question, a transformation, a message. */
const STORE_NEAR_MISSES = [
  'log10 of a number',
  'what is the log of 8?',
  'save the text as uppercase',
  'convert the saved text to lowercase',
  'guardar el texto en mayúsculas',
  'den Text in Großbuchstaben speichern',
  'send a confirmation email to every new member',
  'notify the team on Slack when an expense is logged',
  'log in with Google',
  'track the delivery van on a live map',
  'calcular el logaritmo natural de un número',
  'why do my notes not save?',
];

/** Rows not read yet (by text); each must fail until the designer reads it. */
const NOT_YET_READ = new Set<string>(['a place to jot down ideas']);

function kindOf(f: FieldSpec): Kind {
  if (f.enum) return 'enum';
  if (f.format === 'date') return 'date';
  return f.type as Kind;
}

function design(features: string[]): { contract: SpecContract; realised: boolean[]; gate: boolean } {
  const i = familyIntent('store-svc', 'keep records', features);
  const markdown = offlineSpec(i);
  const v = verifySpec(markdown, i);
  return {
    contract: extractContract(markdown),
    realised: v.fidelity.map((f) => f.realised),
    gate: passesGate(v, 90),
  };
}

/** What a storing row lacks: realised, create + list + get of one resource credited to it, its fields. */
function storeProblems(row: StoreRow): string[] {
  const { contract, realised } = design([row.text]);
  const out: string[] = [];
  if (!realised[0]) out.push('unrealised');
  const mine = contract.endpoints.filter((e) => e.features.includes(row.text));
  const resourceOf = (kind: string) =>
    mine.map((e) => e.behavior).find((b) => b.kind === kind && 'resource' in b) as
      { resource: string } | undefined;
  const created = resourceOf('create')?.resource;
  for (const kind of ['create', 'list', 'get'])
    if (resourceOf(kind)?.resource !== created || created === undefined)
      out.push(`no ${kind} of its records`);
  if (row.resource !== undefined && created !== row.resource)
    out.push(`resource ${created}, not ${row.resource}`);
  const fields = contract.resources.find((r) => r.name === created)?.fields ?? [];
  for (const [name, kind] of Object.entries(row.fields)) {
    const f = fields.find((x) => x.name === name);
    if (!f) out.push(`no field ${name} (${fields.map((x) => x.name).join(', ')})`);
    else if (kind !== undefined && kindOf(f) !== kind) out.push(`${name} is ${kindOf(f)}, not ${kind}`);
  }
  return out;
}

const RECORD_KINDS = new Set(['create', 'list', 'get', 'update', 'delete', 'search']);

describe('storing as people say it', () => {
  for (const row of STORE_ROWS) {
    (NOT_YET_READ.has(row.text) ? it.failing : it)(`keeps records for ${JSON.stringify(row.text)}`, () => {
      expect(storeProblems(row)).toEqual([]);
    });
  }

  for (const text of STORE_NEAR_MISSES) {
    (NOT_YET_READ.has(text) ? it.failing : it)(`keeps no records for ${JSON.stringify(text)}`, () => {
      const { contract } = design(['add a note with a title and a body', text]);
      const stores = contract.endpoints.filter(
        (e) => e.features.includes(text) && RECORD_KINDS.has(e.behavior.kind),
      );
      expect(stores.map((e) => `${e.method} ${e.path}`)).toEqual([]);
    });
  }
});

/** A list query on a field: the field is declared with the type its words give, or the feature is refused. */
interface QueryRow {
  features: string[];
  /** The field the query needs, its kind and the list option (`equals`, `range`, `sort`); null: refused. */
  want: { field: string; kind: Kind; option: 'equals' | 'range' | 'sort' } | null;
}

const QUERY_ROWS: QueryRow[] = [
  {
    features: ['track expenses with an amount and a date', 'list expenses, filter by cost'],
    want: { field: 'cost', kind: 'number', option: 'equals' },
  },
  // A priority nobody declared, sorted as text ("high" < "low" < "medium"), is not sorted by priority: refused
  // (fidelity/ranked-order.ts) until the designer knows the ranks.
  {
    features: ['add tasks with a title', 'list tasks sorted by priority'],
    want: null,
  },
  {
    features: ['add tasks with a title', 'list tasks, filter by due date'],
    want: { field: 'due_date', kind: 'date', option: 'equals' },
  },
  // A priority nobody declared, sorted as text ("high" < "low" < "medium"), is not sorted by priority: refused
  // (fidelity/ranked-order.ts) until the designer knows the ranks.
  {
    features: ['save notes', 'list notes sorted by priority'],
    want: null,
  },
  {
    features: ['Ausgaben erfassen mit Beschreibung', 'Ausgaben nach Betrag sortieren'],
    want: { field: 'betrag', kind: 'number', option: 'sort' },
  },
  {
    features: ['add tickets with a title', 'filter tickets by status (open, closed)'],
    want: { field: 'status', kind: 'enum', option: 'equals' },
  },
  {
    features: ['log expenses with a date', 'search expenses by cost, 10 per page'],
    want: { field: 'cost', kind: 'number', option: 'equals' },
  },
  // A priority nobody declared, sorted as text ("high" < "low" < "medium"), is not sorted by priority: refused
  // (fidelity/ranked-order.ts) until the designer knows the ranks.
  {
    features: ['track expenses with an amount', 'sort by priority'],
    want: null,
  },
  {
    features: ['keep products with a name', 'list products, filter by price range'],
    want: { field: 'price', kind: 'number', option: 'range' },
  },
  {
    features: ['registrar clientes con nombre', 'listar clientes ordenados por ciudad'],
    want: { field: 'ciudad', kind: 'string', option: 'sort' },
  },
  {
    features: ['add orders with a product', 'filter orders by status: pending, shipped or delivered'],
    want: { field: 'status', kind: 'enum', option: 'equals' },
  },
  {
    features: ['ajouter des films avec un titre', 'lister les films triés par genre'],
    want: { field: 'genre', kind: 'string', option: 'sort' },
  },
  {
    features: ['add books with a title and a price', 'list books sorted by price'],
    want: { field: 'price', kind: 'number', option: 'sort' },
  },
  { features: ['add tasks with a title', 'list tasks sorted by how urgent they feel'], want: null },
  { features: ['add books with a title', 'add members with a name', 'sort by rating'], want: null },
];

function queryProblems(row: QueryRow): string[] {
  const { contract, realised } = design(row.features);
  const feature = row.features[row.features.length - 1];
  const last = realised[realised.length - 1];
  if (row.want === null) return last ? ['realised, expected refused'] : [];
  const out: string[] = realised.every((x) => x) ? [] : ['unrealised'];
  const want = row.want;
  const list = contract.endpoints.find((e) => e.features.includes(feature) && e.behavior.kind === 'list');
  if (!list || list.behavior.kind !== 'list') return [...out, 'no list'];
  const b = list.behavior;
  const r = contract.resources.find((x) => x.name === b.resource);
  const f = r?.fields.find((x) => x.name === want.field);
  if (!f) return [...out, `no field ${want.field} on ${b.resource}`];
  if (kindOf(f) !== want.kind) out.push(`${want.field} is ${kindOf(f)}, not ${want.kind}`);
  const options = [
    ...(b.filters ?? []).map((x) => `${x.kind}:${'field' in x ? x.field : x.fields.join(',')}`),
    ...(b.sort?.fields ?? []).map((x) => `sort:${x}`),
  ];
  if (!options.includes(`${want.option}:${want.field}`)) out.push(`options ${options.join(', ')}`);
  return out;
}

describe('list queries on fields no feature declared', () => {
  for (const row of QUERY_ROWS) {
    const feature = row.features[row.features.length - 1];
    (NOT_YET_READ.has(feature) ? it.failing : it)(
      `${row.want ? 'declares' : 'refuses'} ${JSON.stringify(feature)}`,
      () => {
        expect(queryProblems(row)).toEqual([]);
      },
    );
  }
});

describe('what the gate passes, codegen accepts', () => {
  const intents = [
    ...STORE_ROWS.map((r) => [r.text]),
    ...STORE_NEAR_MISSES.map((t) => ['add a note with a title and a body', t]),
    ...QUERY_ROWS.map((r) => r.features),
    // Fields named by a feature designed before the one that declares them with another type.
    ['search expenses by cost', 'track expenses with an amount, a cost and a date'],
    ['find books by year', 'add books with a title and a year'],
    ['list expenses, filter by cost', 'log expenses with a date'],
  ];
  it.each(intents.map((f) => [f.join(' | '), f] as const))('%s', (_, features) => {
    const { contract, gate } = design([...features]);
    let refused = '';
    try {
      new OfflineProvider().answer('codegen', { contract, spec_sha256: 'a'.repeat(64) });
    } catch (error) {
      refused = (error as Error).message;
    }
    // Codegen may refuse only a contract the gate refused too.
    expect(gate ? refused : '').toBe('');
  });
});
