/**
 * Reads a fixed answer a feature spells out: one route answering a status of its own and either a JSON document
 * written with literal values only (`responds 202 {"received": true}`, `GET /version returns {"version":
 * "2.1.0"}`) or no body at all (`answers 204 with no body`, `antwortet 204 ohne Inhalt`, `responde 204 sin
 * cuerpo`, `répond 204 sans contenu`). Shared by the designer, which answers exactly that, and the gate, which
 * holds a contract to it. Pure and deterministic; the feature text is only ever data.
 */
import { isDeepStrictEqual } from 'node:util';
import { routeShape } from '../contract-routing';
import type { EndpointSpec, SpecContract } from '../spec-contract';
import { readFeatureLiterals, topLevelShapes, type LiteralRoute } from './feature-literals';
import { readLiteralType } from './literal-types';
import { namesRecordVerb } from './record-features';

/** A fixed answer: its route, the success status, and the document (absent for an answer without a body). */
export interface FixedAnswer {
  route: LiteralRoute;
  status: number;
  body?: Record<string, unknown>;
}

/** "No body" in the languages intents are written in. */
const NO_BODY =
  /\b(no (response )?body|empty (response )?body|no content|without (a )?body|ohne (inhalt|body|rumpf|antwortk[öo]rper)|leere[mn]? (body|antwort)|sin (cuerpo|contenido)|cuerpo vac[ií]o|sans (contenu|corps)|corps vide|senza (corpo|contenuto)|corpo vuoto|sem (corpo|conte[úu]do)|corpo vazio)\b/i;

/** A shape right after a 4xx status describes an error body, never the answer. */
const ERROR_CUE = /\b4\d\d\b[^{}]{0,25}$/;

/** Words that stand for a value of a kind rather than being one (`"email"`, `"ISO date"`). */
const PLACEHOLDER_WORDS = /\b(iso|email|e-mail|url|uri|uuid|timestamp|date-?time|datetime)\b/i;

/** Whether a JSON value holds only literal values: no type words (`"string"`, `"Zahl"`) nor placeholders. */
function literalOnly(value: unknown): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return true;
  if (typeof value === 'string') {
    if (value.trim() === '' || /^(\.\.\.|…|<.*>|\{.*\}|\$.*)$/.test(value.trim())) return false;
    // A type word ("string", "Zahl", "texto", "optional number") is made of letters; "2.0.0" is a value.
    if (!/^[\p{L} ?]+$/u.test(value.trim())) return true;
    if (PLACEHOLDER_WORDS.test(value.trim())) return false;
    // The type reader keeps a text it cannot read as the rule of a string: that text is a value ("accepted").
    const reading = readLiteralType(value);
    return reading.type === undefined || reading.enum !== undefined || reading.rule === value.trim();
  }
  if (Array.isArray(value)) return value.every(literalOnly);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(literalOnly);
  return false;
}

/** The literal JSON document a feature writes as its answer, when it writes exactly one and nothing else. */
function literalDocument(feature: string): Record<string, unknown> | null | 'other' {
  let document: Record<string, unknown> | null = null;
  for (const shape of topLevelShapes(feature)) {
    const before = feature.slice(Math.max(0, shape.start - 40), shape.start);
    if (ERROR_CUE.test(before)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(shape.text);
    } catch {
      return 'other';
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return 'other';
    if (!literalOnly(parsed) || document !== null) return 'other';
    document = parsed as Record<string, unknown>;
  }
  return document;
}

/** The fixed answer `feature` spells, or null when it spells none (or something more). */
export function readFixedAnswer(feature: string): FixedAnswer | null {
  const literals = readFeatureLiterals(feature);
  if (literals.routes.length !== 1 || literals.request.length > 0 || literals.query.length > 0) return null;
  const route = literals.routes[0];
  // A record's own route, or a feature about keeping records, answers from its records, never a fixed text.
  if (route.path.includes('{') || namesRecordVerb(feature)) return null;
  const success = literals.statuses.filter((s) => s >= 200 && s < 300);
  if (success.length > 1 || success.includes(201) || literals.statuses.some((s) => s >= 300 && s < 400)) {
    return null;
  }
  const document = literalDocument(feature);
  if (document === 'other') return null;
  const empty = NO_BODY.test(feature) || success[0] === 204;
  if (empty) {
    return document === null && (success[0] ?? 204) === 204 ? { route, status: 204 } : null;
  }
  if (document === null) return null;
  return { route, status: success[0] ?? 200, body: document };
}

/** What a fixed answer looks like in a finding: `202 {"received":true}`, `204 without a body`. */
function answerText(status: number, body: unknown): string {
  return body === undefined || body === null
    ? `${status} without a body`
    : `${status} ${JSON.stringify(body)}`;
}

/**
 * What a contract lacks to give the fixed answer `feature` spells on its endpoint `target`: a worked example
 * that calls it and expects exactly that status and document (or no document), and, for a static endpoint, that
 * very answer. Empty when the feature spells no fixed answer.
 */
export function fixedAnswerProblems(feature: string, target: EndpointSpec, contract: SpecContract): string[] {
  const fixed = readFixedAnswer(feature);
  if (!fixed) return [];
  const where = `${target.method} ${target.path}`;
  const wanted = answerText(fixed.status, fixed.body);
  const problems: string[] = [];
  const b = target.behavior;
  if (
    b.kind === 'static' &&
    (b.status !== fixed.status || !isDeepStrictEqual(b.body ?? null, fixed.body ?? null))
  ) {
    problems.push(`${where} answers ${answerText(b.status, b.body)}, not the ${wanted} the feature writes`);
  }
  const shown = contract.acceptance
    .filter((c) => c.endpoint_id === target.id && c.kind === 'happy')
    .some((c) =>
      c.steps.some(
        (s) =>
          s.request.method === target.method &&
          routeShape(s.request.path) === routeShape(target.path) &&
          s.expect.status === fixed.status &&
          (fixed.body === undefined
            ? s.expect.body_contains === undefined
            : isDeepStrictEqual(s.expect.body_contains, fixed.body)),
      ),
    );
  if (!shown) problems.push(`no worked example of ${where} expects the ${wanted} the feature writes`);
  return problems;
}
