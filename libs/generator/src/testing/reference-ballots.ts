import type { TallyBehavior, VoteBehavior } from '@sf/service-spec';

/*
 * The reference semantics of votes and tallies (CONTRACT.md, `VoteBehavior` and `TallyBehavior`): counts per
 * option kept beside each record, the voters who voted in it, refusals in the documented order.
 */

type Json = Record<string, unknown>;

/** An answer of the reference: status and body, or a refusal's status and stable code. */
export type BallotAnswer = { status: number; body: unknown } | { status: number; code: string };

/** The ballots cast in the records of every resource. */
export class ReferenceBallots {
  private readonly cast = new Map<string, { counts: Map<string, number>; voters: Set<string> }>();

  private of(resource: string, id: unknown) {
    const key = `${resource}\u0000${String(id)}`;
    let found = this.cast.get(key);
    if (!found) {
      found = { counts: new Map(), voters: new Set() };
      this.cast.set(key, found);
    }
    return found;
  }

  /** One vote in `record` (already found; null when unknown). */
  vote(b: VoteBehavior, record: Json | null, body: unknown): BallotAnswer {
    if (!record) return { status: 404, code: 'NOT_FOUND' };
    const input = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Json) : null;
    const choice = input?.[b.choice_field];
    const voter = b.voter_field === undefined ? undefined : input?.[b.voter_field];
    const typed = b.by === 'index' ? Number.isInteger(choice) : typeof choice === 'string';
    if (!input || !typed || (b.voter_field !== undefined && (typeof voter !== 'string' || voter === '')))
      return { status: 400, code: 'VALIDATION_FAILED' };
    if (b.closed_field !== undefined && record[b.closed_field] === true)
      return { status: 409, code: 'POLL_CLOSED' };
    const options = Array.isArray(record[b.options_field]) ? (record[b.options_field] as unknown[]) : [];
    const option = b.by === 'index' ? options[choice as number] : options.find((o) => o === choice);
    if (typeof option !== 'string') return { status: b.unknown_status ?? 400, code: 'UNKNOWN_OPTION' };
    const ballots = this.of(b.resource, record.id);
    if (typeof voter === 'string') {
      if (ballots.voters.has(voter)) return { status: 409, code: 'ALREADY_VOTED' };
      ballots.voters.add(voter);
    }
    const votes = (ballots.counts.get(option) ?? 0) + 1;
    ballots.counts.set(option, votes);
    const answer: Json = { [`${b.resource.replace(/-/g, '_')}_id`]: record.id, [b.choice_field]: option };
    if (b.voter_field !== undefined) answer[b.voter_field] = voter;
    return { status: b.status, body: { ...answer, votes } };
  }

  /** The counts of `record`'s options (null: unknown record). */
  tally(b: TallyBehavior, record: Json | null): BallotAnswer {
    if (!record) return { status: 404, code: 'NOT_FOUND' };
    const ballots = this.of(b.resource, record.id);
    const options = Array.isArray(record[b.options_field]) ? (record[b.options_field] as string[]) : [];
    const rows = [...new Set(options)].map((o) => ({ option: o, votes: ballots.counts.get(o) ?? 0 }));
    if (b.order === 'desc') rows.sort((x, y) => y.votes - x.votes);
    const counts =
      b.shape === 'object'
        ? Object.fromEntries(rows.map((r) => [r.option, r.votes]))
        : rows.map((r) => ({ [b.option_key]: r.option, [b.count_key]: r.votes }));
    const total = rows.reduce((sum, r) => sum + r.votes, 0);
    return {
      status: 200,
      body: b.total_field ? { [b.field]: counts, [b.total_field]: total } : { [b.field]: counts },
    };
  }
}
