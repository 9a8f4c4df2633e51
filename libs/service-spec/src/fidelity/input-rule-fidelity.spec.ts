import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { readInputRules } from '../input-rule-reading';
import { inputRulesHeld, writtenStatusProblems } from './input-rule-fidelity';

/*
 * The gate's side of input rules stated as a key feature of their own: a status the feature writes is the one
 * its refusals answer, and record endpoints hold such a rule only by fields that state it, shown by a refusal.
 */

function check(
  status: number,
  body: Record<string, unknown>,
  kind: 'error' | 'happy' = 'error',
): AcceptanceCheck {
  return {
    id: 'AC-1',
    endpoint_id: 'create-guest',
    description: 'a guest',
    kind,
    steps: [{ request: { method: 'POST', path: '/guests', body }, expect: { status } }],
  };
}

const create = {
  id: 'create-guest',
  method: 'POST',
  path: '/guests',
  features: ['keep guests'],
  behavior: { kind: 'create', resource: 'guest' },
} as unknown as EndpointSpec;
const get = {
  id: 'get-guest',
  method: 'GET',
  path: '/guests/{id}',
  features: ['keep guests'],
  behavior: { kind: 'get', resource: 'guest', param: 'id' },
} as unknown as EndpointSpec;

function contract(
  age: { minimum?: number; maximum?: number },
  nameRequired: boolean,
  checks: AcceptanceCheck[],
) {
  return {
    endpoints: [create, get],
    resources: [
      {
        name: 'guest',
        key: 'id',
        fields: [
          { name: 'name', type: 'string', required: nameRequired, description: 'The name' },
          { name: 'age', type: 'integer', required: true, description: 'Age in years', ...age },
        ],
      },
    ],
    acceptance: checks,
  } as unknown as SpecContract;
}

describe('input rule fidelity', () => {
  it('holds a written status to the refusals: a 422 answered 400 is refused, "400 kg" is no status', () => {
    expect(
      writtenStatusProblems('a tip above 30 is answered with 422', [check(400, {})], 'POST /x'),
    ).toHaveLength(1);
    expect(writtenStatusProblems('a tip above 30 is answered with 422', [check(422, {})], 'POST /x')).toEqual(
      [],
    );
    expect(writtenStatusProblems('a weight over 400 kg is refused', [check(400, {})], 'POST /x')).toEqual([]);
    // A refusal read back after it ("409, and the quantity stays 12") still refuses with 409; a GET alone does not.
    const readBack = (first: number): AcceptanceCheck => ({
      ...check(first, {}),
      steps: [
        {
          request: { method: 'POST', path: '/parts/1/withdraw', body: { quantity: 13 } },
          expect: { status: first },
        },
        { request: { method: 'GET', path: '/parts/1' }, expect: { status: 200 } },
      ],
    });
    expect(writtenStatusProblems('more than there is -> 409', [readBack(409)], 'POST /x')).toEqual([]);
    expect(writtenStatusProblems('more than there is -> 409', [readBack(400)], 'POST /x')).toHaveLength(1);
    // A happy example answering the status shows no refusal.
    expect(writtenStatusProblems('an unknown id -> 404', [check(404, {}, 'happy')], 'GET /x')).toHaveLength(
      1,
    );
  });

  const feature = 'a missing name or an age outside 0..130 -> 400';

  it('reads several kinds and inputs in one sentence', () => {
    expect(readInputRules(feature)).toEqual({
      clauses: [
        { kind: 'missing', words: ['name'] },
        { kind: 'bound', rule: { minimum: 0, maximum: 130 }, words: ['age'] },
      ],
      status: 400,
      unknownId: false,
    });
  });

  it('accepts record fields that state every rule, each shown by a refusal', () => {
    const checks = [check(400, { age: 20 }), check(400, { name: 'A', age: 131 })];
    expect(inputRulesHeld(feature, [create], contract({ minimum: 0, maximum: 130 }, true, checks))).toBe(
      true,
    );
  });

  it('refuses a field with another bound, an optional name, or no refusal sending a value outside', () => {
    const checks = [check(400, { age: 20 }), check(400, { name: 'A', age: 131 })];
    expect(inputRulesHeld(feature, [create], contract({ minimum: 0, maximum: 120 }, true, checks))).toBe(
      false,
    );
    expect(inputRulesHeld(feature, [create], contract({ minimum: 0, maximum: 130 }, false, checks))).toBe(
      false,
    );
    const inside = [check(400, { age: 20 }), check(400, { name: 'A', age: 100 })];
    expect(inputRulesHeld(feature, [create], contract({ minimum: 0, maximum: 130 }, true, inside))).toBe(
      false,
    );
  });

  it('holds "an unknown id is a 404" only by routes with an id that answer 404', () => {
    const notFound = { ...check(404, {}), endpoint_id: 'get-guest' };
    expect(inputRulesHeld('an unknown id is a 404', [get], contract({}, true, [notFound]))).toBe(true);
    expect(inputRulesHeld('an unknown id is a 404', [create, get], contract({}, true, [notFound]))).toBe(
      false,
    );
    expect(inputRulesHeld('an unknown id is a 404', [get], contract({}, true, []))).toBe(false);
  });
});
