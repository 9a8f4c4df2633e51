import type { EndpointSpec, SpecContract } from '../spec-contract';

/*
 * Short links: a redirect that "counts a hit" must count its redirects, a stats answer's hit counter must be the
 * one the redirect counts, and a link that must be an http(s) URL must be checked as one. A plain record store
 * keeps a `hits` number nobody increments and accepts `javascript:alert(1)` as a target: both look like a URL
 * shortener and are not one.
 */

/** Words that ask to count visits ("counts a hit", "zählt Aufrufe", "cuenta las visitas", "compte les clics"). */
const COUNTS =
  /\b(hits?|clicks?|visits?|visitor\w*|views?|counter|count\w*|tally|zahl\w*|aufrufe?|klicks?|besuche?|zahler|contad\w*|cuenta\w*|visitas?|conteo|compte\w*|compteur|clics?|vues?)\b/;
/** Names of answer fields that count visits. */
const COUNT_FIELD =
  /^(hits|clicks|visits|views|redirects|hit_count|click_count|visit_count|view_count|clics|cliques|klicks|aufrufe|besuche|visitas|visite|acessos|accessi)$/;
/** Words that ask for a link to be an http(s) URL. */
const WEB_URL =
  /(\bhttps?:\/\/)|\bhttps?\b.{0,40}\b(urls?|links?|address\w*|enlaces?|liens?|adress\w*)\b|\b(valid|invalid|not an?|gultige?|ungultige?|keine|valid[ao]s?|invalid[ao]s?|valides?|invalides?)\s+(\w+\s+)?(urls?|links?|enlaces?|liens?)\b|\b(urls?|links?|enlaces?|liens?)\s+(\w+\s+)?(valid[ao]?s?|invalid[ao]?s?|valides?|invalides?|gultige?|ungultige?)\b/;

function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The answer fields a feature writes in its response shape (`{"code": string, "hits": number}`). */
function answerNames(feature: string): string[] {
  return [...feature.matchAll(/"([a-z][a-z0-9_]*)"\s*:/g)].map((m) => m[1]);
}

/**
 * A redirect realising a feature that counts visits counts them (`count_field`); a visit counter a feature
 * asks to see is the one a redirect of its resource counts; a link a feature asks to be an http(s) URL is a
 * field checked as one (`format: "url"`).
 */
export function linkProblems(feature: string, endpoints: EndpointSpec[], contract: SpecContract): string[] {
  const text = folded(feature.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' '));
  const problems: string[] = [];
  const redirects = endpoints.filter((e) => e.behavior?.kind === 'redirect');
  const counting = (e: EndpointSpec) =>
    e.behavior.kind === 'redirect' && e.behavior.count_field !== undefined;
  if (redirects.length > 0 && COUNTS.test(text) && !redirects.some(counting)) {
    problems.push(
      `it counts visits, but ${redirects.map((e) => `${e.method} ${e.path}`).join(', ')} redirects without counting (count_field)`,
    );
  }
  const resources = new Set(
    endpoints.flatMap((e) => (e.behavior && 'resource' in e.behavior ? [e.behavior.resource] : [])),
  );
  const counters = (contract.endpoints ?? []).flatMap((e) =>
    e.behavior?.kind === 'redirect' && resources.has(e.behavior.resource) && e.behavior.count_field
      ? [e.behavior.count_field]
      : [],
  );
  for (const name of answerNames(feature).filter((n) => COUNT_FIELD.test(n))) {
    const kept = [...resources].some((r) =>
      (contract.resources ?? []).find((x) => x.name === r)?.fields.some((f) => f.name === name),
    );
    if (kept && !counters.includes(name)) {
      problems.push(`it answers "${name}", but no redirect of its records counts into it (count_field)`);
    }
  }
  if (WEB_URL.test(text)) {
    for (const e of endpoints.filter((x) => x.behavior?.kind === 'create')) {
      const resource = e.behavior.kind === 'create' ? e.behavior.resource : '';
      const fields = (contract.resources ?? []).find((r) => r.name === resource)?.fields ?? [];
      const links = fields.filter((f) => f.type === 'string' && /url|link|target|destination/.test(f.name));
      if (links.length > 0 && !links.some((f) => f.format === 'url')) {
        problems.push(
          `it asks for http(s) URLs, but ${e.method} ${e.path} stores ${links.map((f) => f.name).join(', ')} unchecked (format "url")`,
        );
      }
    }
  }
  return problems;
}

/** Words that ask to shorten a link (folded): shorten, kürzen, acortar, raccourcir, encurtar. */
const SHORTEN =
  /\b(shorten\w*|short|kurz\w*|verkurz\w*|acort\w*|cort[oa]s?|raccourci\w*|courte?s?|encurt\w*|curt[oa]s?|accorci\w*|brev[ei])\b/;

/**
 * A feature that asks to shorten links is realised by a create of records that get a code made by the service
 * (`generate`) and a redirect by it: keeping the records is what shortening is, though "shorten" names no way
 * of keeping them.
 */
export function shortLinkHeld(feature: string, endpoints: EndpointSpec[], contract: SpecContract): boolean {
  if (!SHORTEN.test(folded(feature))) return false;
  return endpoints.some((e) => {
    if (e.behavior?.kind !== 'create') return false;
    const resource = e.behavior.resource;
    const r = (contract.resources ?? []).find((x) => x.name === resource);
    const redirected = (contract.endpoints ?? []).some(
      (x) => x.behavior?.kind === 'redirect' && x.behavior.resource === resource,
    );
    return redirected && (r?.fields.some((f) => f.generate === 'code') ?? false);
  });
}

/** Asking to shorten a link: a verb of shortening, or a short code handed out ("short links" alone names records). */
const SHORTEN_ASK = /\b(shorten\w*|short codes?|verkurz\w*|acort\w*|raccourci\w*|encurt\w*|accorci\w*)\b/;
const LINK_WORD =
  /\b(urls?|links?|enlaces?|liens?|address\w*|adress\w*|endereco\w*|indirizz\w*|collegament\w*)\b/;

/**
 * A feature that asks to shorten links is realised only by a create that keeps a link and makes its code: a record
 * store named after one of its words ("long") with fields nobody asked for keeps things, and hands out no code.
 */
export function shortenProblems(feature: string, contract: SpecContract): string[] {
  const text = folded(feature.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' '));
  if (!SHORTEN_ASK.test(text) || !LINK_WORD.test(text)) return [];
  const served = (contract.endpoints ?? []).filter((e) => e.features.includes(feature));
  if (served.length === 0 || !served.some((e) => e.behavior?.kind === 'create')) return [];
  const coded = served.some((e) => {
    if (e.behavior?.kind !== 'create') return false;
    const resource = e.behavior.resource;
    const fields = (contract.resources ?? []).find((r) => r.name === resource)?.fields ?? [];
    return (
      fields.some((f) => f.generate === 'code') &&
      fields.some((f) => f.format === 'url' || /url|link/.test(f.name))
    );
  });
  return coded
    ? []
    : [
        'it asks to shorten links, but no create of its realisation keeps a link with a code made by the service (generate)',
      ];
}
