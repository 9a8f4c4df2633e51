import {
  extractContract,
  verifySpec,
  type AcceptanceCheck,
  type FieldSpec,
  type SpecContract,
} from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { offlineSpec } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';

/*
 * The phrasing table of record rules written as key features of their own, beside a feature that keeps the
 * records: uniqueness ("creating a part whose sku already exists returns 409", "el correo no puede repetirse",
 * optionally ignoring letter case), presence, bounds, whole numbers and text lengths ("a customer without a name
 * or with a negative revenue is rejected", "servings has to be a whole number, at least 1", "die Menge darf nicht
 * negativ sein"). A row is read when the gate counts every feature of its intent realised, the record field the
 * rule names carries it (unique → a 409 worked example on the create; bounds, presence, whole number, length →
 * a 400 worked example sending a value the rule refuses, or leaving a required field out) and the acceptance
 * pack passes against the reference service. Near misses name a field the records do not have: they stay
 * unrealised (the gate refuses the intent rather than putting the rule on another field).
 */

/** What the rule puts on one record field. */
type Clause =
  | { unique: string; ignoreCase: boolean }
  | {
      field: string;
      required?: true;
      integer?: true;
      minimum?: number;
      exclusive_minimum?: number;
      maximum?: number;
      max_length?: number;
    };

interface Row {
  /** The other features of the intent. */
  base: string[];
  /** The rule feature. */
  text: string;
  want: Clause[];
}

const PARTS = 'Add parts with a sku, a name and a quantity; list them and get one by id';
const SIGNUPS = 'Sign up people with an email and a name; list them';
const DEVICES = 'Register devices with a serial number, a model and an owner; list them';
const CUSTOMERS = 'Store customers with a name, a city and a revenue; list them';
const MESSAGES = 'Add messages with an author and a text; list them';
const RECIPES = 'Save recipes with a title and a number of servings; list them';
const PLANTS = 'Keep plants with a name and the days between waterings; list them';
const TASKS = 'Create tasks with a title, a due date and a priority; list them';
const GUESTS = 'Register guests with a name and an email; list them';
const ARTIKEL = 'Artikel mit Name und Menge anlegen und auflisten';
const MITGLIEDER = 'Mitglieder mit Name und E-Mail anlegen und auflisten';
const GERAETE = 'Geräte mit Seriennummer und Besitzer registrieren und auflisten';
const CLIENTES = 'Registrar clientes con nombre y correo; listarlos';
const RECETAS = 'Guardar recetas con título y porciones; listarlas';
const EVENEMENTS = 'Enregistrer des événements avec un titre et un nombre de places; les lister';
const MESSAGES_FR = 'Enregistrer des messages avec un auteur et un texte; les lister';
const PRODOTTI = 'Registrare prodotti con nome, codice e prezzo; elencarli';
const ALUNOS = 'Cadastrar alunos com nome, e-mail e idade; listar os alunos';

const ROWS: Row[] = [
  // uniqueness, English
  {
    base: [PARTS],
    text: 'creating a part whose sku already exists returns 409',
    want: [{ unique: 'sku', ignoreCase: false }],
  },
  {
    base: [SIGNUPS],
    text: 'an e-mail signs up only once; the second sign-up is 409, ignoring upper/lower case',
    want: [{ unique: 'email', ignoreCase: true }],
  },
  {
    base: [DEVICES],
    text: 'serial numbers are unique, registering one twice must fail',
    want: [{ unique: 'serial_number', ignoreCase: false }],
  },
  {
    base: [GUESTS],
    text: 'the same email cannot be registered twice, whatever its letter case',
    want: [{ unique: 'email', ignoreCase: true }],
  },
  // presence and bounds, English
  {
    base: [CUSTOMERS],
    text: 'a customer without a name or with a negative revenue is rejected',
    want: [
      { field: 'name', required: true },
      { field: 'revenue', minimum: 0 },
    ],
  },
  {
    base: [MESSAGES],
    text: 'messages longer than 280 characters are rejected',
    want: [{ field: 'text', max_length: 280 }],
  },
  {
    base: [RECIPES],
    text: 'servings has to be a whole number, at least 1',
    want: [{ field: 'servings', integer: true, minimum: 1 }],
  },
  {
    base: [PLANTS],
    text: 'days between waterings is a whole number from 1 to 60',
    want: [{ field: 'days_between_waterings', integer: true, minimum: 1, maximum: 60 }],
  },
  {
    base: [TASKS],
    text: 'a task without a title is rejected',
    want: [{ field: 'title', required: true }],
  },
  // German
  { base: [ARTIKEL], text: 'die Menge darf nicht negativ sein', want: [{ field: 'menge', minimum: 0 }] },
  {
    base: [MITGLIEDER],
    text: 'eine E-Mail darf nur einmal vorkommen, Groß- und Kleinschreibung egal',
    want: [{ unique: 'email', ignoreCase: true }],
  },
  {
    base: [GERAETE],
    text: 'eine Seriennummer doppelt anzulegen ergibt 409',
    want: [{ unique: 'seriennummer', ignoreCase: false }],
  },
  // Spanish
  { base: [CLIENTES], text: 'el correo no puede repetirse', want: [{ unique: 'correo', ignoreCase: false }] },
  {
    base: [RECETAS],
    text: 'las porciones deben ser un número entero mayor que 0',
    want: [{ field: 'porciones', integer: true, exclusive_minimum: 0 }],
  },
  // French
  {
    base: [EVENEMENTS],
    text: 'le nombre de places doit être un entier entre 1 et 500',
    want: [{ field: 'nombre_de_places', integer: true, minimum: 1, maximum: 500 }],
  },
  {
    base: [MESSAGES_FR],
    text: 'un texte de plus de 280 caractères est refusé',
    want: [{ field: 'texte', max_length: 280 }],
  },
  // Italian, Portuguese
  {
    base: [PRODOTTI],
    text: 'il codice deve essere univoco: un duplicato restituisce 409',
    want: [{ unique: 'codice', ignoreCase: false }],
  },
  {
    base: [ALUNOS],
    text: 'a idade deve ser um número inteiro de 0 a 120',
    want: [{ field: 'idade', integer: true, minimum: 0, maximum: 120 }],
  },
];

/** The same sentences naming a field the records do not have: no rule may land on another field. */
const NEAR_MISSES: Row[] = [
  { base: [PARTS], text: 'creating a part whose barcode already exists returns 409', want: [] },
  { base: [CUSTOMERS], text: 'a customer with a negative discount is rejected', want: [] },
  { base: [RECIPES], text: 'calories has to be a whole number, at least 1', want: [] },
  { base: [PLANTS], text: 'hours of sunlight is a whole number from 1 to 12', want: [] },
  { base: [DEVICES], text: 'IMEI numbers are unique, registering one twice must fail', want: [] },
  { base: [MESSAGES], text: 'titles longer than 80 characters are rejected', want: [] },
  { base: [ARTIKEL], text: 'der Preis darf nicht negativ sein', want: [] },
  { base: [CLIENTES], text: 'el teléfono no puede repetirse', want: [] },
  { base: [ALUNOS], text: 'a altura deve ser um número inteiro de 0 a 300', want: [] },
  { base: [CUSTOMERS], text: 'a customer without a phone number is rejected', want: [] },
  // A number rule on a field whose name says text: no number comes of a city or a text.
  { base: [CUSTOMERS], text: 'a city above 5 is rejected', want: [] },
  { base: [MESSAGES], text: 'a text of more than 280 is rejected', want: [] },
];

/**
 * Rows not yet read, each failing its own check; the set shrinks as the designer learns them (at the start: 14
 * of 18, every one "no endpoint lists it": a uniqueness said with a verb, a refusal after it or another case
 * phrase; a number rule on a field the store typed as text; a length said as "longer than"; now none: the last,
 * "messages longer than 280 characters", is the message's text since that field says whose text it is).
 */
const NOT_YET_READ = new Set<string>([]);

function fieldOf(contract: SpecContract, name: string): FieldSpec | undefined {
  return contract.resources.flatMap((r) => r.fields).find((f) => f.name === name);
}

/** The body the last step of a check sends. */
function lastBody(check: AcceptanceCheck): Record<string, unknown> | null {
  const body = check.steps.at(-1)?.request.body;
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : null;
}

/** Whether `value` (undefined: left out) breaks the bound clause. */
function breaks(clause: Extract<Clause, { field: string }>, value: unknown): boolean {
  if (value === undefined || value === null) return clause.required === true;
  if (clause.max_length !== undefined) return typeof value === 'string' && value.length > clause.max_length;
  if (typeof value !== 'number') return false;
  return (
    (clause.integer === true && !Number.isInteger(value)) ||
    (clause.minimum !== undefined && value < clause.minimum) ||
    (clause.exclusive_minimum !== undefined && value <= clause.exclusive_minimum) ||
    (clause.maximum !== undefined && value > clause.maximum)
  );
}

/** What the contract lacks of one clause ('' when it holds it). */
function clauseProblem(contract: SpecContract, text: string, clause: Clause): string {
  const mine = new Set(contract.endpoints.filter((e) => e.features.includes(text)).map((e) => e.id));
  const creates = contract.endpoints.filter((e) => e.behavior.kind === 'create' && mine.has(e.id));
  if (creates.length === 0) return 'no create endpoint claims it';
  const creating = new Set(creates.map((e) => e.id));
  const errors = contract.acceptance.filter((c) => creating.has(c.endpoint_id) && c.kind === 'error');
  const name = 'unique' in clause ? clause.unique : clause.field;
  const f = fieldOf(contract, name);
  const names = contract.resources.flatMap((r) => r.fields.map((x) => x.name)).join(', ');
  if (!f) return `no field ${name} (${names})`;
  if ('unique' in clause) {
    if (!f.unique) return `${name} is not unique`;
    if ((f.unique_ignore_case === true) !== clause.ignoreCase)
      return `letter case: ${String(f.unique_ignore_case)}`;
    return errors.some((c) => c.steps.at(-1)?.expect.status === 409) ? '' : 'no 409 example';
  }
  if (clause.required && !f.required) return `${name} is not required`;
  if (clause.integer && f.type !== 'integer') return `${name} is ${f.type}, not integer`;
  for (const key of ['minimum', 'exclusive_minimum', 'maximum', 'max_length'] as const) {
    if (clause[key] !== undefined && f[key] !== clause[key])
      return `${name} ${key} ${String(f[key])}, not ${clause[key]}`;
  }
  const refused = errors.some((c) => {
    const body = lastBody(c);
    return c.steps.at(-1)?.expect.status === 400 && body !== null && breaks(clause, body[name]);
  });
  return refused ? '' : `no 400 example breaking the rule on ${name}`;
}

function problemOf(row: Row): string {
  // The whole SPEC line offline (the draft, then the optimizer's error examples), judged by the gate.
  const features = [...row.base, row.text];
  const i = intentOf({ service_name: 'record-rule-row', key_features: features });
  const markdown = offlineSpec(i);
  const contract = extractContract(markdown);
  const unread = verifySpec(markdown, i)
    .fidelity.map((v, n) => (v.realised ? '' : `unrealised: ${features[n]} (${v.problems.join('; ')})`))
    .filter((x) => x !== '');
  if (unread.length > 0) return unread.join(' | ');
  const missing = row.want.map((c) => clauseProblem(contract, row.text, c)).filter((x) => x !== '');
  if (missing.length > 0) return missing.join(' | ');
  // The worked examples are what a correct implementation answers (the reference service runs them).
  return runAcceptancePack(contract).join(' | ');
}

/** Whether the gate counts a near miss realised (it must not: the field it names is not there). */
function realisedNearMiss(row: Row): boolean {
  const features = [...row.base, row.text];
  const i = intentOf({ service_name: 'record-rule-miss', key_features: features });
  return verifySpec(offlineSpec(i), i).fidelity.at(-1)?.realised === true;
}

describe('record rules written as sentences of their own', () => {
  it('has at least 18 rows and 10 near misses', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(18);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(10);
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)}`, () => {
      expect(problemOf(row)).toBe('');
    });
  }

  if (NOT_YET_READ.size > 0) {
    it('still misses the rows marked as not yet read (remove them from the list once read)', () => {
      const read = ROWS.filter((r) => NOT_YET_READ.has(r.text) && problemOf(r) === '');
      expect(read.map((r) => r.text)).toEqual([]);
    });
  }

  for (const row of NEAR_MISSES) {
    it(`leaves ${JSON.stringify(row.text)} unrealised`, () => {
      expect(realisedNearMiss(row)).toBe(false);
    });
  }
});
