import { sameNoun } from '../noun-forms';
import type { EndpointSpec, SpecContract } from '../spec-contract';

/*
 * Two features about one thing realised on two stores: "shorten a long URL: store it and give back a short code"
 * keeps its records in `longs`, while "GET /{code} redirects to the long URL" is realised by a redirect over a
 * store `links` that only a create the designer added for it fills. Each endpoint holds its own feature's
 * literal parts, yet the redirect never finds a link the first feature made. A feature that reads records it
 * does not ask to make is realised only on a store some feature asks to fill — or when the service keeps no
 * other store, where the create that feeds its reads is the only way to have records at all.
 */

/** Verbs and marks of making records (signing up included), in the languages intents are written in (folded text). */
const MAKES =
  /\b(?:add\w*|creat\w*|new|register\w*|stor(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|record(?:s|ed|ing)?|log(?:s|ged|ging)?|shorten\w*|submit\w*|enter\w*|insert\w*|upload\w*|keep\w*|track\w*|post(?:s|ed|ing)?|anleg\w*|angeleg\w*|erstell\w*|speicher\w*|hinzufug\w*|erfass\w*|registrier\w*|kurz\w*|verkurz\w*|crea\w*|guard\w*|registr\w*|anad\w*|agreg\w*|acort\w*|ajout\w*|enregistr\w*|raccourci\w*|aggiung\w*|salv\w*|adicion\w*|cadastr\w*|encurt\w*|sign(?:s|ed|ing)? up|sign-?ups?|enrol\w*|anmeld\w*|meld\w* sich|inscri\w*|iscri\w*|inscrev\w*|201)\b/;

const RECORD_READS = new Set(['get', 'list', 'redirect', 'search', 'update', 'delete']);

const folded = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();

const resourceOf = (e: EndpointSpec): string | null =>
  e.behavior && 'resource' in e.behavior && typeof e.behavior.resource === 'string'
    ? e.behavior.resource
    : null;

/** Whether a feature asks for the records a create endpoint makes: a verb of making them, or its own route. */
function asksToMake(feature: string, create: EndpointSpec): boolean {
  if (new RegExp(`\\bPOST\\s+${create.path.replace(/[{}]/g, '\\$&')}(?![\\w/{])`).test(feature)) return true;
  return MAKES.test(folded(feature.replace(/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ')));
}

/**
 * The stores some feature asks to fill (a create endpoint listing a feature that asks for its records, or a
 * behaviour of its own writing them: a reservation, a vote), and those only a create nobody asks for fills.
 */
function stores(contract: SpecContract): { filled: Set<string>; unasked: Set<string> } {
  const filled = new Set<string>();
  const created = new Set<string>();
  for (const e of contract.endpoints) {
    const resource = resourceOf(e);
    if (!resource) continue;
    if (e.behavior.kind === 'create') {
      created.add(resource);
      if (e.features.some((f) => asksToMake(f, e))) filled.add(resource);
    } else if (!RECORD_READS.has(e.behavior.kind)) filled.add(resource);
  }
  return { filled, unasked: new Set([...created].filter((r) => !filled.has(r))) };
}

/**
 * Whether a feature's words name a store's records, in the singular or a plural of any language we read ("le
 * letture" of store `lettura`), or one of their fields ("the long URL" of store `long`).
 */
function namesStore(feature: string, contract: SpecContract, resource: string): boolean {
  const words = new Set(folded(feature).split(/[^a-z0-9_]+/));
  const fields = (contract.resources ?? []).find((r) => r.name === resource)?.fields ?? [];
  const names = [...fields.map((f) => f.name)].filter((n) => n !== 'id');
  return (
    [...words].some((w) => sameNoun(w, resource.toLowerCase())) ||
    names.some((n) => words.has(n.toLowerCase()))
  );
}

/**
 * A feature that reads, redirects or changes records of a store no feature asks to fill, while another store
 * that some feature asks to fill is one its words name: the two features are about one thing kept in two places.
 */
export function storeSplitProblems(contract: SpecContract, feature: string): string[] {
  const { filled, unasked } = stores(contract);
  if (filled.size === 0 || unasked.size === 0) return [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of contract.endpoints) {
    const resource = resourceOf(e);
    if (!resource || seen.has(resource) || !e.features.includes(feature)) continue;
    if (!RECORD_READS.has(e.behavior.kind) || !unasked.has(resource)) continue;
    seen.add(resource);
    const others = [...filled].filter((r) => r !== resource && namesStore(feature, contract, r));
    if (others.length === 0) continue;
    problems.push(
      `${e.method} ${e.path} works on "${resource}" records that no feature asks to make, while the records the intent makes are kept in ${others.map((r) => `"${r}"`).join(', ')}: one thing kept in two stores`,
    );
  }
  return problems;
}
