import { isWebUrl, readFeatureLiterals, type FieldSpec, type RedirectBehavior } from '@sf/service-spec';
import { redirectEndpoint } from './behavior-endpoints';
import { summarize, type ContractBuilder } from './contract-builder';
import type { DesignContext } from './design-context';
import type { FeatureReading } from './feature-reader';
import { leadsToAddress } from './link-leads-to';
import { fold } from './lexicon';

/*
 * Short links, settled once every feature is designed: a redirect's code is made by the service when no create
 * feature makes the client send it (a client may still choose one: unique, 409 when taken), its target is an
 * http(s) URL, and a redirect that "counts a hit" counts its visits into a number the records answer.
 */

/** Words that ask a redirect to count its visits, in the languages intents are written in (folded). */
const COUNTS =
  /\b(counts?|counted|counting|counter|tally|hits?|clicks?|visits?|views?|zahl\w*|zaehl\w*|aufrufe?|klicks?|besuche?|cuenta|cuentan|contar|contador|visitas?|clics?|compte\w*|compteur|vues?|conta|contam|contagem|cliques?|acessos?|visualizac\w*|conteggi\w*|contatore|visite)\b/;
/** Answer fields that count visits, by the names features write. */
const COUNT_FIELDS =
  /^(hits|clicks|visits|views|redirects|hit_count|click_count|visit_count|view_count|clics|cliques|klicks|aufrufe|besuche|visitas|visite|acessos|accessi)$/;

/** Words of a link feature the realisation does: shortening, codes, redirecting, counting (folded). */
const LINK_WORDS =
  /^(shorten\w*|short|kurz\w*|kurzen|kuerzen|verkurzen|acortar|acorta|corto|cortos|raccourcir|raccourcit|court|courts|code|codes|codigo|codigos|redirect\w*|sends?|forward\w*|browser|visitor|redirige\w*|rediriger|weiterleit\w*|leitet|weiter|encurt\w*|curtos?|accorci\w*|brev[ei]|codice|codici|address\w*|adress\w*|endereco\w*|indirizz\w*|direccion\w*|web|long|longs?|longo|lungo|larga|largo|lange[nr]?|url|urls|links?|original\w*|reindirizz\w*|redirecion\w*|existe|exist|inesistente|inexistente|unknown|unbekannt\w*|inconnu|desconocido|sconosciuto|desconhecido)$/;

/**
 * The feature's own words its link endpoints realise, written into their summaries ("Written in the intent
 * as: kurzcode, leitet, zahlt, aufrufe"), so a SPEC in English shows which words of the intent it realises.
 */
function carryWords(b: ContractBuilder, resource: string): void {
  for (const e of b.contract.endpoints) {
    if (!('resource' in e.behavior) || e.behavior.resource !== resource) continue;
    if (!['redirect', 'create', 'list', 'get', 'delete', 'update'].includes(e.behavior.kind)) continue;
    const said = e.features.flatMap((f) =>
      fold(f.replace(/\b(GET|POST)\s+\/\S*/g, ' '))
        .split(/[^a-z0-9]+/)
        .filter((w) => LINK_WORDS.test(w) || (e.behavior.kind !== 'create' && COUNTS.test(w))),
    );
    const shown = [...new Set(said)];
    if (shown.length > 0 && !e.summary.includes(WRITTEN))
      e.summary = `${e.summary.replace(/\.?$/, '.')}${WRITTEN}${shown.join(', ')}.`;
  }
}

const WRITTEN = ' Written in the intent as: ';

/** Words naming a web address (folded): "a long URL", "a web address", "eine lange Adresse", "un indirizzo". */
const ADDRESS =
  /\b(?:urls?|links?|address(?:es)?|adressen?|adresses?|enderecos?|direccion(?:es)?|indirizz[oi]|enlaces?|liens?|collegament[oi])\b/;

/**
 * Asking for a short code of an address: a verb of shortening ("shorten", "kürzen", "acortar", "encurtar",
 * "raccourcir", "accorciare") or the short code handed back ("turn … into a short code", "in einen kurzen Code
 * umwandeln", "num código curto", "in un codice breve"). Folded text.
 */
const SHORTENING =
  /\b(?:shorten\w*|short (?:codes?|links?|urls?)|kurz\w*|kuerz\w*|verkurz\w*|acort\w*|encurt\w*|raccourc\w*|accorci\w*|codigos? (?:cortos?|curtos?)|codices? (?:brev[ei]|cort[oi])|codes? courts?)\b/;

/**
 * Whether a feature asks only to shorten a web address into a code ("turn a long web address into a short code",
 * "take a long URL and hand back a short code", "Encurtar um endereço longo num código curto"): the link store's
 * create, whose code the service makes. Nothing else said beside it: no number (a code of 5 digits, a status of
 * its own), no route written.
 */
function readsShortening(feature: string): boolean {
  // "…; only http and https URLs, otherwise 400": the rule on the target beside it, which the link's URL keeps.
  const text = fold(feature)
    .replace(/['’‘`]/g, ' ')
    .split(/\s*;\s*/)
    .filter((clause, i) => i === 0 || !/\bhttps?\b/.test(clause))
    .join('; ');
  if (/\d|\/\S/.test(text) || /[;:]/.test(text)) return false;
  return ADDRESS.test(text) && SHORTENING.test(text);
}

/** Nouns of a link the lexicon does not know (folded, singular): German compounds, Italian words. */
const LINK_NOUNS = /^(?:kurzlink|kurz-link|golink|go-link|collegamento|collegamenti)$/;

/** Actions on links already kept that a word of shortening beside them ("short links") does not make a create. */
const KEPT_ACTIONS = new Set<FeatureReading['actions'][number]>([
  'list',
  'view',
  'get',
  'update',
  'delete',
  'search',
]);

/**
 * The reading of a feature that asks to shorten an address ("turn a long web address into a short code",
 * "Accorciare un URL lungo in un codice breve"): a link kept under a code the service makes (settled once a
 * redirect is designed). Any other reading, or one already creating links, or a redirect, as it is.
 */
export function asShortening(feature: string, read: FeatureReading): FeatureReading {
  // "Alle Kurzlinks auflisten", "elencare i collegamenti": the links, by the compound or word a language has.
  const r =
    read.noun !== null && LINK_NOUNS.test(read.noun) ? { ...read, noun: 'link', nounKnown: true } : read;
  // "each link gets a short name and /go/{name} redirects to its URL": a route it writes that redirects.
  if (!r.literal && bareRoute(feature) && REDIRECTS.test(fold(feature)))
    return { ...r, actions: ['redirect'] };
  // "aprire il codice porta al link lungo", "opening the code takes you to the URL": a redirect in other words.
  if (!r.literal && !r.actions.includes('redirect') && leadsToAddress(feature))
    return { ...r, actions: ['redirect'] };
  if (r.literal || r.actions.includes('redirect') || !readsShortening(feature)) return r;
  // "list all short links", "delete a short link", "eliminare un link breve": records of the links, kept as read.
  if (r.actions.some((a) => KEPT_ACTIONS.has(a))) return r;
  if (r.noun === 'link' && r.actions.includes('create')) return r;
  return { ...r, actions: ['create'], noun: 'link', nounKnown: true };
}

/** Words of redirecting (folded), in six languages. */
const REDIRECTS =
  /\b(?:redirect\w*|forward\w*|weiterleit\w*|leitet|redirig\w*|reindirizz\w*|redireccion\w*|redirecion\w*)\b/;

/**
 * The route a redirect feature writes without a method ("visiting /{code} redirects", "go/{name} redirects to
 * the saved URL", "/s/:slug leitet weiter"): its last segment the parameter, a bare one only after a named
 * segment. Null when it writes none or more than one.
 */
export function bareRoute(feature: string): { path: string; param: string } | null {
  const found = [
    ...feature.matchAll(
      /(?<![\w/{}:<])(\/?(?:[a-z][a-z0-9-]*\/)*)(?:\{([a-z][a-z0-9_]*)\}|:([a-z][a-z0-9_]*)|<([a-z][a-z0-9_]*)>)(?![\w/{}])/gi,
    ),
  ];
  if (found.length !== 1) return null;
  const [, prefix, ...names] = found[0];
  const param = names.find((x) => x !== undefined)?.toLowerCase() ?? '';
  if (prefix === '' || !/^[a-z][a-z0-9_]*$/.test(param)) return null;
  const path = `/${prefix.replace(/^\//, '').toLowerCase()}{${param}}`;
  return path.startsWith('//') ? null : { path, param };
}

/** The redirect a feature without a written method asks for, at the route it writes (else `/r/{code}`). */
export function freeRedirect(b: ContractBuilder, ctx: DesignContext, feature: string): void {
  const at = bareRoute(feature) ?? { path: '/r/{code}', param: 'code' };
  redirectEndpoint(b, ctx, feature, at.path, at.param, redirectStatus(feature));
}

/** Whether a feature writes a redirect's status or its location header ("answers 302 with a Location header"). */
export function asksRedirect(feature: string): boolean {
  return (
    /\b30[1278]\b/.test(feature) ||
    /\blocation[- ]header\b|\bheader\s+location\b|\ben-t[eê]te\s+location\b|\bcabecera\s+location\b/i.test(
      feature,
    )
  );
}

/** The redirect status a feature writes (301, 302, 307, 308), else 302. */
export function redirectStatus(feature: string): RedirectBehavior['status'] {
  const written = /\b(30[1278])\b/.exec(feature)?.[1];
  return written === undefined ? 302 : (Number(written) as RedirectBehavior['status']);
}

/** The counter field a resource's features name in their answers (`"hits": number`), else `hits`. */
function counterName(features: string[]): string {
  for (const f of features) {
    const named = readFeatureLiterals(f).response.find((x) => COUNT_FIELDS.test(x.name));
    if (named) return named.name;
  }
  // "counts the clicks", "zählt die Klicks", "conta os cliques": the clicks, when no feature says visits or hits.
  const said = fold(features.join(' '));
  const clicks = /\b(?:clicks?|klicks?|clics?|cliques?)\b/.test(said);
  return clicks && !/\b(?:hits?|visits?|visitas?|besuche?|visite|views?)\b/.test(said) ? 'clicks' : 'hits';
}

function counterField(name: string): FieldSpec {
  return {
    name,
    type: 'integer',
    required: false,
    description: 'How many times the redirect was followed (counted by the service, from 0)',
    example: 0,
    default: 0,
    minimum: 0,
  };
}

/** Whether some create feature of `resource` makes the client send `field` (a required field it writes). */
function clientSends(b: ContractBuilder, resource: string, field: string): boolean {
  return b.contract.endpoints.some(
    (e) =>
      e.behavior.kind === 'create' &&
      e.behavior.resource === resource &&
      e.features.some((f) => readFeatureLiterals(f).request.some((x) => x.name === field && !x.optional)),
  );
}

/** Names of a record's tags (folded) and how features write them in the plural ("tags", "dei tag", "etiquetas"). */
const TAG_FIELD = /^(?:tags?|etiquetas|etiquettes|schlagworter|schlagwoerter)$/;
const TAGS_SAID =
  /\b(?:tags|etiquetas|etiquettes|schlagw(?:o|oe)rter|(?:i|gli|dei|degli|con|e|ed)\s+tag)\b(?!\s*[:=]\s*string\b)/;

/**
 * The tags of a link kept in a collection (a wiki's, a handbook's): a list of words when the features name them
 * in the plural and write no shape of their own for them ("with a title, a URL and tags", "e dei tag").
 */
function tagLists(b: ContractBuilder, resource: string): void {
  const r = b.findResource(resource);
  const features = b.contract.endpoints
    .filter((e) => 'resource' in e.behavior && e.behavior.resource === resource)
    .flatMap((e) => e.features);
  for (const f of r?.fields ?? []) {
    if (f.type !== 'string' || f.enum || !TAG_FIELD.test(f.name)) continue;
    if (features.some((x) => readFeatureLiterals(x).request.some((y) => y.name === f.name))) continue;
    if (!features.some((x) => TAGS_SAID.test(fold(x)))) continue;
    f.type = 'string[]';
    f.example = ['howto', 'team'];
  }
}

/** Last segments of a link's statistics route (`GET /links/{code}/stats`), in six languages. */
const STATS_SEGMENT =
  /^(?:stats?|statistics|statistik|statistiken|estadisticas|statistiques|statistiche|estatisticas|clicks|hits|visits|klicks|clics|cliques)$/;

/**
 * A statistics route a feature writes under a link (`GET /links/{code}/stats returns {"code": string, "clicks":
 * integer}`): the read of that link, by the code the redirect follows (or its id), which answers its counter.
 */
function statsReads(b: ContractBuilder, resource: string, key: string): void {
  const items = b.collectionPath(resource);
  for (const e of b.contract.endpoints) {
    if (e.method !== 'GET' || e.behavior.kind !== 'static') continue;
    const m = /^(.*)\/\{([a-z][a-z0-9_]*)\}\/([a-z-]+)$/.exec(e.path);
    if (!m || m[1] !== items || (m[2] !== key && m[2] !== 'id') || !STATS_SEGMENT.test(m[3])) continue;
    // Read by its code, the link's key: only when no other item path addresses the links another way.
    const r = b.findResource(resource);
    const params = b.contract.endpoints.flatMap((x) =>
      'resource' in x.behavior &&
      x.behavior.resource === resource &&
      x.behavior.kind !== 'redirect' &&
      'param' in x.behavior
        ? [x.behavior.param]
        : [],
    );
    if (m[2] !== 'id' && r?.key !== m[2]) {
      if (!r || r.key !== undefined || params.some((p) => p !== m[2])) continue;
      if (r.fields.find((f) => f.name === m[2])?.type !== 'string') continue;
      r.key = m[2];
    }
    if (m[2] === 'id' && r?.key !== undefined) continue;
    e.behavior = { kind: 'get', resource, param: m[2] };
    e.summary = summarize(e.behavior, e.path);
  }
}

/** Settles every redirect of the contract: generated codes, http(s) targets, visit counters. */
export function settleLinks(b: ContractBuilder): void {
  for (const e of b.contract.endpoints) {
    const beh = e.behavior;
    if (beh.kind !== 'redirect') continue;
    const r = b.findResource(beh.resource);
    if (!r) continue;
    const target = r.fields.find((f) => f.name === beh.target_field);
    if (target?.type === 'string') {
      target.format = 'url';
      if (!isWebUrl(target.example)) target.example = 'https://example.com/docs';
    }
    const key = r.fields.find((f) => f.name === beh.key_field);
    // The code travels in the redirect's path: an example a path takes as it is ("sample slug" → "sample-slug").
    if (key?.type === 'string' && typeof key.example === 'string' && !/^[A-Za-z0-9._~-]+$/.test(key.example))
      key.example = key.example.trim().replace(/[^A-Za-z0-9._~-]+/g, '-') || 'my-code';
    if (key?.type === 'string' && key.unique && !clientSends(b, r.name, key.name)) {
      key.required = false;
      key.generate = 'code';
      key.description = `Short code of the ${r.name.replace(/-/g, ' ')}: made by the service (7 characters a-z0-9) unless the client chooses its own, unique`;
      key.example = 'x7k2m9q';
    }
    statsReads(b, r.name, beh.key_field);
    carryWords(b, r.name);
    tagLists(b, r.name);
    const mine = b.contract.endpoints.filter(
      (x) => 'resource' in x.behavior && x.behavior.resource === r.name,
    );
    const features = [...new Set(mine.flatMap((x) => x.features))];
    const asked =
      e.features.some((f) => COUNTS.test(fold(f.replace(/\b(GET|POST)\s+\/\S*/g, ' ')))) ||
      features.some((f) => readFeatureLiterals(f).response.some((x) => COUNT_FIELDS.test(x.name)));
    if (!asked || beh.count_field !== undefined) continue;
    const name = counterName(features);
    const existing = r.fields.find((f) => f.name === name);
    if (existing && existing.type !== 'integer' && existing.type !== 'number') continue;
    if (existing) Object.assign(existing, counterField(name));
    else r.fields.push(counterField(name));
    beh.count_field = name;
  }
}
