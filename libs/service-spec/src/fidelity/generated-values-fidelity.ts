import type { AcceptanceStep, EndpointSpec, SpecContract } from '../spec-contract';
import { shapesIn, type ValueShape } from '../value-shapes';
import { requiredUuidVersion, uuidVersionProblems } from './uuid-version-fidelity';

/*
 * A feature that asks for a value made anew on every call (a random UUID, a random token, a number drawn from a
 * range) is realised only by worked examples that state the value's shape (value-shapes.ts) and show it new: a
 * second call's value differs from the first's (or a batch's values differ among themselves). An endpoint whose
 * examples expect one fixed value, or any value at all, does not realise it: a constant answer passes them. The
 * shape must be the one asked for: the UUID version written (4 when none is), the range's exact ends.
 */

/** What a feature asks to generate, as the gate reads it. */
export type GeneratedValue =
  { kind: 'uuid'; version: number } | { kind: 'token' } | { kind: 'integer'; min: number; max: number };

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, ' ');
}

const GENERATE =
  /\b(?:generat\w*|generar|genera|generer|generare|gerar|gera|erzeug\w*|generier\w*|create|creates|new|neue?[nrs]?|nuev[oa]s?|nouveau|nouvelle|nouveaux|nuov[oaie]|nov[oa]s?|fresh|random|zufall\w*|aleatori\w*|aleatoire\w*|casual[ei]|azar|sortear|draw|ziehen|tirer)\b/;
const RANDOM = /\b(?:random|zufall\w*|aleatori\w*|aleatoire\w*|casual[ei]|azar|sortear)\b/;
const CHECKING =
  /\b(?:valid\w*|check\w*|verif\w*|inspect\w*|gultig\w*|pruf\w*|comprobar|controllare|parse|parses|decode|decodes)\b/;
const TOKEN = /\b(?:tokens?|jetons?|api keys?|secret|schlussel|clave|chiave|chave)\b/;
const INTEGER =
  /\b(?:integers?|numbers?|zahl\w*|zufallszahl\w*|ganze|numeros?|entero|enteros|nombres?|entiers?|inter[oi]|inteiros?)\b/;
const DICE = /\b(?:dice|die|wurfel\w*|dados?|dadi|password\w*|passwort\w*|contrasena\w*|senha\w*|bucket)\b/;

/** The value a feature asks to generate anew on every call, or null. */
export function generatedValueOf(feature: string): GeneratedValue | null {
  const text = fold(feature.replace(/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' '));
  if (!GENERATE.test(text) || CHECKING.test(text)) return null;
  if (/\b(?:uuids?|guids?)\b/.test(text)) return { kind: 'uuid', version: requiredUuidVersion(feature) || 4 };
  if (DICE.test(text)) return null;
  // "the tokens the client has left (3 for a new client)" counts a bucket's tokens: a token is drawn at random.
  if (TOKEN.test(text)) return RANDOM.test(text) ? { kind: 'token' } : null;
  if (!RANDOM.test(text) || !INTEGER.test(text)) return null;
  const range =
    /\b(?:from|de|desde|von|da|between|entre|zwischen|tra|fra)\s+(-?\d+)\s+(?:to|a|al|bis|and|y|et|und|e|ate)\s+(-?\d+)\b/.exec(
      text,
    );
  return range ? { kind: 'integer', min: Number(range[1]), max: Number(range[2]) } : null;
}

function everyShape(shape: ValueShape): ValueShape[] {
  return shape.each ? [shape, ...everyShape(shape.each)] : [shape];
}

/** The shapes the happy steps calling `target` expect, each with whether its step shows the value new. */
function shapesOf(
  contract: SpecContract,
  target: EndpointSpec,
): { shape: ValueShape; step: AcceptanceStep }[] {
  return contract.acceptance
    .filter((c) => c.endpoint_id === target.id && c.kind === 'happy')
    .flatMap((c) => c.steps)
    .filter((s) => s.request.method === target.method && s.expect.status < 300)
    .flatMap((step) => shapesIn(step.expect.body_contains).map((shape) => ({ shape, step })));
}

/** Whether a shape shows its value new: it differs from an earlier call's, or a batch of 2+ is pairwise distinct. */
function showsNew(shape: ValueShape): boolean {
  return shape.differs_from !== undefined || (shape.distinct === true && (shape.length ?? 0) >= 2);
}

/**
 * Problems of the endpoints claimed for a feature that asks for a new value on every call (see the file
 * comment); none for other features.
 */
export function generatedValueProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const asked = generatedValueOf(feature);
  if (!asked || endpoints.length === 0) return [];
  const found = endpoints.flatMap((e) => shapesOf(contract, e));
  const where = endpoints.map((e) => `${e.method} ${e.path}`).join(', ');
  if (found.length === 0) {
    return [
      `the feature asks for a new value on every call, but no worked example of ${where} states the value's shape ($shape): an answer that is always the same would pass its examples`,
    ];
  }
  const problems: string[] = [];
  const all = found.flatMap((f) => everyShape(f.shape));
  if (asked.kind !== 'integer' && !found.some((f) => showsNew(f.shape))) {
    problems.push(
      `the feature asks for a new value on every call, but no worked example of ${where} shows two values differ (differs_from, or a distinct batch)`,
    );
  }
  if (asked.kind === 'uuid' && !all.some((s) => s.uuid_version === asked.version)) {
    problems.push(
      `the feature asks for version ${asked.version} UUIDs, but no worked example of ${where} expects one`,
    );
  }
  if (
    asked.kind === 'uuid' &&
    all.some((s) => s.uuid_version !== undefined && s.uuid_version !== asked.version)
  ) {
    problems.push(`a worked example of ${where} expects a UUID of another version than ${asked.version}`);
  }
  if (asked.kind === 'integer' && !all.some((s) => s.min === asked.min && s.max === asked.max)) {
    problems.push(
      `the feature draws a whole number from ${asked.min} to ${asked.max}, but no worked example of ${where} expects one within exactly those ends`,
    );
  }
  return problems;
}

/** A literal feature's findings about values of a kind: a UUID check's version, and values generated anew. */
export function valueKindProblems(feature: string, target: EndpointSpec, contract: SpecContract): string[] {
  return [
    ...uuidVersionProblems(feature, target, contract),
    ...generatedValueProblems(feature, [target], contract),
  ];
}
