import type { IntentInput } from '@sf/contracts';
import { recordBehaviorProblems } from './record-behavior-checks';
import { acceptanceCheckProblems, pathParams } from './acceptance-problems';
import { endpointGaps } from './endpoint-gaps';
import { parentProblems } from './parent-limit';
import { featureFidelity } from './fidelity/feature-fidelity';
import { instructionIn } from './fidelity/instruction-text';
import { routeShape } from './contract-routing';
import { unescapeMarkdown } from './markdown-text';
import { parseSpec, type ParsedSpec } from './parse-spec';
import { absentDefaultProblems, adjustProblems, resourceRuleProblems } from './record-rules';
import { RUBRIC, RUBRIC_VERSION, UNREALISED_FEATURE_CAP, type RubricId } from './rubric';
import { UDC_ENDPOINTS, readsGuardQuota, type EndpointSpec, type SpecContract } from './spec-contract';
import { SPEC_SECTIONS } from './spec-sections';
import { reachProblems } from './reach-checks';
import { unrealisedFeatures, type RubricScore, type SpecVerification } from './verification';

interface Context {
  parsed: ParsedSpec;
  contract: SpecContract | null;
  intent: IntentInput | null;
}

/** Fraction (0–1) earned per rubric check, aligned with the criterion's `checks`, plus findings. */
interface Outcome {
  fractions: number[];
  findings: string[];
}

const NO_CONTRACT = 'cannot be checked without a valid spec-contract block';

function ratio(passed: number, total: number): number {
  return total === 0 ? 1 : passed / total;
}

function label(e: Pick<EndpointSpec, 'method' | 'path'>): string {
  return `${e.method} ${e.path}`;
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}

/** Section text as a reader sees it: escapes and code backticks removed. */
function plain(ctx: Context, section: string): string {
  return unescapeMarkdown(ctx.parsed.sections[section] ?? '').replace(/`/g, '');
}

function checkSections(ctx: Context): Outcome {
  const findings: string[] = [];
  let filled = 0;
  for (const section of SPEC_SECTIONS) {
    const body = ctx.parsed.sections[section];
    if (body === undefined) findings.push(`Add a "## ${section}" section.`);
    else if (body.trim() === '') findings.push(`Fill the "## ${section}" section; it is empty.`);
    else filled += 1;
  }
  const order = Object.keys(ctx.parsed.sections)
    .map((k) => SPEC_SECTIONS.indexOf(k as (typeof SPEC_SECTIONS)[number]))
    .filter((i) => i >= 0);
  const ordered = order.every((v, i) => i === 0 || order[i - 1] < v);
  if (!ordered) findings.push(`Put the sections in this order: ${SPEC_SECTIONS.join(', ')}.`);
  // Order only counts for the sections that are there, so an empty document earns nothing for it.
  const fraction = filled / SPEC_SECTIONS.length;
  return { fractions: [fraction, ordered ? fraction : 0], findings };
}

function tableEndpoints(ctx: Context): Set<string> {
  const listed = new Set<string>();
  for (const line of (ctx.parsed.sections.Endpoints ?? '').split('\n')) {
    if (!line.trim().startsWith('|')) continue;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => unescapeMarkdown(c).replace(/`/g, '').trim());
    const [first = '', second = ''] = cells;
    const combined = /^([A-Za-z]+)\s+(\/\S*)$/.exec(first);
    if (combined) listed.add(`${combined[1].toUpperCase()} ${combined[2]}`);
    else listed.add(`${first.toUpperCase()} ${second}`);
  }
  return listed;
}

function checkEndpoints(ctx: Context): Outcome {
  const c = ctx.contract;
  if (!c) {
    const why = ctx.parsed.contractErrors[0] ?? 'it is missing';
    return {
      fractions: [0, 0, 0],
      findings: [`Add a valid spec-contract JSON block (${why}); endpoints ${NO_CONTRACT}.`],
    };
  }
  const findings: string[] = [];
  if (c.endpoints.length === 0) findings.push('Declare at least one user endpoint in the contract.');
  let complete = 0;
  for (const e of c.endpoints) {
    const gaps = endpointGaps(e);
    if (gaps.length === 0) complete += 1;
    else findings.push(`Endpoint ${label(e)} (${e.id}): add ${gaps.join('; ')}.`);
  }
  const listed = tableEndpoints(ctx);
  let inTable = 0;
  for (const e of c.endpoints) {
    if (listed.has(label(e))) inTable += 1;
    else
      findings.push(
        `List ${label(e)} in the Endpoints table (method, path, description, request, response, errors).`,
      );
  }
  return {
    fractions: [
      c.endpoints.length > 0 ? 1 : 0,
      ratio(complete, c.endpoints.length),
      ratio(inTable, c.endpoints.length),
    ],
    findings,
  };
}

function checkAcceptance(ctx: Context): Outcome {
  const c = ctx.contract;
  if (!c) return { fractions: [0, 0, 0, 0], findings: [`Acceptance checks ${NO_CONTRACT}.`] };
  const findings: string[] = [];
  let covered = 0;
  let errorCovered = 0;
  const withErrors = c.endpoints.filter((e) => e.errors.length > 0);
  for (const e of c.endpoints) {
    if (c.acceptance.some((a) => a.endpoint_id === e.id)) covered += 1;
    else findings.push(`Add an acceptance check for ${label(e)} (${e.id}).`);
  }
  for (const e of withErrors) {
    if (c.acceptance.some((a) => a.endpoint_id === e.id && a.kind === 'error')) errorCovered += 1;
    else {
      const first = e.errors[0];
      findings.push(
        `Add an error-path acceptance check for ${label(e)} (${e.id}), e.g. expecting ${first.status} ${first.code}.`,
      );
    }
  }
  let valid = 0;
  const seen = new Set<string>();
  for (const check of c.acceptance) {
    const problems = acceptanceCheckProblems(c, check);
    if (seen.has(check.id)) problems.push('reuses an id another check already has');
    seen.add(check.id);
    if (problems.length === 0) valid += 1;
    else findings.push(`Fix acceptance check ${check.id} (${problems.join('; ')}).`);
  }
  const section = plain(ctx, 'Acceptance criteria');
  let described = 0;
  for (const check of c.acceptance) {
    if (section.includes(check.id)) described += 1;
    else findings.push(`Describe acceptance check ${check.id} in the Acceptance criteria section.`);
  }
  return {
    fractions: [
      ratio(covered, c.endpoints.length),
      ratio(valid, c.acceptance.length),
      ratio(errorCovered, withErrors.length),
      ratio(described, c.acceptance.length),
    ],
    findings,
  };
}

function serviceSectionValues(ctx: Context): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of plain(ctx, 'Service').split('\n')) {
    const m = /^\s*[-*]?\s*\**\s*(name|type|port|priority)\s*\**\s*:\s*\**\s*(\S+)/i.exec(
      line.replace(/\*\*:/, ':**'),
    );
    if (m && !values.has(m[1].toLowerCase())) values.set(m[1].toLowerCase(), m[2].replace(/[*,;]+$/, ''));
  }
  return values;
}

function behaviorProblems(c: SpecContract, e: EndpointSpec): string[] {
  const b = e.behavior;
  const problems: string[] = [];
  const params = pathParams(e.path);
  const resource = (name: string) => c.resources.find((r) => r.name === name);
  const field = (res: string, name: string) => resource(res)?.fields.find((f) => f.name === name);
  if ('resource' in b && !resource(b.resource)) problems.push(`declare resource ${quoted(b.resource)}`);
  if ('param' in b && b.param !== undefined && !params.includes(b.param) && !readsGuardQuota(b))
    problems.push(`put parameter {${b.param}} in the path`);
  problems.push(...recordBehaviorProblems(c, b, params));
  if (b.kind === 'get' && b.absent_as_default) problems.push(...absentDefaultProblems(c, b.resource));
  const rules = 'resource' in b ? resource(b.resource) : undefined;
  if (rules) problems.push(...resourceRuleProblems(rules));
  switch (b.kind) {
    case 'create':
      if (b.parent) problems.push(...parentProblems(c, b.resource, b.parent, params));
      break;
    case 'update':
      // A change of named fields can only name fields the record holds, and is never a replacement too.
      for (const name of b.fields ?? [])
        if (resource(b.resource) && !field(b.resource, name))
          problems.push(`declare field ${quoted(name)} on ${b.resource} (the update changes it)`);
      if (b.fields && b.replace)
        problems.push('an update either replaces the record or changes named fields');
      break;
    case 'toggle':
    case 'reserve':
    case 'release':
      if (resource(b.resource) && field(b.resource, b.field)?.type !== 'boolean') {
        problems.push(`declare boolean field ${quoted(b.field)} on ${b.resource}`);
      }
      break;
    case 'search':
      for (const name of b.fields) {
        if (resource(b.resource) && field(b.resource, name)?.type !== 'string') {
          problems.push(`declare string field ${quoted(name)} on ${b.resource}`);
        }
      }
      break;
    case 'redirect':
      if (resource(b.resource) && b.key_field !== 'id' && !field(b.resource, b.key_field)) {
        problems.push(`declare key field ${quoted(b.key_field)} on ${b.resource}`);
      }
      if (resource(b.resource) && !field(b.resource, b.target_field)) {
        problems.push(`declare target field ${quoted(b.target_field)} on ${b.resource}`);
      }
      break;
    case 'compute':
      if (b.operation === 'convert' && Object.keys(b.rates).length < 2)
        problems.push('declare at least two rates');
      break;
    case 'webhook_receive':
    case 'webhook_replay':
    case 'webhook_events':
    case 'health_check':
      problems.push(...reachProblems(c, b));
      break;
    case 'adjust':
    case 'reset':
      problems.push(...adjustProblems(c, b));
      break;
    default:
      break;
  }
  return problems;
}

function checkConsistency(ctx: Context): Outcome {
  const c = ctx.contract;
  if (!c) return { fractions: [0, 0, 0, 0, 0], findings: [`Consistency ${NO_CONTRACT}.`] };
  const findings: string[] = [];
  const intent = ctx.intent;

  const stated = serviceSectionValues(ctx);
  const expected: [string, string][] = [
    ['name', c.service.name],
    ['type', c.service.type],
    ['port', String(c.service.port)],
    ['priority', c.service.priority],
  ];
  let sectionOk = 0;
  for (const [key, value] of expected) {
    const got = stated.get(key);
    if (got === value) sectionOk += 1;
    else if (got === undefined)
      findings.push(`State the service ${key} in the Service section as "- **${key}:** ${value}".`);
    else
      findings.push(
        `The Service section gives ${key} ${quoted(got)} but the contract says ${quoted(value)}; make them agree.`,
      );
  }

  let intentOk = expected.length;
  if (intent) {
    const wanted: [string, string, string][] = [
      ['name', intent.service_name, c.service.name],
      ['type', intent.service_type, c.service.type],
      ['port', String(intent.port), String(c.service.port)],
      ['priority', intent.priority, c.service.priority],
    ];
    intentOk = 0;
    for (const [key, want, got] of wanted) {
      if (want === got) intentOk += 1;
      else
        findings.push(
          `Set the service ${key} to ${quoted(want)} as the intent asks (the SPEC says ${quoted(got)}).`,
        );
    }
  }

  let depsMatch = 1;
  if (intent) {
    const missing = intent.dependencies.filter((d) => !c.dependencies.includes(d));
    const extra = c.dependencies.filter((d) => !intent.dependencies.includes(d));
    if (missing.length + extra.length > 0) {
      depsMatch = 0;
      findings.push(
        `Make the dependencies exactly those of the intent (${intent.dependencies.map(quoted).join(', ') || 'none'}); missing: ${missing.map(quoted).join(', ') || 'none'}; extra: ${extra.map(quoted).join(', ') || 'none'}.`,
      );
    }
  }
  const depsText = plain(ctx, 'Dependencies');
  const unnamed = c.dependencies.filter((d) => !depsText.includes(d));
  for (const d of unnamed) findings.push(`Name dependency ${quoted(d)} in the Dependencies section.`);
  const depsNamed = ratio(c.dependencies.length - unnamed.length, c.dependencies.length);

  // An instruction to the generator is data, not a feature an endpoint realises (instruction-fidelity.ts).
  const features = (intent ? intent.key_features : c.service.features).filter((f) => !instructionIn(f));
  let mapped = 0;
  for (const f of features) {
    if (c.endpoints.some((e) => e.features.includes(f))) mapped += 1;
    else
      findings.push(
        `Add an endpoint that realises key feature ${quoted(f)} (list it in the endpoint's features).`,
      );
  }
  const unfeatured = c.endpoints.filter((e) => e.features.length === 0);
  for (const e of unfeatured)
    findings.push(`Endpoint ${label(e)} (${e.id}): list the key feature it realises.`);
  const copied = !intent || JSON.stringify(c.service.features) === JSON.stringify(intent.key_features);
  if (!copied) findings.push("Copy the intent's key features verbatim into service.features.");
  const featureFraction =
    (4 * ratio(mapped, features.length) +
      ratio(c.endpoints.length - unfeatured.length, c.endpoints.length) +
      (copied ? 1 : 0)) /
    6;

  let sound = 0;
  const seenIds = new Set<string>();
  const seenRoutes = new Set<string>();
  for (const e of c.endpoints) {
    const problems = behaviorProblems(c, e);
    const route = `${e.method} ${routeShape(e.path)}`;
    if (seenIds.has(e.id)) problems.push('give it an id no other endpoint has');
    if (seenRoutes.has(route))
      problems.push('remove it or change its path: another endpoint has the same method and path');
    seenIds.add(e.id);
    seenRoutes.add(route);
    if (problems.length === 0) sound += 1;
    else findings.push(`Endpoint ${label(e)} (${e.id}): ${problems.join('; ')}.`);
  }

  return {
    fractions: [
      sectionOk / expected.length,
      intentOk / expected.length,
      (depsMatch + depsNamed) / 2,
      featureFraction,
      ratio(sound, c.endpoints.length),
    ],
    findings,
  };
}

function checkUdc(ctx: Context): Outcome {
  const findings: string[] = [];
  const text = plain(ctx, 'UDC compliance');
  let named = 0;
  for (const endpoint of UDC_ENDPOINTS) {
    const [method, path] = endpoint.split(' ');
    if (new RegExp(`\\b${method}\\s+${path}(?![\\w/-])`).test(text)) named += 1;
    else findings.push(`Name ${endpoint} in the UDC compliance section.`);
  }
  const c = ctx.contract;
  if (!c) {
    findings.push(`The UDC block and path conflicts ${NO_CONTRACT}.`);
    return { fractions: [named / UDC_ENDPOINTS.length, 0, 0], findings };
  }
  const udcPaths = new Set(UDC_ENDPOINTS.map((e) => e.split(' ')[1]));
  const shadowing = c.endpoints.filter((e) => udcPaths.has(routeShape(e.path).toLowerCase()));
  for (const e of shadowing) {
    findings.push(
      `Move ${label(e)} (${e.id}) to another path such as /api${e.path}: it shadows the UDC endpoint ${routeShape(e.path)}.`,
    );
  }
  return { fractions: [named / UDC_ENDPOINTS.length, 1, shadowing.length === 0 ? 1 : 0], findings };
}

const LATENCY_WORD = /latency|p9[059]|percentile|response time/i;
const LATENCY_NUMBER = /\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|seconds?)\b/i;
const SECURITY =
  /authenticat|authoriz|\btls\b|https|encrypt|signature|hmac|secret|validat|sanitiz|rate.?limit|injection|api key|token/i;

function checkNonFunctional(ctx: Context): Outcome {
  const findings: string[] = [];
  const text = plain(ctx, 'Non-functional');
  const latency = LATENCY_WORD.test(text) && LATENCY_NUMBER.test(text);
  if (!latency)
    findings.push('State a numeric latency target in Non-functional, e.g. "p95 latency ≤ 100 ms".');
  const security = SECURITY.test(text);
  if (!security) {
    findings.push(
      'Add concrete security measures to Non-functional (input validation, secret handling, signature checks).',
    );
  }
  const config = plain(ctx, 'Configuration');
  const rows = config.split('\n').filter((l) => l.trim().startsWith('|'));
  const hasTable = rows.length >= 3;
  if (!hasTable)
    findings.push('Add a table to Configuration with each setting, its default and its meaning.');
  const settings = ctx.contract?.config ?? [];
  const unlisted = settings.filter((s) => !rows.some((r) => r.includes(s.name)));
  for (const s of unlisted) findings.push(`List config setting ${s.name} in the Configuration table.`);
  const listed = ctx.contract ? ratio(settings.length - unlisted.length, settings.length) : 0;
  return {
    fractions: [latency ? 1 : 0, security ? 1 : 0, ((hasTable ? 1 : 0) + listed) / 2],
    findings,
  };
}

const CHECKERS: Record<RubricId, (ctx: Context) => Outcome> = {
  sections: checkSections,
  endpoints: checkEndpoints,
  acceptance: checkAcceptance,
  consistency: checkConsistency,
  udc: checkUdc,
  non_functional: checkNonFunctional,
};

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Scores a SPEC.md against {@link RUBRIC}: rule-based, deterministic, no I/O. With an intent, the SPEC is also
 * held to the intent's name, type, port, priority, dependencies and key features.
 */
export function verifySpec(markdown: string, intent?: IntentInput | null): SpecVerification {
  const parsed = parseSpec(markdown);
  const ctx: Context = { parsed, contract: parsed.contract, intent: intent ?? null };
  const rubric = RUBRIC.map((criterion): RubricScore => {
    const { fractions, findings } = CHECKERS[criterion.id](ctx);
    const earned = criterion.checks.reduce((sum, check, i) => sum + check.points * (fractions[i] ?? 0), 0);
    return {
      id: criterion.id,
      name: criterion.name,
      weight: criterion.weight,
      score: round1(earned),
      max: criterion.weight,
      findings,
    };
  });
  const features = intent?.key_features ?? ctx.contract?.service.features ?? [];
  const fidelity = ctx.contract ? featureFidelity(ctx.contract, features) : [];
  const unrealised = unrealisedFeatures({ fidelity });
  const total = round1(rubric.reduce((sum, r) => sum + r.score, 0));
  return {
    score: unrealised.length > 0 ? Math.min(total, UNREALISED_FEATURE_CAP) : total,
    rubric_version: RUBRIC_VERSION,
    rubric,
    findings: [
      ...rubric.flatMap((r) => r.findings),
      ...unrealised.map(
        (f) => `Realise key feature ${quoted(f.feature)} as it is written: ${f.problems.join('; ')}.`,
      ),
    ],
    fidelity,
  };
}
