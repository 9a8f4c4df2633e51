import { formatExample } from '../catalog/field-formats';
import { COUNTED_WORDS, answeredCount, keepingVoters } from './adjust-answers';
import {
  fieldRuleConstraints,
  readFeatureLiterals,
  forbidsOverlap,
  stockMoveOfSegment,
  talksOtherThanStock,
  type AdjustBehavior,
  type Behavior,
  type FieldRule,
  type FieldSpec,
  type ResourceSpec,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { readFeature } from './feature-reader';
import { listBoundedFields, mentionOf, NOT_NEGATIVE } from './field-list-rules';
import { actionOf, fold, knownNoun, singular, words } from './lexicon';
import { snakeName } from './naming';
import { movedLevel } from './stock-levels';

/*
 * The record rules as the designer reads them from the intent: bounds a field must respect ("integer >= 0",
 * "never negative", "between 1 and 5"), records addressed by a field the user names (`/items/{sku}`),
 * numeric adjustments ("adjust", "increment a named counter", "add points to a team, created on first use"),
 * resets, unknown keys that read as zero, and intervals (start/end) that must not overlap. English, German,
 * French, Spanish and Italian key words.
 */

/** Verbs that change a number by an amount (folded). */
const ADJUST_WORDS = new Set(
  (
    'adjust adjusts adjustment increment increments incrementing incr inc bump bumps increase increases add adds ' +
    'credit credits award awards score scores tally count counts ' +
    'ajuster incrementer augmenter ajouter ajoute ajoutent crediter ' +
    'ajustar incrementar aumentar sumar suma anadir anade agregar agrega acreditar ' +
    'anpassen erhohen erhoehen hochzahlen hochzaehlen inkrementieren addieren addiert hinzu gutschreiben ' +
    'aggiustare incrementare aumentare aggiungere aggiunge ' +
    'adicionar adiciona somar soma'
  ).split(' '),
);

/**
 * The verbs that make a free-text feature a tally ("increment a named counter"): only those that mean counting
 * up, never the "add" that creates records ("add a task").
 */
const TALLY_WORDS = new Set(
  (
    'increment increments incrementing incr bump bumps increase increases tally ' +
    'incrementer augmenter incrementar aumentar erhohen erhoehen hochzahlen hochzaehlen inkrementieren ' +
    'incrementare aumentare'
  ).split(' '),
);

/** Verbs that set a number back to its start (folded). */
const RESET_WORDS = new Set(
  (
    'reset resets resetting zero clear clears reinitialiser reinitialise remettre reiniciar restablecer ' +
    'zurucksetzen zuruecksetzen nullen azzerare resettare'
  ).split(' '),
);

/** Words a feature marks a record created on first use with. */
const FIRST_USE =
  /\b(created on first use|on first use|created automatically|automatically created|auto-?created|created if (?:it does not|it doesn't) exist|if missing|cree automatiquement|automatisch (?:an|er)gelegt|beim ersten|se crea automaticamente|creado automaticamente|(?:au|a son) premier usage|a la premiere utilisation|al primer uso|al primo uso|no primeiro uso)\b/;

/** "0 if nobody touched it", "zero when unknown", "starts at 0": an unknown key reads as its start value. */
const ZERO_WHEN_UNKNOWN =
  /\b(?:0|zero|null|cero|zéro|zero|null)\b[^.;]{0,30}\b(?:if|when|for|until|before|si|wenn|falls|cuando|quand|se)\b|\b(?:unknown|new|untouched|never (?:used|touched|incremented)|nobody)\b[^.;]{0,40}\b(?:0|zero|cero|null)\b|\bstarts? (?:at|from) (?:0|zero)\b/;

function hasWord(text: string, list: Set<string>): boolean {
  return words(text).some((w) => list.has(w));
}

/** Whether a feature asks for a numeric adjustment ("increment", "adjust", "add points to"). */
export function asksToAdjust(feature: string): boolean {
  return hasWord(feature, ADJUST_WORDS);
}

/** Whether a free-text feature counts something up ("increment", "erhöhen", "incrémenter"). */
export function asksToTally(feature: string): boolean {
  return hasWord(feature, TALLY_WORDS);
}

/** Whether a feature asks to reset a number. */
export function asksToReset(feature: string): boolean {
  return (
    hasWord(feature, RESET_WORDS) ||
    /\b(?:remettre|poner|setzen)\b[^.;]{0,20}\b(?:0|zero|zéro|cero|null)\b/i.test(fold(feature))
  );
}

/** Whether a feature forbids overlapping intervals (a word of overlapping, or a place already taken then). */
export function asksNoOverlap(feature: string): boolean {
  return forbidsOverlap(feature);
}

/** The constraints a written field rule states, applied to `field` (and said in its description); false when unreadable. */
export function applyWrittenRule(field: FieldSpec, rule: string): boolean {
  const constraints = fieldRuleConstraints(rule);
  if (!constraints) return false;
  const numeric = field.type === 'integer' || field.type === 'number';
  if (constraints.format !== undefined ? field.type !== 'string' : !numeric) return false;
  applyConstraints(field, constraints, rule);
  return true;
}

export function applyConstraints(field: FieldSpec, constraints: FieldRule, said: string): void {
  Object.assign(field, constraints);
  if (constraints.format !== undefined) field.example = formatExample(constraints.format);
  else if (typeof field.example === 'number') field.example = inside(field, field.example);
  if (!field.description.includes(said)) field.description = `${field.description}; ${said}`;
}

/** `value` if the field's bounds hold it, else the nearest value they hold. */
function inside(f: FieldSpec, value: number): number {
  const step = f.type === 'integer' ? 1 : 0.5;
  let v = value;
  if (f.minimum !== undefined && v < f.minimum) v = f.minimum;
  if (f.exclusive_minimum !== undefined && v <= f.exclusive_minimum) v = f.exclusive_minimum + step;
  if (f.maximum !== undefined && v > f.maximum) v = f.maximum;
  if (f.exclusive_maximum !== undefined && v >= f.exclusive_maximum) v = f.exclusive_maximum - step;
  return v;
}

const N = '(-?\\d+(?:[.,]\\d+)?)';

/**
 * Bounds a feature states in prose for a numeric field it names: "quantity can never be negative", "a change
 * that would make quantity negative", "rating between 1 and 5", "at least 1 seat", "stock never below 0",
 * German, French and Spanish alike. Returns the constraints per field name.
 */
export function proseBounds(feature: string, fields: FieldSpec[]): Map<string, FieldRule> {
  const text = fold(feature).toLowerCase();
  const found = new Map<string, FieldRule>();
  const numeric = fields.filter((f) => f.type === 'integer' || f.type === 'number');
  // "…, qui ne peuvent jamais être négatifs", "(both >= 0)": every number the list names.
  for (const f of listBoundedFields(text, numeric)) found.set(f.name, { minimum: 0 });
  for (const f of numeric) {
    const name = mentionOf(f, numeric);
    // Each mention with the words after it and before it, within its clause ("a minimum; minimums can never
    // be negative" holds its rule in the second mention's clause).
    const near = new RegExp(`\\b(?:${name})s?\\b`, 'g');
    for (const m of text.matchAll(near)) {
      const after = /^[^.;]{0,60}/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
      const before = /[^.;]{0,40}$/.exec(text.slice(0, m.index))?.[0] ?? '';
      const around = `${after} ${before}`;
      const rule = boundsIn(around);
      if (rule) {
        found.set(f.name, { ...found.get(f.name), ...rule });
        break;
      }
    }
  }
  return found;
}

function boundsIn(text: string): FieldRule | null {
  const num = (s: string) => Number(s.replace(',', '.'));
  let m = new RegExp(`\\b(?:between|entre|zwischen|tra|fra)\\s+${N}\\s+(?:and|et|y|und|e)\\s+${N}`).exec(
    text,
  );
  if (m) return { minimum: num(m[1]), maximum: num(m[2]) };
  m = new RegExp(`\\b(?:from|von|de|desde|da)\\s+${N}\\s+(?:to|bis|a|hasta|au)\\s+${N}\\b`).exec(text);
  if (m && num(m[1]) <= num(m[2])) return { minimum: num(m[1]), maximum: num(m[2]) };
  const rule: FieldRule = {};
  if (NOT_NEGATIVE.test(text)) rule.minimum = 0;
  m = new RegExp(
    `\\b(?:at least|no less than|not below|never below|minimum(?: of)?|min\\.?|mindestens|au moins|al menos|almeno)\\s+${N}`,
  ).exec(text);
  if (m) rule.minimum = num(m[1]);
  m = new RegExp(
    `\\b(?:at most|no more than|not above|never above|cannot exceed|may not exceed|maximum(?: of)?|max\\.?|hochstens|hoechstens|au plus|como maximo|al massimo)\\s+${N}`,
  ).exec(text);
  if (m) rule.maximum = num(m[1]);
  return Object.keys(rule).length > 0 ? rule : null;
}

/** A part without a rule in parentheses said of another field ("the date we bought it (price can't be negative)"). */
export function withoutOthersRule(part: string): string {
  const m =
    /\(\s*(\p{L}+)\s+(?:can|cannot|can't|can’t|must|may|should|is|are|has|needs?|muss|darf|kann|debe|puede|doit|peut|deve|pu[oò]|pode|n[aã]o)\b[^)]*\)/iu.exec(
      part,
    );
  if (!m || /^(?:it|its|this|that|they|these|es|er|sie|il|elle|ils|esso|essa|ele|ela|ello|ella)$/i.test(m[1]))
    return part;
  const outside = fold(part.replace(m[0], ' ')).toLowerCase();
  return new RegExp(`\\b${fold(m[1]).toLowerCase()}`).test(outside) ? part : part.replace(m[0], ' ');
}

/**
 * A field phrase with its bounds taken off: "a rating between 1 and 5" → "a rating" and {1..5}; "at least 1
 * seat" → "seat" and {min 1}. The rule is null when the phrase states none.
 */
export function partRule(phrase: string): { rest: string; rule: FieldRule | null } {
  const text = fold(phrase).toLowerCase();
  const rule = boundsIn(text);
  if (!rule) return { rest: phrase, rule: null };
  const rest = text
    .replace(new RegExp(`\\b(?:between|entre|zwischen|tra|fra)\\s+${N}\\s+(?:and|et|y|und|e)\\s+${N}`), ' ')
    .replace(new RegExp(`\\b(?:from|von|de|desde|da)\\s+${N}\\s+(?:to|bis|a|hasta|au)\\s+${N}\\b`), ' ')
    .replace(
      new RegExp(
        `\\b(?:at least|at most|no less than|no more than|minimum(?: of)?|maximum(?: of)?|mindestens|hochstens|au moins|au plus|al menos)\\s+${N}`,
      ),
      ' ',
    )
    .replace(/\b(?:non[- ]?negative|never negative|not negative)\b/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { rest, rule };
}

/** Bounds read from prose applied to a numeric field (and said in its description). */
export function applyProseRule(field: FieldSpec, rule: FieldRule): void {
  if (field.type === 'integer' || field.type === 'number') applyConstraints(field, rule, describe(rule));
}

/** The numeric field an adjustment changes: named in the feature's answer or text, else the only one. */
export function targetField(r: ResourceSpec, feature: string, amount: string | null): FieldSpec | undefined {
  const numeric = r.fields.filter((f) => (f.type === 'integer' || f.type === 'number') && f.name !== amount);
  const literals = readFeatureLiterals(feature);
  const answered = literals.response.map((f) => f.name);
  const sent = new Set(literals.request.map((f) => f.name));
  const said = words(feature);
  return (
    numeric.find((f) => answered.includes(f.name) && !sent.has(f.name)) ??
    numeric.find((f) => said.includes(f.name) || said.includes(`${f.name}s`)) ??
    (numeric.length === 1 ? numeric[0] : undefined)
  );
}

/** The amount field a feature writes (`{"delta": integer}`), else `amount`. */
function amountOf(feature: string): { name: string; optional: boolean } {
  const written = readFeatureLiterals(feature).request.filter(
    (f) => f.type === 'integer' || f.type === 'number',
  );
  if (written.length === 1)
    return { name: snakeName(written[0].name, 'amount'), optional: written[0].optional };
  const said = words(feature);
  const name = ['amount', 'delta', 'by', 'step', 'points', 'betrag', 'montant', 'cantidad'].find((w) =>
    said.includes(w),
  );
  return { name: name === undefined || name === 'by' ? 'amount' : snakeName(name, 'amount'), optional: true };
}

/** "by 1", "by one", "+1", "increment" without a number: the amount when none is sent. */
function defaultAmount(feature: string, optional: boolean): number | undefined {
  const text = fold(feature).toLowerCase();
  if (/\b(?:by|um|de|en|di)\s+(?:1|one|eins|un|uno|une)\b|\+1\b|\badds? (?:1|one)\b/.test(text)) return 1;
  return optional &&
    /\b(?:increment|incr|inc|bump|erhohen|hochzahlen|incrementer|incrementar|incrementare)\b/.test(text)
    ? 1
    : undefined;
}

/**
 * An adjust endpoint for an item action segment (`POST /items/{sku}/adjust`, `/counters/{name}/increment`), or
 * null when the segment or the feature does not ask for one.
 */
export function literalAdjust(
  b: ContractBuilder,
  feature: string,
  resource: string,
  param: string,
  segment: string,
): AdjustBehavior | null {
  // "POST /items/{sku}/withdraw {"quantity": integer >= 1}": a movement of the records' stock level.
  const direction = talksOtherThanStock(feature) ? null : stockMoveOfSegment(segment);
  const level = direction === null ? undefined : movedLevel(b.resource(resource), direction);
  if (direction !== null && level) {
    const moved: AdjustBehavior = {
      kind: 'adjust',
      resource,
      param,
      field: level.name,
      amount_field: amountOf(feature).name,
      direction,
    };
    if (moved.amount_field === b.resource(resource).key) moved.amount_field = 'quantity';
    return moved;
  }
  const amount = amountOf(feature);
  // "POST /ideas/{id}/upvote → 200 {"votes": number}": a vote counted, when the answer writes the count.
  const counted =
    hasWord(segment.replace(/-/g, ' '), COUNTED_WORDS) && answeredCount(b, feature, amount.name);
  if (!hasWord(segment.replace(/-/g, ' '), ADJUST_WORDS) && !counted) return null;
  const r = b.resource(resource);
  const target = targetField(r, feature, amount.name);
  const written = answeredCount(b, feature, amount.name);
  const field = written ?? target?.name ?? 'value';
  if (written !== null && target?.name === 'value' && !r.fields.some((f) => f.name === written)) {
    // "→ 200 {"name": string, "count": number}": the counter the lexicon calls value is the feature's count.
    target.name = written;
  } else if (!r.fields.some((f) => f.name === field)) b.ensureField(resource, counterField(field));
  const behavior: AdjustBehavior = { kind: 'adjust', resource, param, field, amount_field: amount.name };
  const fallback = defaultAmount(feature, amount.optional);
  if (fallback !== undefined) behavior.amount_default = fallback;
  if (FIRST_USE.test(fold(feature).toLowerCase())) behavior.create_missing = true;
  return keepingVoters(behavior, feature);
}

/**
 * A literal collection POST that adds an amount to a record named in the body and answers a total it was not
 * sent (`POST /points {"team", "points"}` → `{"team", "total"}`, "adds points to a team"): an adjustment keyed
 * by the body's text field, created on first use when the feature says so. Null when the feature is not one.
 */
export function literalBodyAdjust(
  b: ContractBuilder,
  feature: string,
  path: string,
): { resource: string; behavior: AdjustBehavior } | null {
  if (!asksToAdjust(feature)) return null;
  const literals = readFeatureLiterals(feature);
  const sent = literals.request;
  const amounts = sent.filter((f) => f.type === 'integer' || f.type === 'number');
  const keys = sent.filter((f) => f.type === 'string' && !f.optional);
  const totals = literals.response.filter(
    (f) => !sent.some((s) => s.name === f.name) && (f.type === 'integer' || f.type === 'number'),
  );
  if (amounts.length !== 1 || keys.length !== 1 || totals.length !== 1) return null;
  const text = fold(feature).toLowerCase();
  const key = snakeName(keys[0].name, 'name');
  if (
    !new RegExp(
      `\\b(?:to|for|per|of|a|zu|pour|para|per)\\s+(?:an?\\s+|the\\s+|each\\s+|einem?\\s+|einer\\s+|une?\\s+|una\\s+|uma?\\s+|la\\s+|el\\s+)?${key}s?\\b`,
    ).test(text)
  )
    return null;
  const resource = snakeName(key, 'record').replace(/_/g, '-');
  const total = snakeName(totals[0].name, 'total');
  const r = b.resource(resource);
  r.fields = [
    {
      ...keyField(key, `The ${key.replace(/_/g, ' ')} the ${total.replace(/_/g, ' ')} belongs to`),
      example: `sample ${key}`,
    },
    counterField(
      total,
      literals.response.find((f) => f.name === totals[0].name)?.type === 'number' ? 'number' : 'integer',
    ),
  ];
  r.key = key;
  b.claimCollection(resource, path);
  const behavior: AdjustBehavior = {
    kind: 'adjust',
    resource,
    field: total,
    amount_field: snakeName(amounts[0].name, 'amount'),
  };
  if (FIRST_USE.test(text)) behavior.create_missing = true;
  return { resource, behavior };
}

function keyField(name: string, description: string): FieldSpec {
  return { name, type: 'string', required: true, unique: true, description, example: `sample-${name}` };
}

export function counterField(name: string, type: 'integer' | 'number' = 'integer'): FieldSpec {
  return {
    name,
    type,
    required: false,
    default: 0,
    description: `Current ${name.replace(/_/g, ' ')}, 0 until changed`,
    example: 0,
  };
}

/**
 * Free-text features on a tally ("increment a named counter, by 1 or by a given amount", "read the current
 * value of a counter (0 if nobody touched it yet)", "reset a counter to zero"): a resource addressed by its
 * name with a numeric value, adjusted, read and reset. Handled when some feature of the intent adjusts the
 * same noun; returns whether `feature` was realised here.
 */
export function realiseTally(b: ContractBuilder, feature: string, actions: string[]): boolean {
  const tallies = b.contract.service.features.filter(
    (f) => readFeatureLiterals(f).routes.length === 0 && asksToTally(f),
  );
  const noun = tallies.map(tallyNoun).find((n) => n !== null) ?? null;
  if (noun === null || !mentions(feature, noun)) return false;
  const adjusting = asksToTally(feature);
  const resetting = asksToReset(feature);
  const reading = actions.includes('get') || actions.includes('view');
  if (!adjusting && !resetting && !reading) return false;
  const r = tallyResource(
    b,
    noun,
    b.contract.service.features.filter((f) => mentions(f, noun)),
  );
  // The intent's own words for what was understood (the noun, the verb, the value), as for translated nouns.
  b.writtenAs(
    noun,
    words(feature).filter(
      (w) =>
        mentions(w, noun) ||
        ADJUST_WORDS.has(w) ||
        RESET_WORDS.has(w) ||
        VALUE_WORDS.includes(w) ||
        UNDERSTOOD_TOO.has(w) ||
        (reading && actionOf(w) !== null),
    ),
  );
  const key = r.key ?? 'name';
  const value = r.fields.find((f) => f.name !== key)?.name ?? 'value';
  const item = `${b.collectionPath(noun)}/{${key}}`;
  let behavior: Behavior;
  let path = item;
  let method: 'GET' | 'POST' = 'POST';
  if (adjusting) {
    const amount = amountOf(feature);
    const adjust: AdjustBehavior = {
      kind: 'adjust',
      resource: noun,
      param: key,
      field: value,
      amount_field: amount.name,
    };
    const fallback = defaultAmount(feature, amount.optional);
    if (fallback !== undefined) adjust.amount_default = fallback;
    behavior = adjust;
    path = `${item}/increment`;
  } else if (resetting) {
    behavior = { kind: 'reset', resource: noun, param: key, field: value };
    path = `${item}/reset`;
  } else {
    method = 'GET';
    behavior = ZERO_WHEN_UNKNOWN.test(fold(feature).toLowerCase())
      ? { kind: 'get', resource: noun, param: key, absent_as_default: true }
      : { kind: 'get', resource: noun, param: key };
  }
  b.endpoint(method, path, behavior, feature);
  return true;
}

function mentions(feature: string, noun: string): boolean {
  return words(feature).some(
    (w) => w === noun || singular(w) === noun || knownNoun(w) === noun || knownNoun(singular(w)) === noun,
  );
}

/** The noun a tally feature counts: a known noun it names ("compteur" → counter), else the reader's. */
function tallyNoun(feature: string): string | null {
  for (const w of words(feature)) {
    const known = knownNoun(w) ?? knownNoun(singular(w));
    if (known) return known;
  }
  return readFeature(feature).noun;
}

/** Other words a tally feature is read by: "current", and the adjusting verbs' participles ("never incremented"). */
const UNDERSTOOD_TOO = new Set(
  'current aktuell aktuellen aktuelle actuel actuelle actual actuales attuale incremented erhoht erhoeht incremente incrementado incrementato'.split(
    ' ',
  ),
);

/** Words for a tally's number, in the languages intents are written in (folded). */
const VALUE_WORDS = [
  'value',
  'count',
  'total',
  'score',
  'wert',
  'stand',
  'valeur',
  'valor',
  'valore',
  'conteo',
];

/** The tally resource: its written fields kept, else a name key and a value starting at 0. */
function tallyResource(b: ContractBuilder, noun: string, about: string[]): ResourceSpec {
  const existed = b.findResource(noun) !== undefined;
  const r = b.resource(noun);
  if (!existed || !r.key) {
    // The number is named as the intent names it ("Stand", "valeur"), else "value".
    const named = about.flatMap((f) => words(f)).find((w) => VALUE_WORDS.includes(w)) ?? 'value';
    r.fields = [
      keyField('name', `Name of the ${noun.replace(/-/g, ' ')}, chosen by its users`),
      counterField(named),
    ];
    r.key = 'name';
  }
  return r;
}

/** A rule in words, for a field's description ("at least 0", "never > 0"). */
export function describe(rule: FieldRule): string {
  const parts: string[] = [];
  if (rule.minimum !== undefined) parts.push(`>= ${rule.minimum}`);
  if (rule.exclusive_minimum !== undefined) parts.push(`> ${rule.exclusive_minimum}`);
  if (rule.maximum !== undefined) parts.push(`<= ${rule.maximum}`);
  if (rule.exclusive_maximum !== undefined) parts.push(`< ${rule.exclusive_maximum}`);
  return `never ${parts.join(' and ')}`.replace('never >=', 'at least').replace('never <=', 'at most');
}
