import { extractContract, featureFidelity, type EndpointSpec, type SpecContract } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { runAcceptancePack } from '../testing/reference-service';
import { designSpec } from './spec-designer';
import { BOARDS, IDEAS, NEAR_MISSES, POLLS, type Row } from './testing/scores-polls-rows';

/*
 * The phrasing table of leaderboards, polls and upvoted ideas as ordinary intents write them, in six languages
 * ("record a player's score after each game", "what counts is their best score so far", "people vote for one
 * option while the poll is open", "Votar numa opção de uma enquete pelo texto da opção"). A row is read when the
 * endpoints claiming its features make exactly the moves listed, the gate finds every feature realised in the SPEC
 * the offline line writes, and the contract's acceptance pack passes against the reference service. Near misses
 * use the same words for something else and design no ranking, vote or tally. Rows the designer does not read yet
 * are named in NOT_YET_READ: such a row fails the suite as soon as it is read, so the set only shrinks.
 */

/**
 * One move an endpoint makes: `create <resource>` (with `<list field> <min>..<max>` for a bounded string array),
 * `vote <choice> [index] [voter <f>] [closed]`, `tally <field> object|list [<option> <count>] [total <f>] [desc]`,
 * a hold's `<kind> <segment> <flag> [refusing votes]`, `adjust <segment> <field> [once per <voter>]`, and
 * `ranking <score> <order>, best per <owner>|every record, <count param>=<default>`.
 */
function tagOf(contract: SpecContract, e: EndpointSpec): string | null {
  const b = e.behavior;
  const segment = e.path.split('/').pop() ?? '';
  switch (b.kind) {
    case 'create': {
      const list = contract.resources
        .find((r) => r.name === b.resource)
        ?.fields.find(
          (f) => f.type === 'string[]' && (f.min_items !== undefined || f.max_items !== undefined),
        );
      return list
        ? `create ${list.name} ${list.min_items ?? 0}..${list.max_items ?? '*'}`
        : `create ${b.resource}`;
    }
    case 'vote':
      return [
        'vote',
        b.choice_field,
        b.by === 'index' ? 'index' : '',
        b.voter_field ? `voter ${b.voter_field}` : '',
        b.closed_field ? 'closed' : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'tally':
      return [
        'tally',
        b.field,
        b.shape,
        b.shape === 'list' ? `${b.option_key} ${b.count_key}` : '',
        b.total_field ? `total ${b.total_field}` : '',
        b.order === 'desc' ? 'desc' : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'reserve':
    case 'release': {
      const refuses = contract.endpoints.some(
        (x) => x.behavior.kind === 'vote' && x.behavior.closed_field === b.field,
      );
      return `${b.kind} ${segment} ${b.field}${refuses ? ' refusing votes' : ''}`;
    }
    case 'adjust': {
      const once = (b as { voter_field?: string }).voter_field;
      return `adjust ${segment} ${b.field}${once ? ` once per ${once}` : ''}`;
    }
    case 'ranking':
      return [
        `ranking ${b.score_field} ${b.order}`,
        b.best_per ? `best per ${b.best_per}` : 'every record',
        `${b.count_param}=${b.default_count}`,
      ].join(', ');
    default:
      return null;
  }
}

/** What goes wrong with a row: '' when it is read, realised and its acceptance pack passes. */
function problemOf([, features, tags]: Row): string {
  const intent = familyIntent('scores-polls', 'scores, polls and ideas', features);
  const { contract } = designSpec(intent);
  const read = contract.endpoints
    .filter((e) => e.features.some((f) => features.includes(f)))
    .map((e) => tagOf(contract, e))
    .filter((t): t is string => t !== null)
    .sort();
  if (JSON.stringify(read) !== JSON.stringify([...tags].sort())) return `moves ${JSON.stringify(read)}`;
  const written = extractContract(offlineSpec(intent));
  const unrealised = featureFidelity(written, features).filter((v) => v.problems.length > 0);
  if (unrealised.length > 0) return `unrealised: ${unrealised.flatMap((v) => v.problems).join('; ')}`;
  const failures = runAcceptancePack(written);
  return failures.length > 0 ? `acceptance: ${failures.join('; ')}` : '';
}

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  // Read with its voters (409 on a second vote of the same person), but the counter is named votes, not votos
  // as this row expects: "voto" is written only in the singular.
  'es, un voto por persona',
]);

const ROWS = [...BOARDS, ...POLLS, ...IDEAS];

describe('leaderboards, polls and upvoted ideas said as ordinary intents say them', () => {
  for (const row of ROWS.filter(([name]) => !NOT_YET_READ.has(name))) {
    it(`reads ${row[0]}`, () => {
      expect(problemOf(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    expect(ROWS.filter((r) => NOT_YET_READ.has(r[0]) && problemOf(r) === '').map((r) => r[0])).toEqual([]);
  });

  it.each(NEAR_MISSES.map((f) => [f[0], f]))('reads no ranking, vote or tally in %j', (_name, features) => {
    const { contract } = designSpec(familyIntent('scores-polls', 'a front desk', features));
    const tags = contract.endpoints
      .filter((e) => e.features.some((f) => features.includes(f)))
      .map((e) => tagOf(contract, e))
      .filter((t): t is string => t !== null && /^(ranking|vote|tally|adjust)\b/.test(t));
    expect(tags).toEqual([]);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const names = new Set(ROWS.map(([name]) => name));
    expect([...NOT_YET_READ].filter((n) => !names.has(n))).toEqual([]);
  });
});
