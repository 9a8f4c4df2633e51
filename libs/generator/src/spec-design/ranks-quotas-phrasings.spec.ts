import { extractContract, featureFidelity, type EndpointSpec } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { designSpec } from './spec-designer';
import { BOARDS, LOOKUPS, NEAR_MISSES, QUOTAS } from './testing/ranks-quotas-rows';

/*
 * The phrasing table of leaderboards (each player's best, best first, at most N) and quotas per key (a limit per
 * client, customer, user or API key; what is left; 429 past it; a read of the usage that consumes nothing), said
 * with routes and JSON shapes and in plain words, in English, German, Spanish, French, Italian and Portuguese, as
 * different people write them. Each row is an intent (its key features) read as the behaviours it designs, and every
 * feature must pass the fidelity gate; the near misses use the same words for something else ("rate the movie 1–5",
 * "best practices", "limit the text to 200 characters") and design no ranking and no quota. Rows the designer does
 * not read yet are named in NOT_YET_READ: such a row fails the suite as soon as it is read, so the set only shrinks.
 */

/** One behaviour an endpoint realises, in a few words that say what it does. */
function tagOf(e: EndpointSpec): string | null {
  const b = e.behavior;
  switch (b.kind) {
    case 'ranking':
      if (b.owner_param)
        return `lookup ${b.best_per} by {${b.owner_param}}: ${[b.row?.best, b.row?.count, b.row?.rank].filter(Boolean).join(', ')}`;
      return [
        `ranking ${b.score_field} ${b.order}`,
        b.best_per ? `best per ${b.best_per}` : 'every record',
        `${b.count_param}=${b.default_count}`,
        ...(b.row
          ? [`row ${[b.row.rank, b.best_per, b.row.best, b.row.count].filter(Boolean).join(' ')}`]
          : []),
      ].join(', ');
    case 'quota': {
      const where = b.key_header
        ? `header ${b.key_header}`
        : b.key_param
          ? `path ${b.key_param}`
          : `body ${b.key_field}`;
      const kind = b.algorithm === 'token_bucket' ? `bucket +${b.refill_tokens}` : 'window';
      const names = [
        ...(b.remaining_as ? [`, remaining as ${b.remaining_as}`] : []),
        ...(b.count_as ? [`, count as ${b.count_as}`] : []),
      ].join('');
      return `quota ${b.limit} per ${b.window_seconds}s ${kind}, ${where} at ${e.path}${names}`;
    }
    case 'quota_usage':
      return 'quota usage';
    case 'create':
      return `create ${b.resource}`;
    default:
      return null;
  }
}

interface Reading {
  tags: string[];
  unrealised: string[];
}

/** The behaviours the designer makes of an intent's features, and the features the gate finds unrealised. */
function reading(features: string[]): Reading {
  const intent = familyIntent('ranks-quotas', 'scores and quotas', features);
  const { contract } = designSpec(intent);
  const written = extractContract(offlineSpec(intent));
  const tags = contract.endpoints
    .filter((e) => e.features.some((f) => features.includes(f)))
    .map(tagOf)
    .filter((t): t is string => t !== null)
    .sort();
  const unrealised = featureFidelity(written, features)
    .filter((v) => v.problems.length > 0)
    .map((v) => v.feature);
  return { tags, unrealised };
}

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  'free text, best per player',
  'quiz, de free text',
  'puntuaciones, es free text',
  'fr free text, quickest',
  'token bucket, spelled',
  'quota on a record create',
  'daily quota resetting at midnight UTC',
  'rolling hour',
  'boards kept apart by a path parameter',
]);

describe('leaderboards and quotas said in routes and in words', () => {
  it.each([...BOARDS, ...QUOTAS, ...LOOKUPS])('reads %s', (name, features, tags) => {
    (NOT_YET_READ.has(name) ? expect(reading(features)).not : expect(reading(features))).toEqual({
      tags,
      unrealised: [],
    });
  });

  it.each(NEAR_MISSES.map((f) => [f[0], f]))('reads no ranking or quota in %j', (_name, features) => {
    const tags = reading(features).tags.filter((t) => /^(ranking|quota|best of)/.test(t));
    (NOT_YET_READ.has(features[0]) ? expect(tags).not : expect(tags)).toEqual([]);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([
      ...[...BOARDS, ...QUOTAS, ...LOOKUPS].map(([n]) => n),
      ...NEAR_MISSES.map((f) => f[0]),
    ]);
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
