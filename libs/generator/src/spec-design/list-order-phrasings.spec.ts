import { extractContract, renderSpec, verifySpec, type SpecContract } from '@sf/service-spec';
import { familyIntent } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';
import { designSpec } from './spec-designer';
import { optimizeSpec } from './spec-optimizer';

/*
 * The phrasing table of lists in the order a feature names in words: "earliest start first", "most recent
 * first", "cheapest first", "highest score first", "in order of due date", "sorted by weight, heaviest first",
 * "nach Datum sortiert, neueste zuerst", "früheste zuerst", "ordenadas por fecha, la más reciente primero",
 * "triées par date, les plus récentes d'abord", "ordinate per data, le più recenti prima", "as mais recentes
 * primeiro". A faithful service answers the list sorted by the field the words name (or the one date / price /
 * number they imply) in the direction they say, always (a default order, not one a client must ask for). An
 * order naming nothing the records hold ("most popular first" of songs with a title and an artist) is refused:
 * a list in creation order would pass for it. A blind intent's "earliest start first" deployed in creation order.
 *
 * Every row must be designed with each feature realised (the fidelity gate's verdict) and an acceptance pack a
 * correct implementation passes (the reference service), sorted as the row says; refusal rows must leave the
 * ordering feature unrealised. Rows the designer does not read yet are named in NOT_YET_READ.
 */

interface Row {
  name: string;
  features: string[];
  /** The field and direction every answer of the list comes in; null when the intent must be refused. */
  order: { field: string; dir: 'asc' | 'desc' } | null;
}

function design(features: string[]): { contract: SpecContract; realised: boolean[] } {
  const i = familyIntent('list-order-svc', 'a record service', features);
  const { contract, notes } = designSpec(i);
  const first = renderSpec(contract, { notes });
  const markdown = optimizeSpec(i, first, verifySpec(first, i));
  const v = verifySpec(markdown, i);
  return { contract: extractContract(markdown), realised: v.fidelity.map((f) => f.realised) };
}

const BOOKING =
  'POST /bookings with {"room": string, "start": ISO 8601 datetime, "end": ISO 8601 datetime} creates a booking and returns 201 with its id';

const ROWS: Row[] = [
  {
    name: 'en spelled earliest start first, one room',
    features: [
      BOOKING,
      "GET /bookings?room=<room> returns a JSON array of that room's bookings, earliest start first",
    ],
    order: { field: 'start', dir: 'asc' },
  },
  {
    name: 'en spelled latest end first',
    features: [BOOKING, 'GET /bookings returns every booking, latest end first'],
    order: { field: 'end', dir: 'desc' },
  },
  {
    name: 'en most recent first',
    features: ['record a visit with a patient and a date', 'list all visits, most recent first'],
    order: { field: 'date', dir: 'desc' },
  },
  {
    name: 'en oldest first',
    features: ['add a letter with a sender and a received date', 'show all letters, oldest first'],
    order: { field: 'received_date', dir: 'asc' },
  },
  {
    name: 'en by date, newest on top',
    features: ['add a post with a title and a date', 'show the posts by date, newest on top'],
    order: { field: 'date', dir: 'desc' },
  },
  {
    name: 'en cheapest first',
    features: ['add a product with a name and a price', 'list products, cheapest first'],
    order: { field: 'price', dir: 'asc' },
  },
  {
    name: 'en highest score first',
    features: ['add a player with a name and a score (integer)', 'list the players, highest score first'],
    order: { field: 'score', dir: 'desc' },
  },
  {
    name: 'en in order of due date',
    features: ['add a task with a title and a due date', 'list the tasks in order of due date'],
    order: { field: 'due_date', dir: 'asc' },
  },
  {
    name: 'en ordered by year descending',
    features: ['add a book with a title and a year (integer)', 'list the books ordered by year descending'],
    order: { field: 'year', dir: 'desc' },
  },
  {
    name: 'en sorted by weight, heaviest first',
    features: [
      'add a parcel with a label and a weight (number)',
      'list parcels sorted by weight, heaviest first',
    ],
    order: { field: 'weight', dir: 'desc' },
  },
  {
    name: 'en lowest first on the only number',
    features: ['add a bid with a bidder and an amount (number)', 'show all bids, lowest first'],
    order: { field: 'amount', dir: 'asc' },
  },
  {
    name: 'de nach Datum sortiert, neueste zuerst',
    features: [
      'eine Notiz mit Text und Datum anlegen',
      'alle Notizen nach Datum sortiert anzeigen, neueste zuerst',
    ],
    order: { field: 'datum', dir: 'desc' },
  },
  {
    name: 'de früheste zuerst',
    features: ['einen Termin mit Titel und Datum anlegen', 'alle Termine anzeigen, früheste zuerst'],
    order: { field: 'datum', dir: 'asc' },
  },
  {
    name: 'de frühester Beginn zuerst',
    features: [
      'eine Buchung mit Raum, Beginn und Ende anlegen',
      'alle Buchungen anzeigen, frühester Beginn zuerst',
    ],
    order: { field: 'beginn', dir: 'asc' },
  },
  {
    name: 'de günstigste zuerst',
    features: ['ein Produkt mit Name und Preis anlegen', 'alle Produkte anzeigen, die günstigsten zuerst'],
    order: { field: 'preis', dir: 'asc' },
  },
  {
    name: 'es la más reciente primero',
    features: [
      'registrar una factura con cliente y fecha',
      'listar las facturas ordenadas por fecha, la más reciente primero',
    ],
    order: { field: 'fecha', dir: 'desc' },
  },
  {
    name: 'es el más barato primero',
    features: ['añadir un producto con nombre y precio', 'listar los productos, el más barato primero'],
    order: { field: 'precio', dir: 'asc' },
  },
  {
    name: "fr les plus récentes d'abord",
    features: [
      'ajouter une note avec un texte et une date',
      "lister les notes triées par date, les plus récentes d'abord",
    ],
    order: { field: 'date', dir: 'desc' },
  },
  {
    name: "fr les moins chers d'abord",
    features: ['ajouter un produit avec un nom et un prix', "lister les produits, les moins chers d'abord"],
    order: { field: 'prix', dir: 'asc' },
  },
  {
    name: 'it le più recenti prima',
    features: [
      'registrare una spesa con data e importo',
      'elencare tutte le spese ordinate per data, le più recenti prima',
    ],
    order: { field: 'data', dir: 'desc' },
  },
  {
    name: 'it i più economici prima',
    features: ['aggiungere un prodotto con nome e prezzo', 'elencare i prodotti, i più economici prima'],
    order: { field: 'prezzo', dir: 'asc' },
  },
  {
    name: 'pt as mais recentes primeiro',
    features: [
      'registrar uma despesa com descrição e data',
      'listar as despesas ordenadas por data, as mais recentes primeiro',
    ],
    order: { field: 'data', dir: 'desc' },
  },
  {
    name: 'pt os mais baratos primeiro',
    features: ['adicionar um produto com nome e preço', 'listar os produtos, os mais baratos primeiro'],
    order: { field: 'preco', dir: 'asc' },
  },
  {
    name: 'en from oldest to newest',
    features: ['log a delivery with a driver and a date', 'list the deliveries from oldest to newest'],
    order: { field: 'date', dir: 'asc' },
  },
  {
    name: 'en in reverse chronological order',
    features: ['add a post with a title and a date', 'list the posts in reverse chronological order'],
    order: { field: 'date', dir: 'desc' },
  },
  {
    name: 'en ordered by year (descending)',
    features: ['add a film with a title and a year (integer)', 'list the films ordered by year (descending)'],
    order: { field: 'year', dir: 'desc' },
  },
  {
    name: 'de höchste Punktzahl zuerst',
    features: [
      'einen Spieler mit Name und Punktzahl (Ganzzahl) anlegen',
      'alle Spieler anzeigen, höchste Punktzahl zuerst',
    ],
    order: { field: 'punktzahl', dir: 'desc' },
  },
  {
    name: 'de vom ältesten zum neuesten',
    features: [
      'eine Rechnung mit Kunde und Datum anlegen',
      'alle Rechnungen vom ältesten zum neuesten anzeigen',
    ],
    order: { field: 'datum', dir: 'asc' },
  },
  {
    name: 'fr du moins cher au plus cher',
    features: ['ajouter un produit avec un nom et un prix', 'lister les produits du moins cher au plus cher'],
    order: { field: 'prix', dir: 'asc' },
  },
  {
    name: 'pt do mais recente ao mais antigo',
    features: [
      'registrar uma despesa com descrição e data',
      'listar as despesas do mais recente ao mais antigo',
    ],
    order: { field: 'data', dir: 'desc' },
  },
  {
    name: 'en refuse most popular first (no such field)',
    features: ['add a song with a title and an artist', 'list the songs, most popular first'],
    order: null,
  },
  {
    name: 'de refuse wichtigste zuerst (no such field)',
    features: ['eine Aufgabe mit Titel und Datum anlegen', 'alle Aufgaben anzeigen, die wichtigsten zuerst'],
    order: null,
  },
];

/** Rows the designer does not read yet (named in the branch's final report). */
const NOT_YET_READ = new Set<string>([]);

function problemsOf(row: Row): string[] {
  const { contract, realised } = design(row.features);
  if (row.order === null) {
    return realised.every((r) => r)
      ? ['every feature realised, but the order names nothing the records hold']
      : [];
  }
  const problems = row.features.filter((_, i) => realised[i] !== true).map((f) => `unrealised: ${f}`);
  const lists = contract.endpoints.flatMap((e) =>
    e.method === 'GET' && e.behavior.kind === 'list' ? [e.behavior] : [],
  );
  const { field, dir } = row.order;
  if (!lists.some((l) => l.sort?.default_field === field && l.sort.default_order === dir)) {
    const got = lists.map((l) =>
      l.sort ? `${l.sort.default_field ?? '-'} ${l.sort.default_order ?? '-'}` : 'none',
    );
    problems.push(`no list sorted by ${field} ${dir} by default (lists: ${got.join('; ') || 'none'})`);
  }
  return [...problems, ...runAcceptancePack(contract)];
}

describe('lists in the order a feature names, as people write it', () => {
  it('names every row once', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
    expect([...NOT_YET_READ].filter((n) => !ROWS.some((r) => r.name === n))).toEqual([]);
  });

  it.each(ROWS.filter((r) => !NOT_YET_READ.has(r.name)).map((r) => [r.name, r] as const))(
    '%s is designed faithfully',
    (_, row) => {
      expect(problemsOf(row)).toEqual([]);
    },
  );

  const notYet = ROWS.filter((r) => NOT_YET_READ.has(r.name)).map((r) => [r.name, r] as const);
  // Rows not read yet each still fail their check (none at present: the set shrinks as the designer learns).
  if (notYet.length > 0) {
    it.each(notYet)('%s is not read yet (drop it from NOT_YET_READ once it is)', (_, row) => {
      expect(problemsOf(row)).not.toEqual([]);
    });
  }
});
