import { callsLeftMentions } from './calls-left';
import { missingStatus, type AcceptanceStep, type EndpointSpec, type SpecContract } from '../spec-contract';
import { readQuotaClock } from './quota-clock';
import { folded, quotaKeySource } from './quota-key-fidelity';
import { label } from './worked-examples';

/*
 * A header every call must carry: "callers identify with an X-Api-Key header; a request without it returns 401",
 * "calls without the X-Api-Key header are rejected", "Anfragen ohne X-Api-Key-Header werden mit 401 abgelehnt",
 * "sin la cabecera se responde 401". It is realised only by endpoints that refuse a request without that header
 * with 401 before anything else (an endpoint `guard`), shown by a worked example; an endpoint that answers
 * without it does something else than the feature says.
 */

/** "without", "missing", "no … header", in the languages intents are written in. */
const ABSENT =
  /\b(without|missing|lacking|absent|no|otherwise|ohne|fehlt|fehlend\w*|sonst|andernfalls|sin|falta\w*|de lo contrario|sans|manquant\w*|absence|sinon|senza|manca\w*|mancante|altrimenti|sem|ausente|senao|caso contrario)\b/;
/** "must send", "identify with", "required", "needs", "braucht", "Pflicht", "obligatoire", "obbligatorio". */
const REQUIRED =
  /\b(must (send|carry|include|provide|pass)|identif\w*|required|mandatory|needs?|requires?|braucht|brauchen|benotig\w*|necesita\w*|requiere\w*|exige\w*|necessit\w*|richied\w*|precisa\w*|muss|mussen|erforderlich|pflicht\w*|obligatori\w*|obbligatori\w*|debe|deben|doit|doivent|deve|devono|devem|se identifica\w*)\b/;
/** The missing header in a clause of its own: "without it", "the header", "ohne ihn", "sin ella", "sans lui". */
const HEADER_SAID =
  /\b(header|kopfzeile|cabecera|encabezado|en-tete|entete|intestazione|cabecalho|(without|ohne|sin|sans|senza|sem) (it|ihn|sie|ella|el|lui|elle|esso|essa|ele|ela))\b/;
/** Refused: a 4xx other than a quota's 429 is written, or a verb of refusing. */
const REFUSED =
  /\b((?!429\b)4\d\d|reject\w*|refus\w*|denied|den(y|ies)|abgelehnt|abgewiesen|zuruckgewiesen|rechaz\w*|deneg\w*|rifiut\w*|respint\w*|recusad\w*|rejeitad\w*|unauthori[sz]ed)\b/;
/**
 * A key the service would have to know ("only keys issued by the portal", "a valid key", a signature or a bearer
 * token): no guard can tell such a key from another, so the feature is not a header requirement it realises.
 */
const KNOWN_KEYS =
  /\b(valid|invalid|issued|registered|known|unknown|whitelist\w*|allowlist\w*|revoked|expired|signature|signed|hmac|bearer|jwt|oauth|password|gultig\w*|ungultig\w*|registriert\w*|valid[oa]s?|invalid[oa]s?|emitid[oa]s?|registrad[oa]s?|valides?|invalides?|emises?|enregistre\w*|validi|invalidi|emess[ei]|registrat[ei])\b/;

/**
 * The header a feature requires on every call and the status its absence is answered with (401: the status
 * written, or refused in words), or null when the feature asks for no such header, asks for another status, or
 * asks for keys the service would have to know.
 */
export function readHeaderRequirement(feature: string): { header: string; status: 400 | 401 } | null {
  const source = quotaKeySource(feature);
  if (source === null || !('header' in source) || /signature|hub-|stripe/.test(source.header)) return null;
  const text = folded(feature).replace(/\b(get|post|put|patch|delete)\s+\/\S*/g, ' ');
  if (KNOWN_KEYS.test(text)) return null;
  if (!ABSENT.test(text) && !REQUIRED.test(text)) return null;
  if (!REFUSED.test(text)) return null;
  const statuses = new Set(
    [...text.matchAll(/\b(4\d\d)\b/g)].map((m) => Number(m[1])).filter((s) => s !== 429),
  );
  if (statuses.size === 0 || (statuses.size === 1 && statuses.has(401)))
    return { header: source.header, status: 401 };
  // "a call without it is answered 400": a 400 is the header's only when its clause names the header (or "it"),
  // in a feature of no route of its own (a route's 400 without its key header is that route's quota's).
  const clause = text.split(/[;.]\s|,\s/).find((c) => /\b400\b/.test(c)) ?? '';
  const routed = /\b(get|post|put|patch|delete)\s+\//.test(folded(feature));
  const ofHeader = !routed && (clause.includes(source.header) || HEADER_SAID.test(clause));
  return statuses.size === 1 && statuses.has(400) && ofHeader ? { header: source.header, status: 400 } : null;
}

/** Whether a step calls endpoint `e` without header `name`. */
function callsWithout(step: AcceptanceStep, e: EndpointSpec, name: string): boolean {
  const sent = Object.keys(step.request.headers ?? {}).map((h) => h.toLowerCase());
  // A path parameter is matched by any one segment ("/notes/sample" calls "/notes/{id}").
  const want = e.path.split('/');
  const got = step.request.path.split('?')[0].split('/');
  const same = want.length === got.length && want.every((w, i) => /^\{[^}]*\}$/.test(w) || w === got[i]);
  return step.request.method === e.method && same && !sent.includes(name);
}

/**
 * What a SPEC lacks to realise a header requirement: every endpoint refuses a call without the header (a `guard`
 * on it, with its 401 documented), and a worked example shows the 401 on each endpoint realising the feature.
 */
export function headerGuardProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const wanted = readHeaderRequirement(feature);
  if (wanted === null) return [];
  const problems: string[] = [];
  for (const e of contract.endpoints) {
    if (e.guard?.header !== wanted.header) {
      problems.push(`${label(e)} answers calls without header ${wanted.header}: it has no guard on it`);
    } else if (
      missingStatus(e.guard) !== wanted.status ||
      !e.errors.some((x) => x.status === wanted.status)
    ) {
      problems.push(`${label(e)} does not answer ${wanted.status} to a call without header ${wanted.header}`);
    }
  }
  for (const e of endpoints) {
    const shown = contract.acceptance.some((c) =>
      c.steps.some((s) => s.expect.status === wanted.status && callsWithout(s, e, wanted.header)),
    );
    if (!shown)
      problems.push(
        `no worked example of ${label(e)} shows the ${wanted.status} of a call without ${wanted.header}`,
      );
  }
  return problems;
}

/**
 * A per-key quota realised by the guards of endpoints (not by a `quota` endpoint): each endpoint realising the
 * feature counts by a guard quota whose limit the feature writes, and a worked example shows its 429.
 */
export function guardQuotaProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const guarded = endpoints.filter((e) => e.guard?.quota !== undefined);
  // The calls left an answer carries ("calls left this minute") say the window of what is left, not a quota.
  const counting = callsLeftMentions(feature).reduce((text, m) => text.replace(m.text, ' '), feature);
  // Only a feature that counts (a window, or the 429 past it) asks for the quota; the route's own feature does not.
  if (guarded.length === 0 || (writtenWindows(counting).length === 0 && !/\b429\b/.test(counting))) return [];
  const numbers = new Set([...folded(feature).matchAll(/\b\d+\b/g)].map((m) => Number(m[0])));
  const problems: string[] = [];
  for (const e of guarded) {
    const quota = e.guard?.quota;
    if (quota && !numbers.has(quota.limit))
      problems.push(`${label(e)} counts ${quota.limit} calls per key, a limit the feature does not write`);
    const windows = writtenWindows(feature);
    if (quota && windows.length > 0 && !windows.includes(quota.window_seconds))
      problems.push(
        `${label(e)} counts calls in ${quota.window_seconds} seconds, a window the feature does not write`,
      );
    // A guard's window opens at a caller's first call: a reset at a clock time ("midnight UTC") is not kept.
    if (quota && readQuotaClock(feature) !== null)
      problems.push(
        `${label(e)} counts calls from each caller's first call, not from the clock time the feature resets at`,
      );
    const shown = contract.acceptance.some(
      (c) => c.endpoint_id === e.id && c.steps.some((s) => s.expect.status === 429),
    );
    if (!shown) problems.push(`no worked example of ${label(e)} shows the 429 past its per-key limit`);
  }
  return problems;
}

const UNITS: [RegExp, number][] = [
  [/^(seconds?|secs?|sekunden?|segundos?|secondes?|secondi|secondo)$/, 1],
  [/^(minutes?|mins?|minuten?|minutos?|minuto|minuti)$/, 60],
  [/^(hours?|hrs?|stunden?|horas?|heures?|ore|ora)$/, 3600],
  [/^(days?|tage?n?|dias?|jours?|giorni|giorno)$/, 86400],
];

/** The windows a feature writes, in seconds ("per minute" 60, "in 30 seconds" 30, "pro Stunde" 3600). */
function writtenWindows(feature: string): number[] {
  const found: number[] = [];
  for (const m of folded(feature).matchAll(/(?:\b(\d+)\s+)?\b([a-z]+)\b/g)) {
    const unit = UNITS.find(([re]) => re.test(m[2]))?.[1];
    if (unit !== undefined) found.push((m[1] === undefined ? 1 : Number(m[1])) * unit);
  }
  return found;
}

/**
 * Whether endpoint `e` realises `feature` by its guard: the feature requires the header the guard checks, or
 * states the limit its quota counts. Such a feature is judged by the guard (headerGuardProblems,
 * guardQuotaProblems), not by what the endpoint computes.
 */
export function guardRealises(e: EndpointSpec, feature: string): boolean {
  if (!e.guard) return false;
  if (readHeaderRequirement(feature)?.header === e.guard.header) return true;
  const limit = e.guard.quota?.limit;
  return limit !== undefined && new RegExp(`\\b${limit}\\b`).test(feature);
}
