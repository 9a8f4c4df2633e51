import {
  readFeatureLiterals,
  type LiteralRoute,
  type TallyBehavior,
  type VoteBehavior,
} from '@sf/service-spec';
import { featureWords } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import {
  CLOSE,
  NOT_BALLOTS,
  ONCE,
  ONCE_OR_AGAIN,
  OPTIONS,
  VOTE,
  folded,
  optionCount,
  optionsExample,
  voteOf,
} from './poll-features';
import { flagField } from './samples';

/*
 * Polls spelled out with routes ("POST /polls/{id}/votes with body {"voter": string, "option": string} returns
 * 201; the same voter voting again returns 409", "GET /encuestas/{id}/conteo devuelve {"conteo": [{"opcion":
 * string, "votos": integer}], "total": integer}"): the routes, fields and statuses as written, on the records of
 * the collection the route hangs under, which hold their options in a string array.
 */

/** The poll a `/<collection>/{id}/<segment>` route acts on: a resource at that collection holding options. */
function pollAt(b: ContractBuilder, path: string) {
  const m = /^(\/[^{}]+)\/\{([^}]+)\}\/[^/{}]+$/.exec(path);
  if (!m) return null;
  const r = b.contract.resources.find((x) => b.collectionPath(x.name) === m[1]);
  const options = r?.fields.find((f) => f.type === 'string[]' && f.name in OPTIONS);
  return r && options ? { r, options: options.name, param: m[2] } : null;
}

/** The first status written after `cue` in the text ("an option not in the poll returns 400"). */
function statusAfter(text: string, cue: RegExp): number | undefined {
  const m = new RegExp(`${cue.source}[^;.]*?\\b([1-5]\\d\\d)\\b`, 'i').exec(text);
  return m ? Number(m[m.length - 1]) : undefined;
}

/**
 * Designs a poll route a feature spells (vote, close, results) on a poll designed from an earlier feature; false
 * when the route is none of these.
 */
export function realiseLiteralPoll(b: ContractBuilder, feature: string, route: LiteralRoute): boolean {
  const words = featureWords(feature);
  if (words.some((t) => NOT_BALLOTS.has(t))) return false;
  const poll = pollAt(b, route.path);
  if (!poll) return false;
  const literals = readFeatureLiterals(feature);
  const text = folded(feature);
  const segment = featureWords(route.path.split('/').pop() ?? '');
  if (route.method === 'POST' && segment.some((t) => CLOSE.has(t) || t === 'close')) {
    b.ensureField(
      poll.r.name,
      flagField('closed', `Whether the ${poll.r.name} is closed: it then takes no vote`),
    );
    b.endpoint(
      'POST',
      route.path,
      { kind: 'reserve', resource: poll.r.name, param: poll.param, field: 'closed' },
      feature,
    );
    const vote = voteOf(b, poll.r);
    // A closed poll takes no votes: the vote designed before refuses then (it keeps its own feature).
    if (vote && vote.behavior.kind === 'vote') vote.behavior.closed_field = 'closed';
    return true;
  }
  if (route.method === 'POST' && words.some((t) => VOTE.has(t)) && literals.request.length > 0) {
    const choice = literals.request.find((f) => Object.values(OPTIONS).includes(f.name) || f.name in OPTIONS);
    if (!choice || (choice.type !== 'string' && choice.type !== 'integer')) return false;
    const others = literals.request.filter((f) => f !== choice);
    const once = ONCE.test(text) || (ONCE_OR_AGAIN.test(text) && literals.statuses.includes(409));
    const voter = others.find((f) => f.type === 'string' && !f.optional);
    if (others.length > (voter ? 1 : 0) || (once && !voter)) return false;
    const status = literals.statuses.find((s) => s === 200 || s === 201) ?? 201;
    const unknown = statusAfter(
      text,
      /\b(not in|not on|unknown|no existe|inexistente|inconnue?|unbekannt|non esiste)\b/,
    );
    const behavior: VoteBehavior = {
      kind: 'vote',
      resource: poll.r.name,
      param: poll.param,
      options_field: poll.options,
      choice_field: choice.name,
      by: choice.type === 'integer' ? 'index' : 'text',
      status,
      ...(once && voter ? { voter_field: voter.name } : {}),
      ...(unknown === 404 || unknown === 422 ? { unknown_status: unknown } : {}),
    };
    if (b.findEndpoint('POST', `${b.collectionPath(poll.r.name)}/{${poll.param}}/close`))
      behavior.closed_field = 'closed';
    b.endpoint('POST', route.path, behavior, feature);
    return true;
  }
  if (route.method === 'GET' && literals.response.length > 0) {
    const counts = literals.response.find((f) => f.type === 'array' || f.type === 'object');
    const rest = literals.response.filter((f) => f !== counts);
    const total = rest.find((f) => f.type === 'integer' || f.type === 'number');
    if (!counts || rest.length > (total ? 1 : 0)) return false;
    const option = counts.items?.find((f) => f.type === 'string');
    const count = counts.items?.find((f) => f.type === 'integer' || f.type === 'number');
    if (counts.type === 'array' && (!option || !count || counts.items?.length !== 2)) return false;
    const behavior: TallyBehavior = {
      kind: 'tally',
      resource: poll.r.name,
      param: poll.param,
      options_field: poll.options,
      field: counts.name,
      shape: counts.type === 'array' ? 'list' : 'object',
      option_key: option?.name ?? 'option',
      count_key: count?.name ?? 'votes',
      ...(total ? { total_field: total.name } : {}),
      ...(counts.type === 'array' &&
      /\b(most|de mas a menos|mayor a menor|meisten|plus vote|descending)\b/.test(text)
        ? { order: 'desc' as const }
        : {}),
    };
    b.endpoint('GET', route.path, behavior, feature);
    return true;
  }
  return false;
}

/** After the generic literal reader made a poll's create: the count of options the feature bounds. */
export function settleLiteralPollCreate(b: ContractBuilder, feature: string, route: LiteralRoute): void {
  if (route.method !== 'POST') return;
  const r = b.contract.resources.find((x) => b.collectionPath(x.name) === route.path);
  const options = r?.fields.find((f) => f.type === 'string[]' && f.name in OPTIONS);
  if (!r || !options) return;
  const { min, max } = optionCount(folded(feature));
  if (min !== undefined) options.min_items = min;
  if (max !== undefined) options.max_items = max;
  options.example = optionsExample({ min, max });
  // Read back by id, so a worked example shows the id the create answers (and votes use).
  b.endpoint('GET', `${route.path}/{id}`, { kind: 'get', resource: r.name, param: 'id' }, null);
}
