import { quotaKeySource, readFeatureLiterals, type EndpointSpec, type QuotaBehavior } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold } from './lexicon';
import { readTokenBucket } from './token-bucket-features';
import { quotaRoutePair } from './quota-routes';
import { clockOf, clockWords, QUOTA_NOUNS, readAdjectiveWindow } from './quota-window-words';

/*
 * Quota features: "at most 3 requests per key per 60 seconds, the 4th returns 429", "limit each client to 100
 * calls per minute", "höchstens 5 Anfragen pro Schlüssel und Minute", "como máximo 10 peticiones por minuto",
 * "au plus 20 requêtes par minute". A fixed window per key, and reading a key's usage of it.
 */

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(seconds?|secs?|s|sekunden?|segundos?|secondes?)$/, 1],
  [/^(minutes?|mins?|minuten?|minutos?|minuto)$/, 60],
  [/^(hours?|hrs?|h|stunden?|horas?|heures?|ora|ore)$/, 3600],
  [/^(days?|tage?n?|dias?|jours?|giorno|giorni)$/, 86400],
];

/** Words that say a count is a ceiling, not a fact ("at most", "limit", "höchstens", "como máximo", "au plus"). */
const CEILING =
  /\b(at most|up to|no more than|not more than|never more than|maximum|max|limit\w*|quota\w*|throttl\w*|rate[- ]limit\w*|hochstens|maximal|bis zu|limitier\w*|begrenz\w*|como maximo|maximo|hasta|limit[ae]r?|au plus|au maximum|jusqu a|pas plus de|limite\w*)\b/;

/** Where a count is per time ("3 … per 60 seconds", "100 calls a minute", "5 pro Minute"). */
const PER_TIME = new RegExp(
  String.raw`\b(\d+)\b((?:(?!\d)[^.;])*?)\b(?:per|pro|por|par|every|each|a|an|in|within|en|dans|innerhalb|cada|je|und|y|et|and|les|alle|al|all|ogni)\s+(?:(\d+)\s+)?` +
    String.raw`(seconds?|secs?|s|sekunden?|segundos?|secondes?|minutes?|mins?|minuten?|minutos?|minuto|hours?|hrs?|h|stunden?|horas?|heures?|ora|ore|days?|tage?n?|dias?|jours?|giorno|giorni)\b`,
  'g',
);

/**
 * An allowance per key, said without a ceiling word: "each API key may call 100 times per hour", "5 Anfragen
 * pro Minute und Kunde", "cada cliente puede hacer 20 peticiones por minuto", "chaque clé API a droit à 50
 * appels par heure". The key is named ("each client", "und Kunde") and the count is of requests or is what the
 * key may do; a count of anything else per time ("count page visits per minute") is no allowance.
 */
const ALLOWED =
  /\b(?:may|can|is allowed|are allowed|gets?|darf|durfen|kann|konnen|puede|pueden|peut|peuvent|a droit|ont droit|puo|possono|pode|podem)\b/;
export const REQUESTS =
  /\b(?:requests?|calls?|api calls?|anfragen|aufrufe|abrufe|requests|peticiones|solicitudes|llamadas|consultas|requetes|appels|richieste|chiamate|requisicoes|chamadas|times|mal|veces|fois|volte|vezes)\b/;
/** Verbs of an operation of its own, which a count per time may be the input of ("convert 100 requests per minute"). */
const OWN_OPERATION =
  /\b(?:convert\w*|calculat\w*|comput\w*|count\w*|show\w*|list\w*|umrechn\w*|berechn\w*|zahl\w*|convert\w*|calcul\w*|contar|mostrar|affich\w*)\b/;

function allowance(text: string): boolean {
  if (OWN_OPERATION.test(text) || keyWordOf(text) === null) return false;
  return ALLOWED.test(text) || REQUESTS.test(text);
}

function unitSeconds(word: string): number | null {
  return UNIT_SECONDS.find(([re]) => re.test(word))?.[1] ?? null;
}

/** The limit and window a feature states, when it states a ceiling per time. */
export function readQuota(feature: string): { limit: number; window_seconds: number } | null {
  const text = fold(feature).replace(/[’'`]/g, ' ');
  if (!CEILING.test(text) && !QUOTA_NOUNS.test(text) && !/\b429\b/.test(text) && !allowance(text))
    return null;
  const prose = text.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/gi, ' ');
  for (const m of prose.matchAll(PER_TIME)) {
    const unit = unitSeconds(m[4]);
    const limit = Number(m[1]);
    if (unit === null || !Number.isInteger(limit) || limit < 1 || limit === 429) continue;
    const windowSeconds = (m[3] === undefined ? 1 : Number(m[3])) * unit;
    if (windowSeconds >= 1 && windowSeconds <= 31_536_000) return { limit, window_seconds: windowSeconds };
  }
  // "a daily quota of 4 requests", "Tageskontingent von 2 Anfragen": the window said as an adjective.
  const adjective = readAdjectiveWindow(prose);
  return adjective && { limit: adjective.limit, window_seconds: adjective.window_seconds };
}

const PER_KEY =
  /\b(?:per|each|every|pro|por|par|je|cada|jede[nrs]?|chaque|todo|toda|ogni|(?:pro|per|je|por|par) \w+ (?:und|and|y|et|e))\s+(x-[a-z0-9]+(?:-[a-z0-9]+)*|user id|client id|account id|tenant id|api key|cle api|clave api|chiave api|chave api|client|user|ip|token|account|tenant|customer|partner|device|app|session|key|schlussel|clave|cle|cliente|nutzer|benutzer|usuario|utilisateur|kunde|konto|cuenta|compte|gerat|dispositivo|appareil|chiave|utente|chave|usuario)\b/;

/** The word a feature names its key by ("per client", "jeder Nutzer", "chaque client"), as written. */
function keyWordOf(feature: string): string | null {
  return PER_KEY.exec(fold(feature))?.[1] ?? null;
}

/** The key field: the one string field a literal body writes, else the word after "per" ("per client"). */
function keyFieldOf(feature: string): string | null {
  const literal = readFeatureLiterals(feature).request;
  if (literal.length > 0) {
    const strings = literal.filter((f) => f.type === 'string' && !f.optional);
    return strings.length === 1 && /^[a-z][a-z0-9_]*$/.test(strings[0].name) ? strings[0].name : null;
  }
  const word = keyWordOf(feature) ?? 'key';
  const english: Record<string, string> = {
    'api key': 'api_key',
    'cle api': 'api_key',
    'clave api': 'api_key',
    'chiave api': 'api_key',
    'chave api': 'api_key',
    'user id': 'user_id',
    'client id': 'client_id',
    'account id': 'account_id',
    'tenant id': 'tenant_id',
    schlussel: 'key',
    clave: 'key',
    cle: 'key',
    chiave: 'key',
    chave: 'key',
    utente: 'user',
    cliente: 'client',
    nutzer: 'user',
    benutzer: 'user',
    usuario: 'user',
    utilisateur: 'user',
    kunde: 'customer',
    konto: 'account',
    cuenta: 'account',
    compte: 'account',
    gerat: 'device',
    dispositivo: 'device',
    appareil: 'device',
  };
  // "each X-Api-Key may call …": a header names the key (read from it, see keyPlace).
  return english[word] ?? (word.startsWith('x-') ? headerField(word) : word);
}

const RESERVED = ['allowed', 'count', 'limit', 'remaining', 'reset_seconds', 'retry_after'];

/** `x-api-key` → `api_key`: the answer field naming a key read from a header. */
function headerField(header: string): string {
  const name = header.replace(/^x-/, '').replace(/-/g, '_');
  return /^[a-z][a-z0-9_]*$/.test(name) && !RESERVED.includes(name) ? name : 'key';
}

/**
 * Where the quota reads its key and the path it answers at: the header the feature names, a path parameter (the
 * last of a written route, or `/hit/{key}` when it only says "in the path"), else the body field the feature
 * names; null when the key cannot be read.
 */
function keyPlace(
  feature: string,
  written: string | undefined,
): { key: Pick<QuotaBehavior, 'key_field' | 'key_header' | 'key_param'>; path: string } | null {
  const source = quotaKeySource(feature);
  const params = written ? [...written.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) : [];
  if (source && 'header' in source) {
    if (params.length > 0) return null;
    return {
      key: { key_field: headerField(source.header), key_header: source.header },
      path: written ?? '/hit',
    };
  }
  const param = params.at(-1);
  if (param !== undefined || source) {
    const name = param ?? keyWordField(feature);
    if (!/^[a-z][a-z0-9_]*$/.test(name) || RESERVED.includes(name)) return null;
    return { key: { key_field: name, key_param: name }, path: written ?? `/hit/{${name}}` };
  }
  const keyField = keyFieldOf(feature);
  if (keyField === null || RESERVED.includes(keyField)) return null;
  return { key: { key_field: keyField }, path: written ?? '/hit' };
}

/** The key named by the word after "per" ("per user id" → `user_id`), without reading a written body. */
function keyWordField(feature: string): string {
  return keyFieldOf(feature.replace(/\{[^}]*\}/g, ' ')) ?? 'key';
}

const WRITTEN = ' Written in the intent as: ';

/** Names a feature writes for what is left of a quota, and for what is used of it. */
const LEFT_NAME =
  /^(left|\w+_left|remaining_\w+|\w+_remaining|restantes?|restants?|verbleibend\w*|ubrig|rimanenti|quedan|available|disponibles?)$/;
const USED_NAME =
  /^(used|\w+_used|used_\w+|consumed|usados?|utilises?|verbraucht|genutzt|usati|gastados?|consumidos?)$/;

/** Names a feature writes for the instant a quota resets (a text, not a number of seconds). */
const RESET_AT_NAME =
  /^(reset_at|resets_at|reset_time|reset|next_reset|window_end|window_ends_at|\w+_reset_at|reinitialisation|reinicio|reset_um|zuruecksetzung|ripristino)$/;

/**
 * The further answer names of a quota the feature's written answer asks for (`{"left": n}`, `{"used": n}`,
 * `{"reset_at": string}`).
 */
export function aliasesOf(feature: string): Pick<QuotaBehavior, 'remaining_as' | 'count_as' | 'reset_at_as'> {
  const written = readFeatureLiterals(feature).response;
  const names = written.map((f) => f.name);
  const left = names.find((n) => LEFT_NAME.test(n));
  const used = names.find((n) => USED_NAME.test(n));
  // `"reset": number` would be seconds, which `reset_seconds` is: only a text (or untyped `_at`) is an instant.
  const reset = written.find(
    (f) =>
      RESET_AT_NAME.test(f.name) && (f.type === 'string' || (f.type === undefined && /_at$/.test(f.name))),
  )?.name;
  return {
    ...(left ? { remaining_as: left } : {}),
    ...(used ? { count_as: used } : {}),
    ...(reset ? { reset_at_as: reset } : {}),
  };
}

/** Words that ask for the usage a key has: how many requests were counted. */
export const USAGE =
  /\b(usage|used|count|counted|consumption|remaining|left|tokens? left|verbleibend\w*|ubrig|quedan|restant\w*|verbrauch\w*|nutzung|zahler|anzahl|uso|consumo|conteo|utilisation|consommation|compteur|utilizzo|rimanent[ei]|restan\w*)\b/;

/**
 * Realises a quota feature (a `quota` endpoint) or a usage feature of an existing quota (`quota_usage`);
 * false when the feature is neither, or when it writes a route or shape a quota cannot serve.
 */
export function realiseQuota(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  // "POST /anfragen … antwortet {"verbleibend": integer}" beside "Tageskontingent von 2 Anfragen": one quota, both.
  const pair = quotaRoutePair(b.contract.service.features ?? [], feature, statesQuota);
  if (pair) {
    if (!realiseQuotaText(b, pair.quota, pair.text, pair.reading)) return false;
    const made = b.contract.endpoints.find((e) => e.features.includes(pair.quota));
    if (made && !made.features.includes(pair.route)) made.features.push(pair.route);
    return true;
  }
  return realiseQuotaText(b, feature, feature, r);
}

/** Whether a feature states a quota: a window or a token bucket (one it cannot read too). */
function statesQuota(feature: string): boolean {
  return readTokenBucket(feature) !== null || readQuota(feature) !== null;
}

/** Realises `feature` as a quota read from `text` (the feature, or it joined with the route that counts for it). */
function realiseQuotaText(b: ContractBuilder, feature: string, text: string, r: FeatureReading): boolean {
  const bucket = readTokenBucket(text);
  // A bucket the reader cannot read whole stays unrealised: read as a fixed window it would do something else.
  if (bucket === 'unreadable') return true;
  const quota = bucket
    ? {
        limit: bucket.limit,
        window_seconds: bucket.window_seconds,
        algorithm: 'token_bucket' as const,
        refill_tokens: bucket.refill_tokens,
      }
    : readQuota(text);
  if (quota) {
    if (r.literal && r.literal.method !== 'POST') return false;
    const place = keyPlace(text, r.literal?.path);
    if (place === null) return false;
    // "reset at midnight UTC" with a day: a window on the UTC clock; a clock no window keeps stays unrealised.
    const clock = bucket ? {} : clockOf(text, quota.window_seconds);
    if (clock === null) return true;
    const behavior: QuotaBehavior = {
      kind: 'quota',
      ...place.key,
      ...quota,
      ...clock,
      ...aliasesOf(text),
    };
    const path = place.path;
    const taken = b.contract.endpoints.find((e) => e.method === 'POST' && e.path === path);
    // Another behaviour (or another quota) already answers there: the feature stays unrealised, not merged.
    if (taken && JSON.stringify(taken.behavior) !== JSON.stringify(behavior)) return true;
    const e = b.endpoint('POST', path, behavior, feature);
    const said = [
      ...(bucket ? bucket.words : windowWords(text)),
      keyWordOf(text),
      ...placeWords(text),
      ...refusalWords(text),
    ];
    const shown = [...new Set(said.filter((w): w is string => !!w))];
    if (shown.length > 0 && !e.summary.includes(WRITTEN))
      e.summary = `${e.summary}${WRITTEN}${shown.join(', ')}.`;
    return true;
  }
  const counter = b.contract.endpoints.find((e) => e.behavior.kind === 'quota');
  if (!counter || !USAGE.test(fold(feature))) return false;
  const param = r.literal ? /\{([^}]+)\}$/.exec(r.literal.path)?.[1] : 'key';
  if (r.literal && (r.literal.method !== 'GET' || param === undefined)) return false;
  // "GET /usage/{client} -> {"used": n, "left": n}": the quota answers those names too, its usage reads with it.
  const aliases = aliasesOf(feature);
  if (counter.behavior.kind === 'quota') {
    const q = counter.behavior;
    const clash = (a?: string, b?: string) => a !== undefined && b !== undefined && a !== b;
    if (
      clash(q.remaining_as, aliases.remaining_as) ||
      clash(q.count_as, aliases.count_as) ||
      clash(q.reset_at_as, aliases.reset_at_as)
    )
      return false;
    Object.assign(q, aliases);
  }
  const e = b.endpoint('GET', r.literal?.path ?? '/usage/{key}', usage(counter, param ?? 'key'), feature);
  // The usage reads the quota's own key and counts, so the words the quota was read by name what it reads too.
  const usageWords = [...fold(feature).matchAll(new RegExp(USAGE.source, 'g'))].map((m) => m[1]);
  // "without using one", "sin gastar ninguna", "ohne etwas zu verbrauchen": a read that never counts, as it is.
  const without = /\b(?:without|sin|sans|ohne|senza|sem)\s+(\w+)(?:\s+(\w+))?/.exec(fold(feature)) ?? [];
  const kept = without.slice(1).filter((w) => w !== undefined && w.length > 3);
  const said = [...usageWords, keyWordOf(feature), ...kept, ...writtenWords(counter.summary)];
  if (!e.summary.includes(WRITTEN))
    e.summary = `${e.summary}${WRITTEN}${[...new Set(said.filter((w) => !!w))].join(', ')}.`;
  return true;
}

/** The feature's own words a fixed window was read by: its ceiling, what it counts and its time unit (folded). */
function windowWords(feature: string): string[] {
  const text = fold(feature).replace(/[’'`]/g, ' ');
  const counted = [...text.matchAll(PER_TIME)][0];
  // "10 Anfragen pro Nutzer und Minute": what is counted comes first, the key may come last.
  const between = counted?.[2].trim().split(/\s+/) ?? [];
  const allowed = allowance(text) ? ALLOWED.exec(text)?.[0] : undefined;
  const adjective = counted ? [] : (readAdjectiveWindow(text)?.words ?? []);
  return [
    CEILING.exec(text)?.[0],
    QUOTA_NOUNS.exec(text)?.[0],
    allowed,
    between[0],
    between.at(-1),
    counted?.[4],
    ...adjective,
    ...clockWords(text),
  ].filter((w): w is string => !!w && w.length > 2);
}

/** A verb of refusing, in the languages intents are written in. */
const REFUSED =
  /\b(refus\w*|reject\w*|denied|den(y|ies)|abgelehnt|abgewiesen|verweigert|rechaz\w*|deneg\w*|rifiut\w*|respint\w*|recusad\w*|rejeitad\w*)\b/;

/**
 * The words of the clause that says what past the limit is refused ("la cuarta se rechaza con 429", "die elfte wird
 * mit 429 abgelehnt"): the quota's 429 is what they describe. Words of three letters or fewer and numbers are left.
 */
function refusalWords(feature: string): string[] {
  const clause = fold(feature)
    .split(/[;,.:]/)
    .find((c) => /\b429\b/.test(c) || REFUSED.test(c));
  return (clause ?? '').split(/[^a-z]+/).filter((w) => w.length > 3);
}

/** Words saying where the key is ("header", "Pfad", "cabecera", "chemin") and the words of its name. */
function placeWords(feature: string): string[] {
  const text = fold(feature).replace(/[’'`]/g, ' ');
  const place =
    /\b(header|kopfzeile|cabecera|encabezado|en-tete|entete|path|pfad|ruta|chemin|url|identifiant|kennung|id)\b/g;
  return [...text.matchAll(place)].map((m) => m[1]);
}

/** The words a summary lists after "Written in the intent as: ". */
function writtenWords(summary: string): string[] {
  const at = summary.indexOf(WRITTEN);
  return at < 0
    ? []
    : summary
        .slice(at + WRITTEN.length)
        .replace(/\.$/, '')
        .split(', ');
}

function usage(counter: EndpointSpec, param: string): { kind: 'quota_usage'; quota: string; param: string } {
  return { kind: 'quota_usage', quota: counter.id, param };
}
