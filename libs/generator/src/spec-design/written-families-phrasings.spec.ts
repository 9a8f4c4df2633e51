import { extractContract, featureFidelity, type EndpointSpec } from '@sf/service-spec';
import { rollByNotation } from '../catalog/dice-reference';
import { runCatalogFunction } from '../catalog/testing/run-function';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { designSpec } from './spec-designer';

/*
 * The phrasing table of routes the user writes for a computation the catalog has: the method, the path (a path
 * parameter as the input), the request and response field names as written, the statuses as written. A row is
 * read when exactly one endpoint serves the written route with the row's computation, every feature of the row
 * is realised by the gate, and the endpoint, run as the generated service runs it (the emitted code with the
 * endpoint's bindings and options), answers each request of the row as worked out on paper — in the user's
 * names — and refuses each bad request of the row. Rows not read yet are in NOT_YET_READ and must still fail.
 */

interface Row {
  name: string;
  features: string[];
  /** The written route, `METHOD /path`. */
  route: string;
  /** The catalog computation the route must run. */
  fn: string;
  /** Requests in the user's names (path parameters included) and the answer expected in the user's names. */
  answers: [Record<string, unknown>, Record<string, unknown>][];
  /** Requests in the user's names that must be refused. */
  refused?: Record<string, unknown>[];
}

/** A seeded roll as the reference semantics roll it (mulberry32), in the user's names. */
function rolled(notation: string, seed: number, rolls: string, total: string): Record<string, unknown> {
  const answer = rollByNotation({ notation, seed });
  if (!answer.ok) throw new Error(`the reference refuses ${notation}`);
  return { [rolls]: answer.results.rolls, [total]: answer.results.total };
}

const ROWS: Row[] = [
  // Roman numerals read from a path parameter or a body written in the user's names
  {
    name: 'roman from a path parameter, answer repeats it, en',
    features: [
      'GET /arabic/{numeral} returns {"roman", "n"}; a string that is not a canonical Roman numeral (IIII, VX, ABC) → 400',
    ],
    route: 'GET /arabic/{numeral}',
    fn: 'roman.from-roman',
    answers: [
      [{ numeral: 'MCMXCIV' }, { roman: 'MCMXCIV', n: 1994 }],
      [{ numeral: 'XL' }, { roman: 'XL', n: 40 }],
    ],
    refused: [{ numeral: 'IIII' }, { numeral: 'VX' }, { numeral: 'ABC' }],
  },
  {
    name: 'roman parse, lowercase accepted, en',
    features: [
      'POST /roman/parse with {"roman": string} returns {"number": integer}; lowercase is fine; malformed → 400',
    ],
    route: 'POST /roman/parse',
    fn: 'roman.from-roman',
    answers: [
      [{ roman: 'xiv' }, { number: 14 }],
      [{ roman: 'MMXXVI' }, { number: 2026 }],
    ],
    refused: [{ roman: 'IC' }],
  },
  {
    name: 'roman from a path parameter, es',
    features: ['GET /decimal/{romano} devuelve {"valor": entero}; un numeral mal escrito (IIII, VX) da 400'],
    route: 'GET /decimal/{romano}',
    fn: 'roman.from-roman',
    answers: [[{ romano: 'XLII' }, { valor: 42 }]],
    refused: [{ romano: 'IIII' }],
  },
  {
    name: 'roman from a path parameter, lowercase, fr',
    features: [
      'GET /romain/{chiffre} renvoie {"valeur": entier} ; les minuscules sont acceptées ; un chiffre romain invalide (IIII, VX) → 400',
    ],
    route: 'GET /romain/{chiffre}',
    fn: 'roman.from-roman',
    answers: [[{ chiffre: 'mcmxc' }, { valeur: 1990 }]],
    refused: [{ chiffre: 'VX' }],
  },
  {
    name: 'roman parse beside its other direction, one refusal for both, it',
    features: [
      'POST /romano/leggi con {"romano": "XIV"} restituisce {"numero": 14}',
      'GET /romano/{numero} restituisce {"romano": testo} per i numeri da 1 a 3999',
      'numerali scritti male come IIII o VX e numeri fuori da 1..3999 danno 400',
    ],
    route: 'POST /romano/leggi',
    fn: 'roman.from-roman',
    answers: [[{ romano: 'CDXLIV' }, { numero: 444 }]],
    refused: [{ romano: 'IIII' }, { romano: 'VX' }],
  },
  // an ISBN-13 check digit worked out for the first twelve digits
  {
    name: 'isbn-13 check digit, en',
    features: [
      'POST /isbn13/check-digit with body {"isbn12": string} (12 digits) returns {"check_digit": int, "isbn13": string}',
    ],
    route: 'POST /isbn13/check-digit',
    fn: 'gtin.complete',
    answers: [
      [{ isbn12: '978030640615' }, { check_digit: 7, isbn13: '9780306406157' }],
      [{ isbn12: '978316148410' }, { check_digit: 0, isbn13: '9783161484100' }],
    ],
    refused: [{ isbn12: '97803064061' }, { isbn12: '97803064061X' }],
  },
  {
    name: 'isbn-13 check digit, pt',
    features: [
      'POST /isbn/digito com {"isbn12": texto} (12 dígitos) retorna {"digito": inteiro, "isbn13": texto}',
    ],
    route: 'POST /isbn/digito',
    fn: 'gtin.complete',
    answers: [[{ isbn12: '978359821508' }, { digito: 7, isbn13: '9783598215087' }]],
    refused: [{ isbn12: 'abc' }],
  },
  // a declared rate table on a written route, the answer named like the amount sent
  {
    name: 'currency, de, commercial rounding',
    features: [
      'POST /umrechnen mit {"betrag": Zahl, "von": Währungscode, "nach": Währungscode} liefert {"betrag": Zahl}, kaufmännisch auf zwei Nachkommastellen gerundet',
      'Kurse: 1 EUR = 1,10 USD und 1 EUR = 0,85 GBP',
    ],
    route: 'POST /umrechnen',
    fn: 'rate.table',
    answers: [
      [{ betrag: 10, von: 'EUR', nach: 'USD' }, { betrag: 11 }],
      // 1 / 1.10 × 0.85 = 0.7727… → 0.77
      [{ betrag: 1, von: 'USD', nach: 'GBP' }, { betrag: 0.77 }],
    ],
    refused: [{ betrag: 10, von: 'EUR', nach: 'JPY' }],
  },
  {
    name: 'currency, en, half up to cents',
    features: [
      'POST /exchange with {"amount": number, "from": currency code, "to": currency code} returns {"amount": number} rounded half up to 2 decimals',
      'rates: 1 USD = 0.92 EUR and 1 USD = 150 JPY',
    ],
    route: 'POST /exchange',
    fn: 'rate.table',
    answers: [
      [{ amount: 2, from: 'USD', to: 'JPY' }, { amount: 300 }],
      // 150 / 0.92 = 163.043… yen per euro: 1 JPY = 0.92 / 150 EUR; 1000 JPY = 6.1333… → 6.13
      [{ amount: 1000, from: 'JPY', to: 'EUR' }, { amount: 6.13 }],
    ],
    refused: [{ amount: 1, from: 'USD', to: 'CHF' }],
  },
  {
    name: 'currency, fr, two decimals',
    features: [
      'POST /convertir avec {"montant": nombre, "de": devise, "vers": devise} renvoie {"montant": nombre} arrondi à deux décimales',
      'taux fixes : 1 EUR = 1,10 USD',
    ],
    route: 'POST /convertir',
    fn: 'rate.table',
    answers: [[{ montant: 5, de: 'EUR', vers: 'USD' }, { montant: 5.5 }]],
  },
  // dice rolled on a written route, with a follow-up saying what a seed and bad notation do
  {
    name: 'dice, en, follow-up on seed and bad notation',
    features: [
      'POST /dice/throw with {"notation": "NdM", "seed": integer} returns {"values": [integer], "sum": integer}',
      'one seed always gives the same throw; bad notation such as "d6x" or "0d4" returns 400',
    ],
    route: 'POST /dice/throw',
    fn: 'dice.roll',
    answers: [[{ notation: '3d6', seed: 42 }, rolled('3d6', 42, 'values', 'sum')]],
    refused: [
      { notation: 'd6x', seed: 1 },
      { notation: '0d4', seed: 1 },
    ],
  },
  {
    name: 'dice, it, follow-up on seed and bad notation',
    features: [
      'POST /lancia con {"dadi": "NdM", "seme": intero} restituisce {"lanci": [intero], "totale": intero}',
      'stesso seme, stessi lanci; una notazione sbagliata come "3x6" dà 400',
    ],
    route: 'POST /lancia',
    fn: 'dice.roll',
    answers: [[{ dadi: '2d20', seme: 7 }, rolled('2d20', 7, 'lanci', 'totale')]],
    refused: [{ dadi: '3x6', seme: 2 }],
  },
  {
    name: 'dice, pt, follow-up naming the notation only',
    features: [
      'POST /jogar com {"notacao": "NdM", "semente": inteiro} retorna {"valores": [inteiro], "soma": inteiro}: N dados de M faces',
      'a mesma semente repete os valores; uma notação inválida como "3x4" ou "0d8" dá 400',
    ],
    route: 'POST /jogar',
    fn: 'dice.roll',
    answers: [[{ notacao: '4d6', semente: 9 }, rolled('4d6', 9, 'valores', 'soma')]],
    refused: [
      { notacao: '3x4', semente: 1 },
      { notacao: '0d8', semente: 1 },
    ],
  },
  // a naming style picked per request
  {
    name: 'case style picked per request, en',
    features: [
      'POST /case with body {"text": string, "to": "snake"|"camel"|"kebab"|"title"} returns {"result": string}; words split on spaces, _ and -; an unknown style returns 400',
    ],
    route: 'POST /case',
    fn: 'text.case-conversion',
    answers: [
      [{ text: 'hello big_world', to: 'camel' }, { result: 'helloBigWorld' }],
      [{ text: 'my-var name', to: 'snake' }, { result: 'my_var_name' }],
      [{ text: 'order_line-item', to: 'kebab' }, { result: 'order-line-item' }],
      [{ text: 'hello_world again', to: 'title' }, { result: 'Hello World Again' }],
    ],
    refused: [{ text: 'a b', to: 'shout' }],
  },
  {
    name: 'case style picked per request, es',
    features: [
      'POST /estilo con {"texto": string, "estilo": "snake"|"camel"|"kebab"} devuelve {"resultado": string}; un estilo desconocido da 400',
    ],
    route: 'POST /estilo',
    fn: 'text.case-conversion',
    answers: [[{ texto: 'nombre de usuario', estilo: 'kebab' }, { resultado: 'nombre-de-usuario' }]],
    refused: [{ texto: 'a b', estilo: 'pascal' }],
  },
];

/**
 * Records whose written route answers a field the user names for what the family keeps (a redirect count, a
 * state with its initial value): read when exactly one endpoint serves the route and every feature is realised.
 */
const RECORD_ROWS: { name: string; features: string[]; route: string }[] = [
  {
    name: 'link clicks on a stats route, en',
    features: [
      'POST /links with {"url": string} returns 201 {"code": string, "url": string}',
      'GET /r/{code} answers 302 to the stored url; an unknown code returns 404',
      'GET /links/{code}/stats returns {"clicks": number}, how many times /r/{code} redirected',
    ],
    route: 'GET /links/{code}/stats',
  },
  {
    name: 'link visits on a stats route, fr',
    features: [
      'POST /liens avec {"url": string} renvoie 201 {"code": string, "url": string}',
      "GET /r/{code} redirige (302) vers l'url enregistrée ; un code inconnu renvoie 404",
      'GET /liens/{code}/stats renvoie {"visites": nombre}, le nombre de redirections de /r/{code}',
    ],
    route: 'GET /liens/{code}/stats',
  },
  {
    name: 'book state with its initial value, en',
    features: [
      'POST /books with {"title": string} -> 201 {"id", "title", "state": "on_shelf"}',
      'POST /books/{id}/lend sets the state to "lent"; lending a lent book returns 409',
      'POST /books/{id}/return sets the state back to "on_shelf"',
    ],
    route: 'POST /books',
  },
  {
    name: 'tool state with its initial value, es',
    features: [
      'POST /herramientas con {"nombre": string} -> 201 {"id", "nombre", "estado": "disponible"}',
      'POST /herramientas/{id}/prestar pone el estado en "prestada"; prestar una prestada da 409',
      'POST /herramientas/{id}/devolver la deja otra vez "disponible"',
    ],
    route: 'POST /herramientas',
  },
];

/** Rows not read yet: each must still fail its row, so the set only shrinks. */
const NOT_YET_READ = new Set<string>([
  'isbn-13 check digit, en',
  'isbn-13 check digit, pt',
  'case style picked per request, en',
  'case style picked per request, es',
  'link visits on a stats route, fr',
  'book state with its initial value, en',
  'tool state with its initial value, es',
]);

const runs = (e: EndpointSpec, fn: string) => e.behavior.kind === 'function' && e.behavior.function === fn;

/** What the endpoint answers to a request in the user's names, run as the generated service runs it. */
function answerOf(e: EndpointSpec, request: Record<string, unknown>): Record<string, unknown> | null {
  if (e.behavior.kind !== 'function') return null;
  const b = e.behavior;
  const params = Object.fromEntries(Object.entries(b.inputs).map(([p, field]) => [p, request[field]]));
  const result = runCatalogFunction(b.function, params, b.options ?? {});
  if (!result.ok) return null;
  return {
    ...Object.fromEntries(Object.entries(b.outputs).map(([r, field]) => [field, result.value[r]])),
    ...Object.fromEntries(Object.entries(b.echo ?? {}).map(([field, from]) => [field, request[from]])),
  };
}

/** What goes wrong with a row: '' when it is read. */
function problemOf(row: Row): string {
  const intent = familyIntent('written-families', 'a small service', row.features);
  const { contract } = designSpec(intent);
  const found = contract.endpoints.filter((e) => `${e.method} ${e.path}` === row.route);
  if (found.length !== 1 || !runs(found[0], row.fn))
    return `no endpoint ${row.route} runs ${row.fn} (${contract.endpoints.map((e) => `${e.method} ${e.path}`).join(', ')})`;
  const [e] = found;
  for (const [request, want] of row.answers) {
    const got = answerOf(e, request);
    if (!got) return `refused ${JSON.stringify(request)}`;
    const picked = Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]));
    if (JSON.stringify(picked) !== JSON.stringify(want))
      return `answered ${JSON.stringify(got)} to ${JSON.stringify(request)}`;
  }
  for (const request of row.refused ?? []) {
    if (answerOf(e, request) !== null) return `answered ${JSON.stringify(request)}`;
  }
  const gate = extractContract(offlineSpec(intent));
  const unrealised = featureFidelity(gate, row.features).filter((v) => v.problems.length > 0);
  return unrealised.map((v) => v.problems.join('; ')).join(' | ');
}

/** What goes wrong with a record row: '' when it is read. */
function recordProblemOf(row: (typeof RECORD_ROWS)[number]): string {
  const intent = familyIntent('written-families', 'a small service', row.features);
  const { contract } = designSpec(intent);
  const found = contract.endpoints.filter((e) => `${e.method} ${e.path}` === row.route);
  if (found.length !== 1)
    return `no endpoint ${row.route} (${contract.endpoints.map((e) => `${e.method} ${e.path}`).join(', ')})`;
  const gate = extractContract(offlineSpec(intent));
  const unrealised = featureFidelity(gate, row.features).filter((v) => v.problems.length > 0);
  return unrealised.map((v) => v.problems.join('; ')).join(' | ');
}

describe('routes the user writes for computations the catalog has', () => {
  it('has a table of at least twelve rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(ROWS.filter((r) => !NOT_YET_READ.has(r.name)).map((r) => [r.name, r] as const))(
    'reads %s',
    (_, row) => {
      expect(problemOf(row)).toBe('');
    },
  );

  const notYet = ROWS.filter((r) => NOT_YET_READ.has(r.name));
  if (notYet.length > 0) {
    it.each(notYet.map((r) => [r.name, r] as const))('does not read %s yet', (_, row) => {
      expect(problemOf(row)).not.toBe('');
    });
  }

  it.each(RECORD_ROWS.map((r) => [r.name, r] as const))('reads %s', (name, row) => {
    if (NOT_YET_READ.has(name)) expect(recordProblemOf(row)).not.toBe('');
    else expect(recordProblemOf(row)).toBe('');
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const names = new Set([...ROWS, ...RECORD_ROWS].map((r) => r.name));
    expect([...NOT_YET_READ].filter((n) => !names.has(n))).toEqual([]);
  });
});
