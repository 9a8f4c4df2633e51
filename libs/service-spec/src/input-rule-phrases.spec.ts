import type { AcceptanceCheck, EndpointSpec } from './spec-contract';
import { misreadBound, readInputRules } from './input-rule-reading';
import { inputRuleProblems } from './fidelity/input-rule-fidelity';

/*
 * Refusal-only features with several clauses, read clause by clause (designer and gate read them alike): two
 * ranges in one feature, "at least one", "has to be greater than 0" (the side it allows), a value of zero, a
 * refusal said by the operation it blocks ("cannot be split"), "a unit we do not know"; and the gate's hold on a
 * zero clause (a refusal of exactly 0).
 */

const clauses = (feature: string) => readInputRules(feature)?.clauses ?? null;

describe('input rules with several clauses', () => {
  it('reads every range of a feature, each with the words that follow it', () => {
    expect(clauses('1 to 50 dice and 2 to 100 sides; anything outside that is refused')).toEqual([
      { kind: 'bound', rule: { minimum: 1, maximum: 50 }, words: ['dice'] },
      { kind: 'bound', rule: { minimum: 2, maximum: 100 }, words: ['sides'] },
    ]);
    expect(
      clauses('we only play with 1 to 10 dice of 4 to 20 sides; anything outside that gets refused'),
    ).toEqual([
      { kind: 'bound', rule: { minimum: 1, maximum: 10 }, words: ['dice'] },
      { kind: 'bound', rule: { minimum: 4, maximum: 20 }, words: ['sides'] },
    ]);
    expect(clauses('Zwischen 1 und 20 Würfel und 2 bis 100 Seiten, alles andere wird abgelehnt')).toEqual([
      { kind: 'bound', rule: { minimum: 1, maximum: 20 }, words: ['wurfel'] },
      { kind: 'bound', rule: { minimum: 2, maximum: 100 }, words: ['seiten'] },
    ]);
    // A range written backwards in any of its places says nothing this reads.
    expect(readInputRules('1 to 50 dice and 100 to 2 sides; anything outside that is refused')).toBeNull();
  });

  it('reads "one" written as a word where a bound takes a number', () => {
    expect(clauses('there has to be at least one person, otherwise 400')).toEqual([
      { kind: 'bound', rule: { minimum: 1 }, words: ['person'] },
    ]);
    expect(
      clauses('Con menos de una persona, una cuenta negativa o una propina negativa, error 400'),
    ).toEqual([
      { kind: 'bound', rule: { minimum: 1 }, words: ['persona'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['cuenta'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['propina'] },
    ]);
    // "une" is the number, not an article followed by "e" (a conjunction in Italian and Portuguese).
    expect(clauses('Il faut au moins une personne ; un pourboire négatif est refusé')).toEqual([
      { kind: 'bound', rule: { minimum: 1 }, words: ['personne'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['pourboire'] },
    ]);
  });

  it('reads the side a "must be greater than" allows, and "the value" naming no other clause', () => {
    expect(clauses('value must be greater than 0, otherwise 400; an unknown unit is 400 as well')).toEqual([
      { kind: 'bound', rule: { exclusive_minimum: 0 }, words: [] },
      { kind: 'unknown', words: ['unit', 'well'] },
    ]);
    expect(clauses('Der Betrag muss größer als 0 sein, sonst 400')).toEqual([
      { kind: 'bound', rule: { exclusive_minimum: 0 }, words: ['betrag'] },
    ]);
    expect(clauses('the weight has to be less than 500, otherwise 400')).toEqual([
      { kind: 'bound', rule: { exclusive_maximum: 500 }, words: ['weight'] },
    ]);
    // Without "must", the same words name the refused side.
    expect(clauses('weights greater than 500 are refused')).toEqual([
      { kind: 'bound', rule: { maximum: 500 }, words: ['weights'] },
    ]);
    // One bound another reader takes from a feature of several clauses is no reading of the whole.
    expect(
      misreadBound('the value has to be greater than 0 and the unit must be one we know, else 400', {
        exclusive_minimum: 0,
      }),
    ).toBe(true);
  });

  it('reads a value of zero, a refusal said by the operation it blocks, and a unit the service does not know', () => {
    expect(clauses('zero people or a negative bill cannot be split')).toEqual([
      { kind: 'zero', words: ['people'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['bill'] },
    ]);
    expect(clauses('Null Personen oder eine negative Rechnung werden mit 400 abgelehnt')).toEqual([
      { kind: 'zero', words: ['personen'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['rechnung'] },
    ]);
    expect(clauses('Cero personas o una cuenta negativa se rechazan')).toEqual([
      { kind: 'zero', words: ['personas'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['cuenta'] },
    ]);
    expect(clauses('a quantity of 0 is rejected')).toEqual([{ kind: 'zero', words: ['quantity'] }]);
    expect(clauses('the unit must be one we know, else 400')).toEqual([{ kind: 'unknown', words: ['unit'] }]);
    expect(clauses('a currency we do not support is refused')).toEqual([
      { kind: 'unknown', words: ['currency'] },
    ]);
    // "Absolute zero" is a temperature, not a value of zero.
    expect(clauses('refuse anything colder than absolute zero')).toBeNull();
    expect(clauses('una temperatura por debajo del cero absoluto se rechaza')).toBeNull();
    // English "null" is a value left out, not zero; "zero or less" stays one bound.
    expect(clauses('null values are rejected')).toBeNull();
    expect(clauses('a weight of zero or less is refused')).toEqual([
      { kind: 'bound', rule: { exclusive_minimum: 0 }, words: ['weight'] },
    ]);
    // "Cannot be split" is a refusal, not an operation of the feature's own; an operation stays one.
    expect(readInputRules('split the bill among the people')).toBeNull();
  });
});

describe('the gate on a zero clause', () => {
  const split = {
    id: 'split',
    method: 'POST',
    path: '/split',
    features: ['split a bill'],
    behavior: { kind: 'function', function: 'calc.split' },
    request: {
      body: {
        fields: [
          { name: 'bill', type: 'number', required: true, description: 'The bill' },
          { name: 'people', type: 'integer', required: true, description: 'Number of people' },
        ],
      },
    },
  } as unknown as EndpointSpec;
  const check = (kind: 'error' | 'happy', body: Record<string, unknown>): AcceptanceCheck => ({
    id: 'AC-1',
    endpoint_id: 'split',
    description: kind,
    kind,
    steps: [
      { request: { method: 'POST', path: '/split', body }, expect: { status: kind === 'error' ? 400 : 200 } },
    ],
  });
  const feature = 'zero people or a negative bill cannot be split';

  it('holds "zero people" to a refusal of exactly 0, and to no worked example answering 0', () => {
    const negative = check('error', { bill: -1, people: 2 });
    expect(inputRuleProblems(feature, [split], [negative, check('error', { bill: 10, people: 0 })])).toEqual(
      [],
    );
    // -2 people lies below zero too, but is not what the feature refuses.
    expect(
      inputRuleProblems(feature, [split], [negative, check('error', { bill: 10, people: -2 })]),
    ).toHaveLength(1);
    expect(
      inputRuleProblems(
        feature,
        [split],
        [negative, check('error', { bill: 10, people: 0 }), check('happy', { bill: 10, people: 0 })],
      ),
    ).toHaveLength(1);
  });

  it('reads what must hold with no word of refusal, where no constraint reads the feature', () => {
    expect(clauses('there must always be at least one person')).toEqual([
      { kind: 'bound', rule: { minimum: 1 }, words: ['person'] },
    ]);
    // The number of the alternative that matched ("one or more"), never 0 for want of the first one's.
    expect(clauses('the number of people has to be one or more')).toEqual([
      { kind: 'bound', rule: { minimum: 1 }, words: ['number', 'people'] },
    ]);
    expect(clauses('Il faut au moins une personne')).toEqual([
      { kind: 'bound', rule: { minimum: 1 }, words: ['personne'] },
    ]);
    // A constraint keeps what it reads; a must with no bound says nothing refused.
    expect(readInputRules('the number of people must be at least 1')).toBeNull();
    expect(readInputRules('there must always be a title')).toBeNull();
  });

  it('reads a value that cannot be of a kind, and the sharers a count of zero is said of', () => {
    expect(clauses('people must be at least 1 and amounts cannot be negative')).toEqual([
      { kind: 'bound', rule: { minimum: 1 }, words: ['people'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['amounts'] },
    ]);
    expect(clauses('Tiene que haber al menos una persona y la cuenta no puede ser negativa')).toEqual([
      { kind: 'bound', rule: { minimum: 1 }, words: ['tiene', 'persona'] },
      { kind: 'bound', rule: { minimum: 0 }, words: ['cuenta'] },
    ]);
    expect(clauses('Não dá para dividir a conta entre zero pessoas')).toEqual([
      { kind: 'zero', words: ['pessoas'] },
    ]);
    // German only with its "sein": a stock that must never fall below 0 is no value sent.
    expect(clauses('Der Text darf nicht leer sein')).toEqual([{ kind: 'empty', words: ['text'] }]);
    expect(readInputRules('Der Bestand darf nie unter 0 fallen')).toBeNull();
  });

  it('reads "returns an error" as a refusal, never an operation of its own', () => {
    expect(clauses('Un texto vacío devuelve un error')).toEqual([{ kind: 'empty', words: ['texto'] }]);
    expect(clauses('an empty text returns an error')).toEqual([{ kind: 'empty', words: ['text'] }]);
    // An error rate or count is something to compute, no refusal.
    expect(readInputRules('return an error rate')).toBeNull();
  });
});

describe('a minimum that holds past a length of time', () => {
  it('is a rule between two quantities, not a bound on one input', () => {
    for (const feature of [
      'more than 6 hours of work require a break of at least 30 minutes, more than 9 hours at least 45 minutes; a shorter break returns 422',
      'shifts longer than 6 hours must include a break of at least 30 minutes, else 422',
      'Bei mehr als 6 Stunden Arbeit sind mindestens 30 Minuten Pause nötig, sonst 422',
    ])
      expect(readInputRules(feature)).toBeNull();
    // A bound on one input stays one.
    expect(clauses('a break of more than 90 minutes is refused')).not.toBeNull();
  });
});
