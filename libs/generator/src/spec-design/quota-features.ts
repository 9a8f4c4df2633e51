import { readFeatureLiterals, type EndpointSpec, type QuotaBehavior } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold } from './lexicon';

/*
 * Quota features: "at most 3 requests per key per 60 seconds, the 4th returns 429", "limit each client to 100
 * calls per minute", "höchstens 5 Anfragen pro Schlüssel und Minute", "como máximo 10 peticiones por minuto",
 * "au plus 20 requêtes par minute". A fixed window per key, and reading a key's usage of it.
 */

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(seconds?|secs?|s|sekunden?|segundos?|secondes?)$/, 1],
  [/^(minutes?|mins?|minuten?|minutos?)$/, 60],
  [/^(hours?|hrs?|h|stunden?|horas?|heures?)$/, 3600],
  [/^(days?|tage?n?|dias?|jours?)$/, 86400],
];

/** Words that say a count is a ceiling, not a fact ("at most", "limit", "höchstens", "como máximo", "au plus"). */
const CEILING =
  /\b(at most|up to|no more than|not more than|never more than|maximum|max|limit\w*|quota\w*|throttl\w*|rate[- ]limit\w*|hochstens|maximal|bis zu|limitier\w*|begrenz\w*|como maximo|maximo|hasta|limit[ae]r?|au plus|au maximum|jusqu a|pas plus de|limite\w*)\b/;

/** Where a count is per time ("3 … per 60 seconds", "100 calls a minute", "5 pro Minute"). */
const PER_TIME = new RegExp(
  String.raw`\b(\d+)\b((?:(?!\d)[^.;])*?)\b(?:per|pro|por|par|every|each|a|an|in|within|en|dans|innerhalb|cada|je|und|y|et|and|les|alle)\s+(?:(\d+)\s+)?` +
    String.raw`(seconds?|secs?|s|sekunden?|segundos?|secondes?|minutes?|mins?|minuten?|minutos?|hours?|hrs?|h|stunden?|horas?|heures?|days?|tage?n?|dias?|jours?)\b`,
  'g',
);

function unitSeconds(word: string): number | null {
  return UNIT_SECONDS.find(([re]) => re.test(word))?.[1] ?? null;
}

/** The limit and window a feature states, when it states a ceiling per time. */
export function readQuota(feature: string): { limit: number; window_seconds: number } | null {
  const text = fold(feature).replace(/[’'`]/g, ' ');
  if (!CEILING.test(text) && !/\b429\b/.test(text)) return null;
  for (const m of text.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/gi, ' ').matchAll(PER_TIME)) {
    const unit = unitSeconds(m[4]);
    const limit = Number(m[1]);
    if (unit === null || !Number.isInteger(limit) || limit < 1 || limit === 429) continue;
    const windowSeconds = (m[3] === undefined ? 1 : Number(m[3])) * unit;
    if (windowSeconds >= 1 && windowSeconds <= 31_536_000) return { limit, window_seconds: windowSeconds };
  }
  return null;
}

/** The key field: the one string field a literal body writes, else the word after "per" ("per client"). */
function keyFieldOf(feature: string): string | null {
  const literal = readFeatureLiterals(feature).request;
  if (literal.length > 0) {
    const strings = literal.filter((f) => f.type === 'string' && !f.optional);
    return strings.length === 1 && /^[a-z][a-z0-9_]*$/.test(strings[0].name) ? strings[0].name : null;
  }
  const per =
    /\b(?:per|each|every|pro|por|par|je|cada)\s+(api key|client|user|ip|token|account|tenant|customer|key|schlussel|clave|cle|cliente|nutzer|benutzer|usuario|utilisateur)\b/.exec(
      fold(feature),
    );
  const word = per?.[1] ?? 'key';
  const english: Record<string, string> = {
    'api key': 'api_key',
    schlussel: 'key',
    clave: 'key',
    cle: 'key',
    cliente: 'client',
    nutzer: 'user',
    benutzer: 'user',
    usuario: 'user',
    utilisateur: 'user',
  };
  return english[word] ?? word;
}

/** Words that ask for the usage a key has: how many requests were counted. */
const USAGE =
  /\b(usage|used|count|counted|consumption|remaining|verbrauch|nutzung|zahler|anzahl|uso|consumo|conteo|utilisation|consommation|compteur)\b/;

/**
 * Realises a quota feature (a `quota` endpoint) or a usage feature of an existing quota (`quota_usage`);
 * false when the feature is neither, or when it writes a route or shape a quota cannot serve.
 */
export function realiseQuota(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  const quota = readQuota(feature);
  if (quota) {
    if (r.literal && r.literal.method !== 'POST') return false;
    const keyField = keyFieldOf(feature);
    if (keyField === null || ['allowed', 'count', 'limit', 'remaining', 'reset_seconds'].includes(keyField))
      return false;
    const behavior: QuotaBehavior = { kind: 'quota', key_field: keyField, ...quota };
    const path = r.literal?.path ?? '/hit';
    const taken = b.contract.endpoints.find((e) => e.method === 'POST' && e.path === path);
    // Another behaviour (or another quota) already answers there: the feature stays unrealised, not merged.
    if (taken && JSON.stringify(taken.behavior) !== JSON.stringify(behavior)) return true;
    b.endpoint('POST', path, behavior, feature);
    return true;
  }
  const counter = b.contract.endpoints.find((e) => e.behavior.kind === 'quota');
  if (!counter || !USAGE.test(fold(feature))) return false;
  const param = r.literal ? /\{([^}]+)\}$/.exec(r.literal.path)?.[1] : 'key';
  if (r.literal && (r.literal.method !== 'GET' || param === undefined)) return false;
  b.endpoint('GET', r.literal?.path ?? '/usage/{key}', usage(counter, param ?? 'key'), feature);
  return true;
}

function usage(counter: EndpointSpec, param: string): { kind: 'quota_usage'; quota: string; param: string } {
  return { kind: 'quota_usage', quota: counter.id, param };
}
