import type { AcceptanceCheck, EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';
import {
  boundFieldFits,
  fieldsNamedBy,
  readConstraint,
  separatelyNamed,
  newSubject,
  subjectScore,
  type ConstraintReading,
} from '../constraint-reading';
import { boundsOf, holdsRule, withinBounds } from '../record-rules';
import { readRefusedRange } from '../refused-range';
import { scopedRepeatHeld } from '../scoped-repeat';
import { misreadBound, readInputRules } from '../input-rule-reading';
import {
  roundsByMode,
  readRoundingMode,
  roundingDecimalsIn,
  roundingModeWords,
  type RoundingMode,
} from '../rounding-mode';
import { concreteExpectation, label, lastStep, sentFields } from './worked-examples';
import { answersInOwnWords } from './function-domains';
import { fieldRuleProblems } from './field-rule-fidelity';
import { saysSlugCut, slugCutProblems } from './slug-cut-fidelity';
import { readRating } from '../rating-scale';
import { ratingKept } from './described-records';

/*
 * A feature that only constrains another feature's endpoint (`constraint-reading.ts`: a bound, a default,
 * rounding, one more result) is realised only when the contract element that does it carries it, with a
 * worked example that a service ignoring it fails. Listing the feature on the endpoint it constrains, as the
 * free-text rule asks, says nothing about whether the field got its bound.
 */

/** The request fields of an endpoint and, for record endpoints, the fields of its resource. */
function fieldsOf(contract: SpecContract, e: EndpointSpec): FieldSpec[] {
  const request = e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? []);
  const b = (e.behavior ?? {}) as { resource?: unknown };
  const resource =
    typeof b.resource === 'string'
      ? (contract.resources ?? []).find((r) => r.name === b.resource)
      : undefined;
  return [...request, ...(resource?.fields ?? [])];
}

function numeric(f: FieldSpec): boolean {
  return f.type === 'number' || f.type === 'integer';
}

function readNumber(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

function checksOf(contract: SpecContract, endpoints: EndpointSpec[]): AcceptanceCheck[] {
  const ids = new Set(endpoints.map((e) => e.id));
  return contract.acceptance.filter((c) => ids.has(c.endpoint_id));
}

/** Decimal places of a number as JSON writes it. */
function places(n: number): number {
  const text = String(n);
  return text.includes('.') && !text.includes('e') ? text.length - text.indexOf('.') - 1 : 0;
}

function numbersIn(value: unknown, into: number[] = []): number[] {
  if (typeof value === 'number') into.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, into);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) numbersIn(v, into);
  return into;
}

/**
 * What a feature asking for a rounding mode ("rounded up to the next cent", banker's rounding) lacks: a
 * computation that honours `options.rounding` set to that mode (and to the decimals it names), with a worked
 * example answering a number. A computation rounding half away from zero never realises it.
 */
function roundingProblems(
  contract: SpecContract,
  mode: RoundingMode,
  feature: string,
  endpoints: EndpointSpec[],
  where: string,
): string[] {
  const decimals = roundingDecimalsIn(feature);
  const rounded = endpoints.filter(
    (e) =>
      e.behavior.kind === 'function' && roundsByMode(e.behavior) && e.behavior.options?.rounding === mode,
  );
  if (rounded.length === 0) {
    return [
      `it rounds ${roundingModeWords(mode)}, but no computation of ${where} rounds that way (options.rounding "${mode}"; without it a computation rounds half away from zero)`,
    ];
  }
  const exact = rounded.filter(
    (e) => decimals === null || (e.behavior.kind === 'function' && e.behavior.options?.decimals === decimals),
  );
  if (exact.length === 0) {
    return [
      `it rounds ${roundingModeWords(mode)} to ${decimals} decimals, but ${where} is set to other decimals`,
    ];
  }
  const ids = new Set(exact.map((e) => e.id));
  const shown = checksOf(contract, exact).some(
    (c) =>
      ids.has(c.endpoint_id) && c.kind === 'happy' && numbersIn(lastStep(c).expect.body_contains).length > 0,
  );
  return shown
    ? []
    : [`it rounds ${roundingModeWords(mode)}, but no worked example of ${where} answers a number`];
}

/** Words saying that what breaks a rule is refused (a list of thresholds without them classifies instead). */
const REFUSES =
  /\b(?:4\d\d|else|otherwise|reject\w*|refus\w*|invalid|error|sonst|ansonsten|abgelehnt|ablehnen|fehler|si no|rechaz\w*|sinon|rejet\w*)\b/;

/** The clauses of a feature that each read as a bound ("x >= 1, y > 0 and z between 0 and 100"). */
function boundClauses(feature: string): string[] {
  return feature
    .split(/[,;]|\b(?:and|und|y|et|e)\b(?!\s*-?\d)/i)
    .map((clause) => clause.trim())
    .filter((clause) => readConstraint(clause)?.kind === 'bound');
}

/** A bound on a number a text field holds ("more than 100 dice" of "101d6"): a 4xx example sends one beyond it. */
function textBoundProblems(
  contract: SpecContract,
  reading: Extract<ConstraintReading, { kind: 'bound' }>,
  endpoints: EndpointSpec[],
  where: string,
  textual: FieldSpec[],
): string[] {
  const held = new Set(textual.map((f) => f.name));
  const beyond = checksOf(contract, endpoints).some((c) => {
    const step = lastStep(c);
    if (c.kind !== 'error' || step.expect.status < 400 || step.expect.status >= 500) return false;
    return sentWithItems(step).some(
      ([k, v]) =>
        held.has(k) &&
        typeof v === 'string' &&
        (v.match(/\d+/g) ?? []).some((d) => !withinBounds(reading.rule, Number(d))),
    );
  });
  return beyond
    ? []
    : [`it refuses values of "${reading.subject.join(' ')}", but no 4xx example of ${where} sends one`];
}

/**
 * A feature stating which values of a field are refused ("weights over 700 kg are rejected") is realised by a
 * 4xx example sending such a value to a number field it names; a bound that field declares on the same side
 * must be exactly the feature's (a service refusing from 600 on also refuses 700.5).
 */
function refusedRangeProblems(
  contract: SpecContract,
  reading: Extract<ConstraintReading, { kind: 'bound' }>,
  endpoints: EndpointSpec[],
  where: string,
): string[] {
  const subject = reading.subject.join(' ');
  // The fields of a list's items count too: "a negative price is refused" of order lines' unit prices; so do the
  // number parameters of a path ("GET /roman/{n}": "0, 4000 and non-integers return 400").
  const numbers = endpoints
    .flatMap((e) => [...fieldsOf(contract, e), ...numberParams(e)])
    .flatMap((f) => [f, ...(f.type === 'object[]' ? (f.items ?? []) : [])])
    .filter(numeric);
  // "Withdrawals above 500 euros" names the record, not its one number field: that field is meant.
  const found = fieldsNamedBy(reading.subject, numbers);
  // "Invalid notation (…, more than 100 dice)" names a text field, not a number: the bound is on a number the text
  // holds, shown by a 4xx example sending that text with a number beyond it ("101d6").
  const texts = endpoints.flatMap((e) => fieldsOf(contract, e)).filter((f) => f.type === 'string');
  const textual = found.length === 0 ? fieldsNamedBy(reading.subject, texts) : [];
  if (textual.length > 0) return textBoundProblems(contract, reading, endpoints, where, textual);
  const named = found.length > 0 ? found : new Set(numbers.map((f) => f.name)).size === 1 ? numbers : [];
  if (named.length === 0) {
    return numbers.length === 0
      ? [`it refuses values of "${subject}", but ${where} has no number field`]
      : [];
  }
  const keys = ['minimum', 'maximum', 'exclusive_minimum', 'exclusive_maximum'] as const;
  const contradicting = named.filter((f) =>
    keys.some((k) => reading.rule[k] !== undefined && f[k] !== undefined && f[k] !== reading.rule[k]),
  );
  if (contradicting.length > 0) {
    return [
      `it refuses values of "${subject}" beyond ${boundsOf(reading.rule)
        .map((x) => `${x.op} ${x.limit}`)
        .join(', ')}, but ${contradicting.map((f) => f.name).join(', ')} declares another bound`,
    ];
  }
  const names = new Set(named.map((f) => f.name));
  const shown = checksOf(contract, endpoints).some((c) => {
    const step = lastStep(c);
    if (c.kind !== 'error' || step.expect.status < 400 || step.expect.status >= 500) return false;
    const e = endpoints.find((x) => x.id === c.endpoint_id);
    return [...sentWithItems(step), ...(e ? pathValues(e, step.request.path) : [])].some(([k, v]) => {
      const n = readNumber(v);
      return names.has(k) && n !== null && !withinBounds(reading.rule, n);
    });
  });
  // Or one sending a text with a number beyond the bound ("notación … más de 100 dados": "101d6").
  return shown ? [] : textBoundProblems(contract, reading, endpoints, where, texts);
}

/** The number parameters of an endpoint's path, as the fields they are (`{n}` read as an integer). */
function numberParams(e: EndpointSpec): FieldSpec[] {
  return (e.request.params ?? [])
    .filter((p) => p.type === 'integer' || p.type === 'number')
    .map((p) => ({
      name: p.name,
      type: p.type as 'integer' | 'number',
      required: true,
      description: p.description,
      example: p.example,
    }));
}

/** The values a request path gives the endpoint's path parameters (`/roman/0` of `/roman/{n}`: n = "0"). */
function pathValues(e: EndpointSpec, path: string): [string, unknown][] {
  const names = [...e.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const pattern = e.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '([^/?]+)');
  const m = new RegExp(`^${pattern}(?:\\?|$)`).exec(path);
  if (!m) return [];
  return names.map((name, i): [string, unknown] => {
    try {
      return [name, decodeURIComponent(m[i + 1])];
    } catch {
      return [name, m[i + 1]];
    }
  });
}

/** The fields a step sends, with those of the objects in a list it sends (an order's lines). */
function sentWithItems(step: ReturnType<typeof lastStep>): [string, unknown][] {
  return Object.entries(sentFields(step)).flatMap(([k, v]): [string, unknown][] => [
    [k, v],
    ...(Array.isArray(v)
      ? v.flatMap((item: unknown) =>
          item !== null && typeof item === 'object' ? Object.entries(item as Record<string, unknown>) : [],
        )
      : []),
  ]);
}

/** True when a worked answer of `endpoints` holds a number with more than `decimals` places. */
function overRounded(contract: SpecContract, endpoints: EndpointSpec[], decimals: number): boolean {
  const ids = new Set(endpoints.map((e) => e.id));
  return checksOf(contract, endpoints).some(
    (c) =>
      ids.has(c.endpoint_id) &&
      c.kind === 'happy' &&
      numbersIn(lastStep(c).expect.body_contains).some((n) => places(n) > decimals),
  );
}

export function constraintProblems(
  contract: SpecContract,
  feature: string,
  endpoints: EndpointSpec[],
): string[] {
  if (endpoints.length === 0) return [];
  const where = endpoints.map(label).join(', ');
  // "guests rate each recipe between 1 and 10" bounds the rating it keeps, not a field named after its words.
  if (readRating(feature) !== null)
    return ratingKept(feature, endpoints)
      ? []
      : [
          `it keeps ratings on a scale, but no create of ${where} requires the item and a rating bounded by it`,
        ];
  // "rounded to 2 decimals": a worked answer carrying more places than that contradicts it, whatever else the
  // feature asks (found by the blind h4 set: a population standard deviation "rounded to 2 decimals" deployed
  // answering 9.8488578018).
  // "the number of people must be a whole number, otherwise 400" refuses fractions; it rounds nothing.
  const refusesFractions = readInputRules(feature)?.clauses.some((c) => c.kind === 'fraction') ?? false;
  const asked = refusesFractions ? null : roundingDecimalsIn(feature);
  if (asked !== null && overRounded(contract, endpoints, asked)) {
    return [`it rounds to ${asked} decimals, but a worked example of ${where} answers a number with more`];
  }
  // Rounding up, down or half to even is realised only by a computation set to that rounding mode.
  const mode = readRoundingMode(feature);
  if (mode) return roundingProblems(contract, mode, feature, endpoints, where);
  // "people >= 1, bill > 0 and tip_percent between 0 and 100": each bound it states must hold on its own.
  const bounds = REFUSES.test(feature.toLowerCase()) ? boundClauses(feature) : [];
  if (bounds.length >= 2) return bounds.flatMap((clause) => constraintProblems(contract, clause, endpoints));
  const read = readConstraint(feature);
  // A bound the input-rule reader reads otherwise is held by `inputRuleProblems` (each clause shown refused).
  const reading = read?.kind === 'bound' && misreadBound(feature, read.rule) ? null : read;
  if (reading === null) {
    const refused = readRefusedRange(feature);
    return refused ? refusedRangeProblems(contract, refused, endpoints, where) : [];
  }
  const checks = checksOf(contract, endpoints);
  const subject = reading.subject.join(' ');
  // "The slug is at most 20 characters, cut at a word boundary" shortens the slug; it refuses nothing.
  if (reading.kind === 'length' && reading.max !== undefined && saysSlugCut(feature))
    return slugCutProblems(reading.max, endpoints, checks);
  switch (reading.kind) {
    case 'length':
    case 'email':
    case 'required':
      return fieldRuleProblems(
        reading,
        endpoints.flatMap((e) => fieldsOf(contract, e)),
        checks,
        where,
      );
    case 'rounding':
      return roundingProblems(contract, reading.mode, feature, endpoints, where);
    case 'bound': {
      const fitting = endpoints
        .flatMap((e) => fieldsOf(contract, e))
        .filter((f) => boundFieldFits(reading, f));
      // "quantities and reorder levels are never negative": each field it names must hold the bound, shown.
      const each = separatelyNamed(reading.subject, fitting);
      if (each.length >= 2)
        return each.flatMap((named) => boundProblems(reading, named, checks, where, named[0].name));
      return boundProblems(reading, fieldsNamedBy(reading.subject, fitting), checks, where, subject);
    }
    case 'default': {
      const same = (v: unknown) => String(v).toLowerCase() === String(reading.value).toLowerCase();
      const named = fieldsNamedBy(
        reading.subject,
        endpoints.flatMap((e) => fieldsOf(contract, e)),
      ).filter((f) => !f.required && f.default !== undefined && same(f.default));
      if (named.length === 0) {
        return [
          `it gives "${subject}" a default of ${String(reading.value)}, but no optional field of ${where} it names has that default`,
        ];
      }
      const names = new Set(named.map((f) => f.name));
      const shown = checks.some((c) => {
        const step = lastStep(c);
        if (c.kind !== 'happy' || !concreteExpectation(step)) return false;
        const sent = sentFields(step);
        return [...names].some((n) => !(n in sent));
      });
      return shown
        ? []
        : [
            `it gives "${subject}" a default, but no worked example of ${where} leaves it out and shows the answer`,
          ];
    }
    case 'decimals': {
      // An owner's figure over records ("a student's average mark, rounded to one decimal") rounds as its
      // behaviour's decimals say.
      const rounded = endpoints.filter(
        (e) =>
          (e.behavior.kind === 'function' && e.behavior.options?.decimals === reading.decimals) ||
          (e.behavior.kind === 'owner_aggregate' && e.behavior.decimals === reading.decimals),
      );
      if (rounded.length === 0) {
        return [
          `it rounds to ${reading.decimals} decimals, but no computation of ${where} is set to that many`,
        ];
      }
      if (reading.decimals === 0) return [];
      const ids = new Set(rounded.map((e) => e.id));
      const shown = checks.some(
        (c) =>
          ids.has(c.endpoint_id) &&
          c.kind === 'happy' &&
          numbersIn(lastStep(c).expect.body_contains).some((n) => places(n) === reading.decimals),
      );
      return shown
        ? []
        : [
            `it rounds to ${reading.decimals} decimals, but no worked example of ${where} answers a number with that many`,
          ];
    }
    case 'unique': {
      // "Duplicate events", "the same id" beside a webhook receiver: events are kept once by their id, and a
      // refusal of repeats is held by webhookProblems (a receiver that refuses them with 409).
      if (endpoints.some((e) => e.behavior?.kind === 'webhook_receive')) return [];
      // "each person upvotes an idea only once": an upvote that keeps its voters refuses the repeat (409).
      if (endpoints.some((e) => e.behavior?.kind === 'adjust' && e.behavior.voter_field)) return [];
      // "la stessa email non può iscriversi due volte allo stesso corso": unique under one parent, not overall.
      if (scopedRepeatHeld(feature, endpoints)) return [];
      const named = fieldsNamedBy(
        reading.subject,
        endpoints.flatMap((e) => fieldsOf(contract, e)).filter((f) => f.type === 'string'),
      ).filter((f) => f.unique === true && (!reading.ignoreCase || f.unique_ignore_case === true));
      if (named.length === 0) {
        return [
          `it makes "${subject}" unique${reading.ignoreCase ? ' ignoring letter case' : ''}, but no string field of ${where} it names is`,
        ];
      }
      const names = new Set(named.map((f) => f.name));
      // A 409 example whose refused value was sent before (in other letter case, when case is ignored).
      const shown = checks.some((c) => {
        const last = lastStep(c);
        if (c.kind !== 'error' || last.expect.status !== 409) return false;
        const earlier = c.steps.slice(0, -1).map((s) => sentFields(s));
        return Object.entries(sentFields(last)).some(
          ([k, v]) =>
            names.has(k) &&
            typeof v === 'string' &&
            earlier.some((sent) => {
              const before = sent[k];
              if (typeof before !== 'string') return false;
              return reading.ignoreCase
                ? before !== v && before.toLowerCase() === v.toLowerCase()
                : before === v;
            }),
        );
      });
      return shown
        ? []
        : [
            `it makes "${subject}" unique, but no 409 example of ${where} sends a value ${reading.ignoreCase ? 'that differs from an earlier one only in letter case' : 'sent before'}`,
          ];
    }
    case 'output': {
      // What it asks for beyond what the endpoint's other features say ("average length", not "words").
      const others = endpoints.flatMap((e) => e.features).filter((f) => f !== feature);
      const asked = newSubject(reading.subject, others);
      const answered = checks.some((c) => {
        const step = lastStep(c);
        const body = step.expect.body_contains;
        if (c.kind !== 'happy' || body === null || typeof body !== 'object' || Array.isArray(body))
          return false;
        const e = endpoints.find((x) => x.id === c.endpoint_id);
        return Object.entries(body).some(
          ([k, v]) =>
            v !== null &&
            typeof v !== 'boolean' &&
            (subjectScore(asked, { name: k, description: '' }) > 0 ||
              (e !== undefined && answersInOwnWords(e, k, asked))),
        );
      });
      return answered
        ? []
        : [
            `it asks for "${subject}" as well, but no worked example of ${where} answers a field that names it`,
          ];
    }
  }
}

/** A bound realised on the fields it names: one of them declares exactly it, and a 4xx example sends one beyond. */
function boundProblems(
  reading: Extract<ConstraintReading, { kind: 'bound' }>,
  named: FieldSpec[],
  checks: AcceptanceCheck[],
  where: string,
  subject: string,
): string[] {
  const held = named.filter((f) => holdsRule(f, reading.rule));
  if (held.length === 0) {
    return [`it bounds "${subject}", but no number field of ${where} it names declares exactly those bounds`];
  }
  // "a whole number from 1 to 60": a number field would take 2.5.
  if (reading.integer && !held.some((f) => f.type === 'integer'))
    return [`it makes "${subject}" a whole number, but the field of ${where} it names takes fractions`];
  const names = new Set(held.map((f) => f.name));
  const shown = checks.some((c) => {
    const step = lastStep(c);
    if (c.kind !== 'error' || step.expect.status < 400 || step.expect.status >= 500) return false;
    return Object.entries(sentFields(step)).some(([k, v]) => {
      const n = readNumber(v);
      return names.has(k) && n !== null && !withinBounds(reading.rule, n);
    });
  });
  return shown
    ? []
    : [`it bounds "${subject}", but no 4xx example of ${where} sends a value outside the bounds`];
}
