import { readFeatureLiterals, type AdjustBehavior } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { spelledVoterOf } from './vote-limits';

/*
 * What an adjustment's literal answer names (`POST /counters/{name}/increment → 200 {"name": string, "count":
 * number}`): the counter it moves is called as the answer writes it, and a vote-like action (`/upvote`) is one
 * more only when the answer writes the count.
 */

/** Action segments that count one more only when the answer writes the count (else a flag, or a ballot). */
export const COUNTED_WORDS = new Set([
  'upvote',
  'upvotes',
  'like',
  'likes',
  'clap',
  'claps',
  'star',
  'hit',
  'visit',
]);

/**
 * The one number an adjustment's answer writes that it is not sent (`→ {"name": string, "count": number}` →
 * count), when no endpoint already moves another field of that name; else null.
 */
export function answeredCount(b: ContractBuilder, feature: string, amount: string): string | null {
  const literals = readFeatureLiterals(feature);
  const sent = new Set([...literals.request.map((f) => f.name), amount]);
  const numbers = literals.response.filter(
    (f) =>
      (f.type === 'integer' || f.type === 'number') && !sent.has(f.name) && /^[a-z][a-z0-9_]*$/.test(f.name),
  );
  if (numbers.length !== 1) return null;
  const name = numbers[0].name;
  const moved = b.contract.endpoints.some(
    (e) => (e.behavior.kind === 'adjust' || e.behavior.kind === 'reset') && e.behavior.field === 'value',
  );
  return moved ? null : name;
}

/**
 * A spelled upvote that names who votes and refuses a repeat (`POST /ideas/{id}/upvote with {"voter": string}
 * …; the same voter again returns 409`) keeps its voters: the adjustment with that `voter_field`.
 */
export function keepingVoters(b: AdjustBehavior, feature: string): AdjustBehavior {
  const voter = spelledVoterOf(feature);
  return voter === null || b.direction !== undefined ? b : { ...b, voter_field: voter };
}
