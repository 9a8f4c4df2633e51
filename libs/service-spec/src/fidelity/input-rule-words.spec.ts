import type { AcceptanceCheck, EndpointSpec } from '../spec-contract';
import {
  misreadBound,
  readInputRules,
  refusesAbsence,
  ruleWords,
  saysNothingSent,
  writtenStatus,
} from '../input-rule-reading';
import { inputRuleProblems, writtenStatusProblems } from './input-rule-fidelity';

/*
 * Input rules in everyday words, read the same way by designer and gate: contractions, phrases of refusal that
 * name no input ("a bad request", "a client error", "not accepted"), a JSON error body after the status,
 * "nothing sent", "not one of those"; and the gate's hold on a computation: each clause shown by a 4xx example
 * sending such a value, with the status written.
 */

const speed = {
  id: 'units-speed',
  method: 'POST',
  path: '/speed/convert',
  features: ['convert a speed'],
  behavior: { kind: 'function', function: 'units-speed' },
  request: {
    body: {
      fields: [
        { name: 'value', type: 'number', required: true, description: 'The speed' },
        { name: 'from', type: 'string', required: true, description: 'Unit', enum: ['km/h', 'mph'] },
        { name: 'to', type: 'string', required: true, description: 'Unit', enum: ['km/h', 'mph'] },
      ],
    },
  },
} as unknown as EndpointSpec;

function refusal(body: Record<string, unknown>, status = 400, then: number[] = []): AcceptanceCheck {
  return {
    id: 'AC-1',
    endpoint_id: 'units-speed',
    description: 'refused',
    kind: 'error',
    steps: [
      { request: { method: 'POST', path: '/speed/convert', body }, expect: { status } },
      ...then.map((s) => ({
        request: { method: 'GET' as const, path: '/speed/convert' },
        expect: { status: s },
      })),
    ],
  };
}

const ok = { value: 10, from: 'km/h', to: 'mph' };

describe('input rules in everyday words', () => {
  it('reads contractions, phrases of refusal and a JSON error body', () => {
    expect(readInputRules("answer 400 when the speed isn't a number")?.clauses).toEqual([
      { kind: 'nan', words: ['speed'] },
    ]);
    expect(readInputRules('a negative speed is a bad request')?.clauses).toEqual([
      { kind: 'bound', rule: { minimum: 0 }, words: ['speed'] },
    ]);
    expect(readInputRules('unknown zone or malformed time -> 400 {"error": string}')).toMatchObject({
      status: 400,
      clauses: [
        { kind: 'unknown', words: ['zone'] },
        { kind: 'malformed', words: ['time'] },
      ],
    });
    expect(readInputRules("if the unit isn't one of those, that's a 400")?.clauses).toEqual([
      { kind: 'unknown', words: ['unit'] },
    ]);
    expect(readInputRules('Leerer Text wird nicht akzeptiert')?.clauses).toEqual([
      { kind: 'empty', words: ['text'] },
    ]);
  });

  it('reads "nothing sent" and "no X sent" as missing', () => {
    expect(readInputRules('nothing sent => 400')?.clauses).toEqual([{ kind: 'missing', words: [] }]);
    expect(readInputRules('no name sent is a bad request')?.clauses).toEqual([
      { kind: 'missing', words: ['name'] },
    ]);
    expect(saysNothingSent('no name sent is a bad request')).toBe(true);
    expect(saysNothingSent('send the invoice to the customer')).toBe(false);
    expect(readInputRules('une requête sans titre est refusée')?.clauses).toEqual([
      { kind: 'missing', words: ['titre'] },
    ]);
    expect(refusesAbsence('eine Anfrage ohne Text ergibt 400')).toBe(true);
    expect(refusesAbsence('a negative speed is a bad request')).toBe(false);
    // "without" in an operation is no refusal.
    expect(readInputRules('count the words without punctuation')).toBeNull();
  });

  it('reads a status after a colon, in parentheses or after "error", never a quantity', () => {
    expect(writtenStatus('weniger als 1 person: 400')).toBe(400);
    expect(writtenStatus('a client error (400)')).toBe(400);
    expect(writtenStatus('si no, error 400')).toBe(400);
    expect(writtenStatus('a weight over 400 kg is refused')).toBeNull();
    expect(writtenStatus('speeds above 300 mph are refused')).toBeNull();
    expect(writtenStatus('werte, die keine zahl sind, ergeben 400')).toBe(400);
    // A verb of giving before a number is a status only when the number is a 4xx ("da 100 a 200" is a range).
    expect(writtenStatus('un numero da 100 a 200')).toBeNull();
  });

  it('reads no operation that speaks of refusals as an input rule', () => {
    for (const f of [
      'count the rejected orders',
      'list refused bookings',
      'return an error rate',
      'log every 400 response',
      'un texto que devuelve la cuenta de errores',
    ])
      expect(readInputRules(f)).toBeNull();
  });

  it('leaves the phrases of refusal out of the words a feature is about', () => {
    expect(ruleWords('a zero or negative weight is a client error (400)')).not.toMatch(/client/);
    expect(ruleWords('register a client')).toBe('register a client');
  });

  it('knows a bound another reader took from a status or the refused side as a misreading', () => {
    expect(misreadBound('nothing sent => 400', { exclusive_minimum: 400 })).toBe(true);
    expect(misreadBound('Weniger als 1 Person: 400', { exclusive_maximum: 1 })).toBe(true);
    expect(misreadBound('Weniger als 1 Person: 400', { minimum: 1 })).toBe(false);
    expect(misreadBound('the group has at most 12 people', { maximum: 12 })).toBe(false);
  });
});

describe('the gate on input rules put on a computation', () => {
  const over = 'speeds above 300 are a bad request';

  it('holds a bound to a 4xx example sending a value beyond it, not one inside', () => {
    expect(inputRuleProblems(over, [speed], [refusal({ ...ok, value: 300.5 })])).toEqual([]);
    expect(inputRuleProblems(over, [speed], [refusal({ ...ok, value: 300 })])).toHaveLength(1);
    expect(inputRuleProblems(over, [speed], [refusal({ ...ok, value: 300.5 }, 200)])).toHaveLength(1);
  });

  it('holds letters for a number, a value left out, and each clause of a sentence on its own', () => {
    const nan = "answer 400 when the speed isn't a number";
    expect(inputRuleProblems(nan, [speed], [refusal({ ...ok, value: 'abc' })])).toEqual([]);
    expect(inputRuleProblems(nan, [speed], [refusal({ ...ok, value: -1 })])).toHaveLength(1);
    const both = "a speed above 300 or one that isn't a number is a bad request";
    expect(inputRuleProblems(both, [speed], [refusal({ ...ok, value: 301 })])).toHaveLength(1);
    expect(
      inputRuleProblems(both, [speed], [refusal({ ...ok, value: 301 }), refusal({ ...ok, value: 'x' })]),
    ).toEqual([]);
    expect(inputRuleProblems('nothing sent => 400', [speed], [refusal({ from: 'km/h', to: 'mph' })])).toEqual(
      [],
    );
  });

  it('holds the status written, also when the refusal is followed by a read', () => {
    const written = 'a speed above 300 is a client error (400)';
    expect(writtenStatusProblems(written, [refusal({ ...ok, value: 301 }, 422)], 'POST /x')).toHaveLength(1);
    expect(writtenStatusProblems(written, [refusal({ ...ok, value: 301 }, 400, [200])], 'POST /x')).toEqual(
      [],
    );
  });
});
