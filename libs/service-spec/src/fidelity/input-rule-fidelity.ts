import type {
  AcceptanceCheck,
  AcceptanceStep,
  EndpointSpec,
  FieldSpec,
  SpecContract,
} from '../spec-contract';
import { fieldsNamedBy, inOwnWords } from '../constraint-reading';
import { missingFieldsNamed } from '../field-naming';
import { readInputRules, writtenStatus, type InputRules, type RuleClause } from '../input-rule-reading';
import { refusalParts, routesOfUnknownRecords, unknownRecordWords } from '../refusal-list';
import { fieldOfNamedRecords } from '../record-subject';
import { boundsOf, holdsRule, withinBounds, type FieldRule } from '../record-rules';
import { lastStep, sentFields } from './worked-examples';
import { isCheckedFormat } from '../value-formats';

/*
 * Input rules stated as a key feature of their own (`input-rule-reading.ts`, read the same way by the designer):
 * a status the feature writes is the one its refusals answer, never silently another; and record endpoints
 * realise such a feature only when the record's fields hold every rule it states (a bound declared exactly, a
 * field required) or, for "an unknown id is a 404", when they are routes with an id that answer 404.
 */

function isClientError(status: number): boolean {
  return status >= 400 && status < 500;
}

/**
 * The status an error example refuses with: its last step's, or the one before the reads that follow it to show
 * the refusal changed nothing ("409, and the quantity stays 12", then a GET of the record).
 */
function refusedStatus(check: AcceptanceCheck): number {
  let i = check.steps.length - 1;
  while (i > 0 && check.steps[i].request.method === 'GET' && !isClientError(check.steps[i].expect.status))
    i -= 1;
  return check.steps[i].expect.status;
}

/** What a refusal feature writing a 4xx status lacks: a 4xx example of its endpoints answering that status. */
export function writtenStatusProblems(feature: string, checks: AcceptanceCheck[], where: string): string[] {
  // A refusal list writes a status per group ("… 400; an unknown sku 404"): each is answered.
  const statuses = refusalParts(feature)?.map((p) => p.rules.status) ?? [
    writtenStatus(feature.toLowerCase()),
  ];
  return [...new Set(statuses)]
    .filter((status): status is number => status !== null && isClientError(status))
    .filter((status) => !checks.some((c) => c.kind === 'error' && refusedStatus(c) === status))
    .map(
      (status) =>
        `it answers ${status}, but no 4xx example of ${where} expects ${status} (another status is not what it asks)`,
    );
}

const isNumberField = (f: FieldSpec) => f.type === 'number' || f.type === 'integer';
/**
 * A number written as text: a string field whose example is digits, spaced or hyphenated in groups (a card
 * number "4539 1488 0343 6467"). Letters sent in it are letters for a number.
 */
const isDigitText = (f: FieldSpec) =>
  f.type === 'string' && typeof f.example === 'string' && /^\d[\d -]*$/.test(f.example);

function requestFields(e: EndpointSpec): FieldSpec[] {
  const params = (e.request.params ?? []).map((p): FieldSpec => ({
    name: p.name,
    type: p.type ?? 'string',
    required: true,
    description: p.description,
    example: p.example,
  }));
  return [...params, ...(e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? []))];
}

/** What a step sends: its body or query, and the values its path puts in the endpoint's path parameters. */
function sentBy(e: EndpointSpec, step: AcceptanceStep): Record<string, unknown> {
  const names: string[] = [];
  const pattern = e.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return '([^/?]*)';
    })
    .join('');
  const found = new RegExp(`^${pattern}(?:\\?|$)`).exec(step.request.path);
  const fromPath = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(found?.[i + 1] ?? '')]));
  return { ...(found ? fromPath : {}), ...sentFields(step) };
}

/** How many digits a number written as text holds ("4539 1488 0343 6467": 16), else undefined. */
function digitCount(f: FieldSpec, v: unknown): number | undefined {
  return isDigitText(f) && typeof v === 'string' && /^[\d -]+$/.test(v)
    ? v.replace(/\D/g, '').length
    : undefined;
}

/**
 * What a bound clause measures of a value sent to `f`: a number field's value, or the digit count of a number
 * written as text when the clause counts digits ("fewer than 12 or more than 19 digits").
 */
function measured(clause: RuleClause, f: FieldSpec, v: unknown): number | undefined {
  if (clause.digits) return digitCount(f, v);
  if (clause.chars) return f.type === 'string' && typeof v === 'string' ? v.length : undefined;
  return isNumberField(f) ? numberOf(v) : diceCounted(clause, f, v);
}

/** Dice and their sides, as bound clauses name them (folded words). */
const DICE_WORDS = new Set(['dice', 'die', 'wurfel', 'dados', 'dado', 'des', 'dadi']);
const NOTATION_WORDS = new Set(['notation', 'notacion', 'notazione', 'notacao']);
const SIDE_WORDS = new Set(['sides', 'side', 'seiten', 'caras', 'faces', 'facce', 'lados']);

/**
 * What a bound on dice or their sides measures of dice notation sent as text ("more than 100 dice" of "101d6": 101;
 * "fewer than 2 sides" of "3d1": 1); undefined for any other text or clause.
 */
function diceCounted(clause: RuleClause, f: FieldSpec, v: unknown): number | undefined {
  if (f.type !== 'string' || typeof v !== 'string') return undefined;
  const m = /^(\d{0,4})[dDwW](\d{1,5})(?:[+-]\d+)?$/.exec(v.trim());
  if (!m) return undefined;
  if (clause.words.some((w) => SIDE_WORDS.has(w))) return Number(m[2]);
  // "una notación mal escrita, 0 dados" is read as said of the notation: its dice are what the number counts.
  const named = (w: string) => DICE_WORDS.has(w) || NOTATION_WORDS.has(w);
  if (clause.words.some(named)) return m[1] === '' ? 1 : Number(m[1]);
  return undefined;
}

/** A number a value stands for: itself, or a query or path text that parses as one. */
function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
}

/** The field each number of a list of numbers is read as (`scores[]`), none for other fields. */
function listItem(f: FieldSpec): FieldSpec[] {
  return f.type === 'number[]' ? [{ ...f, name: `${f.name}[]`, type: 'number' }] : [];
}

/**
 * The values a request sends to each field, the fields of a list's items included (one pair per item), and each
 * number of a list of numbers as a number of its own ("every score between 0 and 100": [50, 101] sends 101).
 */
function sentValues(e: EndpointSpec, sent: Record<string, unknown>): { f: FieldSpec; v: unknown }[] {
  return requestFields(e).flatMap((f) => {
    const v = sent[f.name];
    if (f.type === 'number[]' && Array.isArray(v))
      return [{ f, v }, ...listItem(f).flatMap((item) => v.map((x: unknown) => ({ f: item, v: x })))];
    const items = f.items ?? [];
    if (!Array.isArray(v) || items.length === 0) return [{ f, v }];
    const inner = v.flatMap((item) =>
      item !== null && typeof item === 'object'
        ? items.map((i) => ({ f: i, v: (item as Record<string, unknown>)[i.name] }))
        : [],
    );
    return [{ f, v }, ...inner];
  });
}

/** Whether a refused request of `e` sends a value of the kind a clause names (or leaves a field out). */
function sendsKind(clause: RuleClause, e: EndpointSpec, sent: Record<string, unknown>): boolean {
  const values = sentValues(e, sent);
  switch (clause.kind) {
    case 'bound':
      return values.some(({ f, v }) => {
        const n = measured(clause, f, v);
        return n !== undefined && !withinBounds(clause.rule ?? {}, n);
      });
    case 'zero':
      // "Zero people": a refusal of exactly 0, not of some other value the bound would also refuse ("0 dice": 0d6).
      return values.some(
        ({ f, v }) => (isNumberField(f) && numberOf(v) === 0) || diceCounted(clause, f, v) === 0,
      );
    case 'nan':
      return values.some(
        ({ f, v }) =>
          (isNumberField(f) && typeof v === 'string' && !Number.isFinite(Number(v))) ||
          (isDigitText(f) && typeof v === 'string' && /\p{L}/u.test(v)),
      );
    case 'fraction':
      // Only an integer field's emitted validation refuses 2.5; a number field takes it.
      return values.some(({ f, v }) => f.type === 'integer' && typeof v === 'number' && !Number.isInteger(v));
    case 'empty':
      return values.some(({ v }) => v === '' || (Array.isArray(v) && v.length === 0));
    // Only spaces (a tab or a newline among them): not the empty text, which is another kind.
    case 'blank':
      return values.some(({ v }) => typeof v === 'string' && v !== '' && v.trim() === '');
    // Something written, but no letter or digit in it ("?!", "--- ***").
    case 'letterless':
      return values.some(({ v }) => typeof v === 'string' && v.trim() !== '' && !/[\p{L}\p{N}]/u.test(v));
    // A value of another type where the endpoint reads a text.
    case 'not_string':
      return values.some(({ f, v }) => f.type === 'string' && v !== undefined && typeof v !== 'string');
    case 'missing':
      return requestFields(e).some((f) => f.required && !(f.name in sent));
    case 'unknown':
    case 'malformed':
      return values.some(({ v }) => typeof v === 'string' && v !== '');
  }
}

/**
 * What the computations a refusal-only feature is put on lack (`readInputRules`): for each clause, a 4xx
 * example of them sending a value of its kind — outside the bound it states, letters for a number, empty, a
 * field left out, a string for an unknown or malformed value. Record endpoints are held by `inputRulesHeld`.
 */
export function inputRuleProblems(
  feature: string,
  endpoints: EndpointSpec[],
  checks: AcceptanceCheck[],
): string[] {
  // A refusal list with a status per group: each group held, an unknown record's on the routes it names.
  const parts = refusalParts(feature);
  if (parts)
    return parts.flatMap(({ rules }) => {
      const words = unknownRecordWords(rules);
      return words
        ? unknownRecordsShown(words, endpoints, checks)
        : ruleProblems(rules, feature, endpoints, checks);
    });
  const read = readInputRules(feature);
  return read ? ruleProblems(read, feature, endpoints, checks) : [];
}

/** What the computations among `endpoints` lack to show each clause `read` states (`inputRuleProblems`). */
function ruleProblems(
  read: InputRules,
  feature: string,
  endpoints: EndpointSpec[],
  checks: AcceptanceCheck[],
): string[] {
  const computations = endpoints.filter((e) => e.behavior?.kind === 'function');
  if (read.unknownId || computations.length === 0) return [];
  const refused = checks.filter((c) => c.kind === 'error' && isClientError(lastStep(c).expect.status));
  const shows = (clause: RuleClause) =>
    refused.some((c) => {
      const e = computations.find((x) => x.id === c.endpoint_id);
      return e !== undefined && sendsKind(clause, e, sentBy(e, lastStep(c)));
    });
  return [
    ...read.clauses
      .filter((clause) => !shows(clause))
      .map(
        (clause) =>
          `it refuses ${describe(clause)}${clause.words.length > 0 ? ` (${clause.words.join(' ')})` : ''}, but no 4xx example of ${computations.map((e) => `${e.method} ${e.path}`).join(', ')} sends such a value`,
      ),
    ...read.clauses.flatMap((clause) => acceptedProblems(clause, computations)),
    ...read.clauses.flatMap((clause) => answeredOutside(clause, computations, checks, feature)),
  ];
}

/**
 * "A base outside 2-16 returns 400" beside a conversion whose worked example answers base 36: the bound the
 * feature states is not the computation's, whatever 4xx example it also has (base 37 lies outside both). A worked
 * example answering 2xx for a value outside the bound, in a number input the clause names (an item's field
 * included), contradicts the feature. A clause naming no input is left to the checks above.
 */
function answeredOutside(
  clause: RuleClause,
  computations: EndpointSpec[],
  checks: AcceptanceCheck[],
  feature: string,
): string[] {
  // Only a field's own words name it (a bound put on it quotes the feature in its description).
  const own = <T extends FieldSpec>(f: T) => inOwnWords(f, feature);
  if ((clause.kind !== 'bound' && clause.kind !== 'zero') || clause.words.length === 0) return [];
  // "Zero people" is refused at 0 alone: a worked example answering 0 people contradicts it.
  const refused = (n: number) => (clause.kind === 'zero' ? n === 0 : !withinBounds(clause.rule ?? {}, n));
  return computations.flatMap((e) => {
    const numbers = requestFields(e)
      .flatMap((f) => [f, ...(f.items ?? []), ...listItem(f)])
      .filter(clause.digits ? isDigitText : isNumberField);
    const named = new Set(fieldsNamedBy(clause.words, numbers.map(own)).map((f) => f.name));
    return checks
      .filter(
        (c) => c.endpoint_id === e.id && c.kind === 'happy' && !isClientError(lastStep(c).expect.status),
      )
      .flatMap((c) =>
        sentValues(e, sentBy(e, lastStep(c))).filter(({ f, v }) => {
          const n = named.has(f.name) ? measured(clause, f, v) : undefined;
          return n !== undefined && refused(n);
        }),
      )
      .slice(0, 1)
      .map(
        ({ f, v }) =>
          `it refuses ${describe(clause)} (${clause.words.join(' ')}), but a worked example of ${e.method} ${e.path} answers ${f.name} = ${String(v)}`,
      );
  });
}

/**
 * "Only EUR, USD and GBP are accepted; anything else returns 400": some input lists those values, and no input
 * listing them takes another one (a converter also taking JPY accepts what the feature refuses).
 */
function acceptedProblems(clause: RuleClause, computations: EndpointSpec[]): string[] {
  if (clause.kind !== 'unknown' || !clause.accepted) return [];
  const accepted = clause.accepted.map((v) => v.toLowerCase());
  const listing = computations.flatMap(requestFields).filter((f) => {
    const values = (f.enum ?? []).map((v) => String(v).toLowerCase());
    return values.length > 0 && accepted.every((a) => values.includes(a));
  });
  if (listing.length === 0)
    return [`it accepts only ${accepted.join(', ')}, but no input lists those values`];
  return listing.flatMap((f) => {
    const more = (f.enum ?? []).filter((v) => !accepted.includes(String(v).toLowerCase()));
    return more.length > 0
      ? [`it accepts only ${accepted.join(', ')}, but ${f.name} also takes ${more.join(', ')}`]
      : [];
  });
}

/** How a kind other than a bound is said in a problem. */
const KIND_WORDS: Partial<Record<RuleClause['kind'], string>> = {
  nan: 'not a number',
  fraction: 'not a whole number',
  blank: 'blank (only spaces)',
  letterless: 'without any letter or digit',
  not_string: 'not a string',
};

function describe(clause: RuleClause): string {
  if (clause.kind === 'zero') return 'a value of zero';
  if (clause.kind !== 'bound') return `a value that is ${KIND_WORDS[clause.kind] ?? clause.kind}`;
  const bounds = boundsOf(clause.rule ?? {});
  return `${clause.digits ? 'digit counts' : 'values'} outside ${bounds.map((b) => `${b.op} ${b.limit}`).join(' and ')}`;
}

/** Whether a text field's declared length is exactly the rule on its number of characters. */
function holdsLength(f: FieldSpec, rule: FieldRule): boolean {
  const min = rule.minimum ?? (rule.exclusive_minimum !== undefined ? rule.exclusive_minimum + 1 : undefined);
  const max = rule.maximum ?? (rule.exclusive_maximum !== undefined ? rule.exclusive_maximum - 1 : undefined);
  return (min === undefined || f.min_length === min) && (max === undefined || f.max_length === max);
}

/**
 * Whether record endpoints hold every input rule a feature states (so it needs no verb of keeping records); for a
 * refusal list with a status per group, every group with its own status: an unknown record's group on the routes
 * it names, each showing a 404.
 */
export function inputRulesHeld(feature: string, endpoints: EndpointSpec[], contract: SpecContract): boolean {
  const parts = refusalParts(feature);
  if (!parts) {
    const read = readInputRules(feature);
    return read !== null && rulesHeld(read, endpoints, contract);
  }
  return parts.every(({ rules }) => {
    const words = unknownRecordWords(rules);
    if (words) return unknownRecordsShown(words, endpoints, contract.acceptance).length === 0;
    const routes = endpoints.filter((e) => !rules.unknownId || /\{[^}]+\}/.test(e.path));
    return routes.length > 0 && rulesHeld(rules, routes, contract, rules.status);
  });
}

/**
 * What an unknown-record group lacks among `endpoints`: a route it names (`routesOfUnknownRecords`), and on each
 * such route a worked 404 for a record that is not there.
 */
export function unknownRecordsShown(
  clauses: string[][],
  endpoints: EndpointSpec[],
  checks: AcceptanceCheck[],
): string[] {
  const routes = routesOfUnknownRecords(clauses, endpoints);
  const words = clauses.flat();
  if (routes.length === 0)
    return [`it answers 404 for an unknown ${words.join(' ')}, but no route of it names that record`];
  return routes
    .filter(
      (e) => !checks.some((c) => c.endpoint_id === e.id && c.kind === 'error' && refusedStatus(c) === 404),
    )
    .map(
      (e) =>
        `it answers 404 for an unknown ${words.join(' ')}, but no worked example of ${e.method} ${e.path} expects 404`,
    );
}

/** Whether record endpoints hold every rule `read` states; with `status`, shown by refusals answering it. */
function rulesHeld(
  read: InputRules,
  endpoints: EndpointSpec[],
  contract: SpecContract,
  status: number | null = null,
): boolean {
  const ids = new Set(endpoints.map((e) => e.id));
  const checks = contract.acceptance.filter(
    (c) => ids.has(c.endpoint_id) && (status === null || c.kind !== 'error' || refusedStatus(c) === status),
  );
  if (read.unknownId) {
    return (
      endpoints.every((e) => /\{[^}]+\}/.test(e.path)) &&
      checks.some((c) => c.kind === 'error' && lastStep(c).expect.status === 404)
    );
  }
  const names = new Set(
    endpoints.map((e) => (e.behavior && 'resource' in e.behavior ? e.behavior.resource : '')),
  );
  const stores = (contract.resources ?? []).filter((r) => names.has(r.name));
  const fields: FieldSpec[] = stores.flatMap((r) => r.fields);
  const refusedSent = checks
    .filter((c) => c.kind === 'error' && isClientError(lastStep(c).expect.status))
    .map((c) => sentFields(lastStep(c)));
  return read.clauses.every((clause) => {
    // "A missing room/start/end", "a missing field" (of the one store): each of them required and left out.
    const missing =
      clause.kind === 'missing' && stores.length === 1 ? missingFieldsNamed(clause.words, fields) : [];
    if (missing.length > 0)
      return missing.every((f) => f.required && refusedSent.some((sent) => !(f.name in sent)));
    const byName = fieldsNamedBy(clause.words, fields);
    // "Readings that are not numbers": the records themselves, their one field of the kind.
    const named =
      byName.length > 0
        ? byName
        : stores.flatMap((r) => fieldOfNamedRecords(clause.words, r.name, r.fields, clause.kind) ?? []);
    if (named.length !== 1) return false;
    const [f] = named;
    // A refused create shows it: one sending a value outside the bound, or one leaving the field out.
    const refused = refusedSent;
    if (clause.kind === 'bound' && clause.chars) {
      // "Names longer than 50 characters are refused": the text field's length, shown by a longer text refused.
      const rule = clause.rule ?? {};
      const outside = (v: unknown) => typeof v === 'string' && !withinBounds(rule, v.length);
      return f.type === 'string' && holdsLength(f, rule) && refused.some((sent) => outside(sent[f.name]));
    }
    if (clause.kind === 'bound') {
      const rule = clause.rule ?? {};
      const outside = (v: unknown) => typeof v === 'number' && !withinBounds(rule, v);
      return holdsRule(f, rule) && refused.some((sent) => outside(sent[f.name]));
    }
    if (clause.kind === 'missing') return f.required && refused.some((sent) => !(f.name in sent));
    // An empty text is refused only where the field is required and does not allow it (CONTRACT.md); letters
    // only where the field holds a number; an unknown value only where the field lists its values.
    if (clause.kind === 'empty')
      return (
        f.type === 'string' &&
        f.required &&
        f.allow_empty !== true &&
        refused.some((sent) => sent[f.name] === '')
      );
    if (clause.kind === 'nan') {
      const letters = (v: unknown) => typeof v === 'string' && !Number.isFinite(Number(v));
      return isNumberField(f) && refused.some((sent) => letters(sent[f.name]));
    }
    if (clause.kind === 'fraction') {
      const fraction = (v: unknown) => typeof v === 'number' && !Number.isInteger(v);
      return f.type === 'integer' && refused.some((sent) => fraction(sent[f.name]));
    }
    if (clause.kind === 'unknown') {
      const unlisted = (v: unknown) => typeof v === 'string' && !(f.enum ?? []).includes(v);
      return (f.enum ?? []).length > 0 && refused.some((sent) => unlisted(sent[f.name]));
    }
    // A malformed URL only where the field is a URL (its check takes http and https alone) and a refused create
    // sends one of another scheme or none.
    if (clause.kind === 'malformed') {
      const notWeb = (v: unknown) => typeof v === 'string' && !/^https?:\/\/[^/\s]+/i.test(v);
      if (f.type === 'string' && f.format === 'url') return refused.some((sent) => notWeb(sent[f.name]));
      // A field of a checked format (or an e-mail) refuses what fails its check: a refused create sends one that
      // is not the field's own valid example (the catalog's check is the generated service's; the gate holds the
      // format declared and a worked 400 sending such a value).
      const checked = isCheckedFormat(f.format) || f.format === 'email';
      const other = (v: unknown) => typeof v === 'string' && v !== f.example;
      return f.type === 'string' && checked && refused.some((sent) => other(sent[f.name]));
    }
    return false;
  });
}
