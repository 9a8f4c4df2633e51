import {
  extractContract,
  featureFidelity,
  verifySpec,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { offlineSpec } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';
import { designSpec } from './spec-designer';

/*
 * The phrasing table of rules on records, written as people say them: uniqueness (409), counters and best
 * scores, per-key quotas (429), expiry, low-stock thresholds and stock that never goes below zero (409). A row
 * is read when every feature of its intent is realised by the gate and the contract holds the rule the row
 * names, with the numbers the text says, and its acceptance pack passes against the reference service. Near misses use the same words for something else ("count the unique
 * words", "days until my passport expires"): no such rule may come of them.
 */

type Want =
  | { unique: string; ignoreCase: boolean }
  | { ttl: number }
  | { quota: number; window: number }
  | { low: 'own' | number; inclusive: boolean }
  | { floor: string }
  | { tally: string }
  | { best: string; order: 'asc' | 'desc' };

interface Row {
  /** The other features of the intent. */
  base: string[];
  /** The rule feature. */
  text: string;
  want: Want;
}

const MEMBERS = 'Register members with a name and an email';
const USERS = 'Sign up users with a username and a display name';
const PLATES = 'Fahrzeuge mit Kennzeichen und Halter anlegen';
const SOCIOS = 'Registrar socios con nombre y correo';
const ADHERENTS = 'Ajouter des adhérents avec un pseudo et un nom';
const LINKS = 'Create short links with a target URL';
const INVITES = 'Einladungen anlegen mit Name und Email';
const TOKENS = 'Crear códigos de acceso con un nombre y leerlos';
const PARTS = 'Add parts with a name and a quantity';
const ARTICLES = 'Artikel mit Name und Bestand anlegen';
const TIMES = 'Record lap times with a player and a time in seconds';
const SCORES = 'Store scores with a player name and points';

const ROWS: Row[] = [
  // uniqueness
  {
    base: [MEMBERS],
    text: 'no two members with the same email',
    want: { unique: 'email', ignoreCase: false },
  },
  {
    base: [USERS],
    text: 'usernames are unique, case-insensitively',
    want: { unique: 'username', ignoreCase: true },
  },
  {
    base: [USERS],
    text: 'a username can only be taken once',
    want: { unique: 'username', ignoreCase: false },
  },
  {
    base: [USERS],
    text: 'reject a username that is already taken',
    want: { unique: 'username', ignoreCase: false },
  },
  { base: [USERS], text: 'duplicate usernames are refused', want: { unique: 'username', ignoreCase: false } },
  {
    base: [MEMBERS],
    text: 'each email may be registered only once',
    want: { unique: 'email', ignoreCase: false },
  },
  { base: [PLATES], text: 'ein Kennzeichen nur einmal', want: { unique: 'kennzeichen', ignoreCase: false } },
  {
    base: [PLATES],
    text: 'Kennzeichen dürfen nicht doppelt vorkommen',
    want: { unique: 'kennzeichen', ignoreCase: false },
  },
  {
    base: [SOCIOS],
    text: 'no puede haber dos socios con el mismo correo',
    want: { unique: 'correo', ignoreCase: false },
  },
  {
    base: [SOCIOS],
    text: 'el nombre es único sin distinguir mayúsculas',
    want: { unique: 'nombre', ignoreCase: true },
  },
  {
    base: [ADHERENTS],
    text: 'deux adhérents ne peuvent pas avoir le même pseudo',
    want: { unique: 'pseudo', ignoreCase: false },
  },
  {
    base: [ADHERENTS],
    text: 'le pseudo est unique, sans tenir compte de la casse',
    want: { unique: 'pseudo', ignoreCase: true },
  },
  // counters and best scores
  { base: [], text: 'count visits per page', want: { tally: 'visits' } },
  { base: [], text: 'likes go up and down for each post', want: { tally: 'likes' } },
  { base: [], text: 'Besuche pro Seite zählen und den Stand abrufen', want: { tally: 'besuche' } },
  { base: [TIMES], text: "only keep each player's best time", want: { best: 'player', order: 'asc' } },
  { base: [TIMES], text: 'show the fastest time per player', want: { best: 'player', order: 'asc' } },
  {
    base: [SCORES],
    text: "only a player's best score counts on the leaderboard",
    want: { best: 'player', order: 'desc' },
  },
  {
    base: ['Ergebnisse mit Spieler und Punktzahl speichern'],
    text: 'Bestenliste: nur die beste Punktzahl pro Spieler zählt',
    want: { best: 'player', order: 'desc' },
  },
  // quotas
  { base: [], text: 'each API key may call 100 times per hour', want: { quota: 100, window: 3600 } },
  { base: [], text: '5 Anfragen pro Minute und Kunde', want: { quota: 5, window: 60 } },
  { base: [], text: 'cada cliente puede hacer 20 peticiones por minuto', want: { quota: 20, window: 60 } },
  { base: [], text: 'chaque clé API a droit à 50 appels par heure', want: { quota: 50, window: 3600 } },
  {
    base: [],
    text: 'limit every user to 10 requests a minute, then answer 429',
    want: { quota: 10, window: 60 },
  },
  {
    base: [],
    text: 'ogni chiave può fare al massimo 30 richieste al minuto',
    want: { quota: 30, window: 60 },
  },
  // expiry
  { base: [LINKS], text: 'links expire after 10 minutes', want: { ttl: 600 } },
  { base: [INVITES], text: 'Einladungen gelten 7 Tage', want: { ttl: 604800 } },
  { base: [TOKENS], text: 'los códigos caducan después de 15 minutos', want: { ttl: 900 } },
  { base: [LINKS], text: 'a link is gone 24 hours after it was made', want: { ttl: 86400 } },
  { base: [LINKS], text: 'les liens expirent au bout de 2 heures', want: { ttl: 7200 } },
  { base: [LINKS], text: 'os links expiram depois de 30 minutos', want: { ttl: 1800 } },
  // low stock and a floor at zero
  { base: [PARTS], text: 'warn when fewer than 5 left', want: { low: 5, inclusive: false } },
  { base: [PARTS], text: 'list the parts with 3 or fewer in stock', want: { low: 3, inclusive: true } },
  {
    base: [ARTICLES],
    text: 'Artikel mit weniger als 10 Stück auflisten',
    want: { low: 10, inclusive: false },
  },
  {
    base: [PARTS],
    text: 'stock never goes below 0; taking more than there is is refused',
    want: { floor: 'quantity' },
  },
  {
    base: [PARTS],
    text: 'reserve and release parts; you cannot reserve more than is in stock',
    want: { floor: 'quantity' },
  },
  { base: [ARTICLES], text: 'Der Bestand darf nie unter 0 fallen', want: { floor: 'bestand' } },
];

/** Near misses: the words of the class in a computation or a plain record, never one of these rules. */
const NEAR_MISSES: Row[] = [
  { base: [], text: 'count the words per sentence in a text', want: { tally: '' } },
  { base: [], text: 'count requests per minute', want: { tally: '' } },
  { base: [], text: 'count the unique words in a text', want: { tally: '' } },
  { base: [], text: 'how many days until my passport expires', want: { ttl: 0 } },
  { base: [MEMBERS], text: 'list members by email', want: { unique: '', ignoreCase: false } },
  { base: [PARTS], text: 'list every part', want: { low: 0, inclusive: false } },
  { base: [], text: 'zähle die eindeutigen Wörter eines Textes', want: { tally: '' } },
  { base: [], text: 'contar las palabras distintas de un texto', want: { tally: '' } },
  { base: [LINKS], text: 'store when each link was created', want: { ttl: 0 } },
  { base: [], text: 'convert 100 requests per minute to requests per second', want: { quota: 0, window: 0 } },
  { base: [SCORES], text: 'list every score', want: { best: '', order: 'desc' } },
  { base: [], text: 'Tage bis zum Ablauf meines Ausweises berechnen', want: { ttl: 0 } },
  {
    base: [PARTS],
    text: 'parts are added with a quantity of at least 1',
    want: { low: 0, inclusive: false },
  },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start:
 * 29 of 37; now 2: Spanish "nombre" is also the French word for a number, which no subject keeps, and a
 * reservation of a quantity, which the contract has no behaviour for — the gate refuses it rather than a flag).
 */
const NOT_YET_READ = new Set<string>([
  'el nombre es único sin distinguir mayúsculas',
  'reserve and release parts; you cannot reserve more than is in stock',
]);

function design(row: Row): { contract: SpecContract; features: string[] } {
  const features = [...row.base, row.text];
  const { contract } = designSpec(intentOf({ service_name: 'rules-row', key_features: features }));
  return { contract, features };
}

function claiming(contract: SpecContract, text: string): EndpointSpec[] {
  return contract.endpoints.filter((e) => e.features.includes(text));
}

/** The checks of an endpoint ending with `status`. */
function endsWith(contract: SpecContract, e: EndpointSpec[], status: number): boolean {
  const ids = new Set(e.map((x) => x.id));
  return contract.acceptance.some((c) => ids.has(c.endpoint_id) && c.steps.at(-1)?.expect.status === status);
}

/** What the contract lacks of the rule `want` names for feature `text` ('' when it holds it). */
function ruleProblem(contract: SpecContract, text: string, want: Want): string {
  const mine = claiming(contract, text);
  const fields = contract.resources.flatMap((r) => r.fields);
  if ('unique' in want) {
    const f = fields.find((x) => x.name === want.unique);
    if (!f?.unique) return `no unique field ${want.unique} (${fields.map((x) => x.name).join(', ')})`;
    if ((f.unique_ignore_case === true) !== want.ignoreCase)
      return `letter case: ${String(f.unique_ignore_case)}`;
    return endsWith(contract, mine, 409) ? '' : 'no 409 example';
  }
  if ('ttl' in want) {
    const ttl = contract.resources.map((r) => r.ttl?.seconds).find((s) => s !== undefined);
    return ttl === want.ttl ? '' : `ttl ${String(ttl)}`;
  }
  if ('quota' in want) {
    const q = mine.find((e) => e.behavior.kind === 'quota')?.behavior;
    if (q?.kind !== 'quota') return 'no quota endpoint';
    return q.limit === want.quota && q.window_seconds === want.window
      ? ''
      : `quota ${q.limit}/${q.window_seconds}s`;
  }
  if ('low' in want) {
    const l = mine.find((e) => e.behavior.kind === 'low_stock')?.behavior;
    if (l?.kind !== 'low_stock') return 'no low_stock endpoint';
    const threshold = want.low === 'own' ? l.threshold_field !== undefined : l.threshold === want.low;
    return threshold && l.inclusive === want.inclusive ? '' : `low stock ${JSON.stringify(l)}`;
  }
  if ('floor' in want) {
    const moves = mine.filter((e) => ['adjust', 'reserve', 'release'].includes(e.behavior.kind));
    const field = fields.find((x) => x.name === want.floor);
    if (moves.length === 0) return 'no adjust/reserve endpoint claims it';
    if (field?.minimum !== 0) return `field ${want.floor} has no floor at 0`;
    return endsWith(contract, moves, 409) ? '' : 'no 409 example';
  }
  if ('tally' in want) {
    const a = mine.find((e) => e.behavior.kind === 'adjust');
    if (!a) return 'no adjust endpoint';
    const readable = contract.endpoints.some((e) => e.behavior.kind === 'get' || e.behavior.kind === 'list');
    return readable ? '' : 'the totals are not readable';
  }
  const r = mine.find((e) => e.behavior.kind === 'ranking')?.behavior;
  if (r?.kind !== 'ranking') return 'no ranking endpoint';
  return r.best_per !== undefined && r.order === want.order ? '' : `ranking ${JSON.stringify(r)}`;
}

function problemOf(row: Row): string {
  // The whole SPEC line offline (the draft, then the optimizer's error examples), judged by the gate.
  const features = [...row.base, row.text];
  const i = intentOf({ service_name: 'rules-row', key_features: features });
  const markdown = offlineSpec(i);
  const contract = extractContract(markdown);
  const unread = verifySpec(markdown, i)
    .fidelity.map((v, n) => (v.realised ? '' : `unrealised: ${features[n]} (${v.problems.join('; ')})`))
    .filter((x) => x !== '');
  if (unread.length > 0) return unread.join(' | ');
  // The worked examples are what a correct implementation answers (the reference service runs them).
  return ruleProblem(contract, row.text, row.want) || runAcceptancePack(contract).join(' | ');
}

/** Whether a near miss became a rule of the class: a unique field, an expiry, a quota, a tally, a ranking… */
function madeRule(row: Row): boolean {
  const { contract } = design(row);
  const mine = claiming(contract, row.text);
  const kinds = ['quota', 'low_stock', 'adjust', 'ranking', 'reserve'];
  return (
    contract.resources.some(
      (r) => r.ttl !== undefined || r.fields.some((f) => f.unique && mine.length > 0),
    ) || mine.some((e) => kinds.includes(e.behavior.kind))
  );
}

describe('rules on records across phrasings', () => {
  it('has at least 30 rows and 10 near misses', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(10);
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)}`, () => {
      expect(problemOf(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them from the list once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.text) && problemOf(r) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });

  for (const row of NEAR_MISSES) {
    it(`makes no rule of ${JSON.stringify(row.text)}`, () => {
      expect(madeRule(row)).toBe(false);
    });
  }
});

/**
 * The same contract without the rule a row names: records kept for ever, no unique field, every record ranked,
 * all listed, a stock changed by a plain update.
 */
function withoutRule(contract: SpecContract, want: Want): SpecContract {
  const c = structuredClone(contract);
  const requests = c.endpoints.flatMap((e) => e.request.body?.fields ?? []);
  for (const r of c.resources) {
    if ('ttl' in want) delete r.ttl;
    for (const f of [...r.fields, ...requests]) {
      if ('unique' in want && f.name === want.unique) {
        delete f.unique;
        delete f.unique_ignore_case;
      }
      if ('unique' in want && want.ignoreCase && f.name === want.unique) f.unique = true;
    }
  }
  for (const e of c.endpoints) {
    if ('best' in want && e.behavior.kind === 'ranking') delete e.behavior.best_per;
    if ('floor' in want && e.behavior.kind === 'adjust')
      e.behavior = { kind: 'update', resource: e.behavior.resource, param: e.behavior.param ?? 'id' };
    if ('low' in want && e.behavior.kind === 'low_stock')
      e.behavior = { kind: 'list', resource: e.behavior.resource };
  }
  return c;
}

describe('the gate on the rows it reads', () => {
  const kinds: ((w: Want) => boolean)[] = [
    (w) => 'unique' in w && !w.ignoreCase,
    (w) => 'unique' in w && w.ignoreCase,
    (w) => 'ttl' in w,
    (w) => 'best' in w,
    (w) => 'low' in w,
    (w) => 'floor' in w,
  ];
  // One read row of each rule the gate can be shown to refuse without it.
  const rows = kinds
    .map((k) => ROWS.find((r) => k(r.want) && !NOT_YET_READ.has(r.text)))
    .filter((r): r is Row => r !== undefined);

  it.each(rows.map((r) => [r.text, r] as const))('refuses %j realised without its rule', (_text, row) => {
    const features = [...row.base, row.text];
    const i = intentOf({ service_name: 'rules-row', key_features: features });
    const contract = extractContract(offlineSpec(i));
    const verdict = featureFidelity(withoutRule(contract, row.want), features).at(-1);

    expect(featureFidelity(contract, features).at(-1)?.realised).toBe(true);
    expect(verdict?.realised).toBe(false);
  });

  it("refuses each player's best time kept highest first (the slowest)", () => {
    const features = [TIMES, "only keep each player's best time"];
    const contract = extractContract(
      offlineSpec(intentOf({ service_name: 'rules-row', key_features: features })),
    );
    for (const e of contract.endpoints) if (e.behavior.kind === 'ranking') e.behavior.order = 'desc';

    expect(featureFidelity(contract, features).at(-1)?.realised).toBe(false);
  });
});
