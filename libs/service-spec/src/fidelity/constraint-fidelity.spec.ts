import type { AcceptanceCheck, EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';
import { boundFieldFits, fieldsNamedBy, readConstraint } from '../constraint-reading';
import { readRefusedRange } from '../refused-range';
import { constraintProblems } from './constraint-fidelity';

/*
 * The gate and features that only constrain another feature's endpoint: listing the feature on that endpoint
 * is not enough; the field must carry the bound or default, the computation the rounding or the result, and a
 * worked example must show it.
 */

function field(name: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name, type, required: true, description: `The ${name.replace(/_/g, ' ')}`, example: 1, ...extra };
}

function splitter(fields: FieldSpec[], options: Record<string, number> = { decimals: 2 }): EndpointSpec {
  return {
    id: 'calc-split',
    method: 'POST',
    path: '/split',
    summary: 'Splits a bill with a tip among people',
    features: ['split a bill with a tip among people'],
    behavior: {
      kind: 'function',
      function: 'calc.tip_split',
      inputs: { bill: 'bill', tip_percent: 'tip_percent', people: 'guests' },
      outputs: { per_person: 'per_person' },
      options,
    },
    request: { body: { fields, allow_unknown: false, example: {} } },
    responses: [],
    errors: [],
  };
}

function check(kind: 'happy' | 'error', body: Record<string, unknown>, expect: unknown): AcceptanceCheck {
  return {
    id: `AC-${kind}`,
    endpoint_id: 'calc-split',
    description: 'an example',
    kind,
    steps: [
      {
        request: { method: 'POST', path: '/split', body },
        expect: { status: kind === 'happy' ? 200 : 400, body_contains: expect },
      },
    ],
  };
}

function contractOf(e: EndpointSpec, acceptance: AcceptanceCheck[]): SpecContract {
  return { endpoints: [e], resources: [], acceptance } as unknown as SpecContract;
}

const happy = check('happy', { bill: 90, tip_percent: 10, guests: 3 }, { per_person: 33 });

describe('readConstraint', () => {
  it('reads bounds, defaults, rounding and extra results in four languages', () => {
    expect(readConstraint('at most 8 guests may share one bill')).toEqual({
      kind: 'bound',
      subject: ['guests'],
      rule: { maximum: 8 },
    });
    expect(readConstraint('guests: at least 2')).toEqual({
      kind: 'bound',
      subject: ['guests'],
      rule: { minimum: 2 },
    });
    expect(readConstraint('Die Zahl der Gäste muss zwischen 2 und 8 liegen')).toMatchObject({
      kind: 'bound',
      rule: { minimum: 2, maximum: 8 },
    });
    expect(readConstraint('los comensales deben ser como máximo 8')).toMatchObject({
      kind: 'bound',
      subject: ['comensales'],
      rule: { maximum: 8 },
    });
    expect(readConstraint('le pourboire doit être positif')).toMatchObject({
      kind: 'bound',
      rule: { exclusive_minimum: 0 },
    });
    expect(readConstraint('the tip defaults to 12 percent when omitted')).toEqual({
      kind: 'default',
      subject: ['tip'],
      value: 12,
    });
    expect(readConstraint('la propina es 12 por defecto')).toMatchObject({ kind: 'default', value: 12 });
    expect(readConstraint('shares with one decimal place')).toMatchObject({ kind: 'decimals', decimals: 1 });
    expect(readConstraint('Anteile auf 1 Nachkommastelle gerundet')).toMatchObject({ kind: 'decimals' });
    expect(readConstraint('include the spread too')).toEqual({ kind: 'output', subject: ['spread'] });
  });

  it('leaves a feature with an operation of its own or a route alone', () => {
    expect(readConstraint('split a bill among at least 2 guests')).toBeNull();
    expect(readConstraint('POST /split with at least 2 guests')).toBeNull();
    expect(readConstraint('sorted newest first by default')).toBeNull();
    expect(readConstraint('reject numbers outside the range 1 to 3999')).toBeNull();
    // A count per unit of time is a rate (a quota), not a bound on a field.
    expect(readConstraint('at most 20 uploads per hour')).toBeNull();
    expect(readConstraint('höchstens 3 Anfragen pro Minute')).toBeNull();
    expect(readConstraint('como mucho 7 envíos por día')).toBeNull();
    expect(readConstraint('au plus 9 messages par seconde')).toBeNull();
  });
});

describe('readRefusedRange', () => {
  it('reads which values of one field are refused, in four languages', () => {
    expect(readRefusedRange('guests over 12 are absurd and rejected')).toEqual({
      kind: 'bound',
      subject: ['guests'],
      rule: { maximum: 12 },
    });
    expect(readRefusedRange('ein Trinkgeld unter 5 Prozent wird abgelehnt')).toMatchObject({
      subject: ['trinkgeld'],
      rule: { minimum: 5 },
    });
    expect(readRefusedRange('una cuenta de cero o negativa es un error')).toMatchObject({
      rule: { exclusive_minimum: 0 },
    });
    expect(readRefusedRange('les pourboires de plus de 50 pour cent sont refusés')).toMatchObject({
      rule: { maximum: 50 },
    });
  });

  it('reads nothing for two fields, no refusal, or a rate', () => {
    expect(readRefusedRange('bill or guests below 1 are rejected')).toBeNull();
    expect(readRefusedRange('guests over 12 get a discount')).toBeNull();
    expect(readRefusedRange('more than 5 requests per minute are rejected')).toBeNull();
  });
});

describe('constraintProblems', () => {
  const bound = 'the number of guests must be between 2 and 8';

  it('never counts rounding up or down as realised by a computation that rounds half away from zero', () => {
    const e = splitter([field('bill', 'number'), field('guests', 'integer')]);
    for (const feature of [
      'each share is rounded up to whole cents',
      'Anteile werden auf den Cent aufgerundet',
      'la parte se redondea hacia abajo',
      'la part est arrondie au supérieur',
      "amounts use banker's rounding",
    ]) {
      expect(constraintProblems(contractOf(e, [happy]), feature, [e])).toEqual([
        expect.stringContaining('rounds that way (options.rounding'),
      ]);
    }
    expect(constraintProblems(contractOf(e, [happy]), 'shares rounded to 2 decimals', [e])).not.toEqual([
      expect.stringContaining('rounds that way'),
    ]);
  });

  it('counts a rounding mode realised by a computation set to it, at the decimals the feature names', () => {
    const up = splitter([field('bill', 'number')], { decimals: 2, rounding: 'up' } as never);
    expect(
      constraintProblems(contractOf(up, [happy]), 'each share is rounded up to whole cents', [up]),
    ).toEqual([]);
    expect(constraintProblems(contractOf(up, [happy]), 'Anteile werden aufgerundet', [up])).toEqual([]);
    // Down is not up, and full euros are not cents.
    expect(
      constraintProblems(contractOf(up, [happy]), 'la parte se redondea hacia abajo', [up]),
    ).toHaveLength(1);
    expect(
      constraintProblems(contractOf(up, [happy]), 'Anteile werden auf volle Euro aufgerundet', [up]),
    ).toEqual([expect.stringContaining('other decimals')]);
    // Without a worked example answering a number, the mode shows nowhere.
    expect(constraintProblems(contractOf(up, []), 'each share is rounded up', [up])).toEqual([
      expect.stringContaining('no worked example'),
    ]);
    const even = splitter([field('bill', 'number')], { decimals: 2, rounding: 'half_even' } as never);
    expect(constraintProblems(contractOf(even, [happy]), "amounts use banker's rounding", [even])).toEqual(
      [],
    );
  });

  it('never counts a rounding mode on a computation that does not round by one', () => {
    const e = splitter([field('value', 'number')], { decimals: 2, rounding: 'up' } as never);
    if (e.behavior.kind === 'function') e.behavior.function = 'temperature.convert';
    expect(
      constraintProblems(contractOf(e, [happy]), 'temperatures are always rounded up', [e]),
    ).toHaveLength(1);
  });

  it('counts a refused range realised only by a 4xx example beyond it on the field it names', () => {
    const feature = 'guests over 12 are absurd and rejected';
    const bounded = splitter([field('bill', 'number'), field('guests', 'integer', { maximum: 12 })]);
    const beyond = check('error', { bill: 90, tip_percent: 10, guests: 13 }, {});
    expect(constraintProblems(contractOf(bounded, [happy, beyond]), feature, [bounded])).toEqual([]);
    // No example sends 13 or more.
    const within = check('error', { bill: -1, tip_percent: 10, guests: 3 }, {});
    expect(constraintProblems(contractOf(bounded, [happy, within]), feature, [bounded])).toEqual([
      expect.stringContaining('no 4xx example'),
    ]);
    // A field refusing from 9 on refuses 13 too, but it is not what the feature says.
    const other = splitter([field('bill', 'number'), field('guests', 'integer', { maximum: 8 })]);
    expect(constraintProblems(contractOf(other, [happy, beyond]), feature, [other])).toEqual([
      expect.stringContaining('another bound'),
    ]);
  });

  it('holds a feature stating several bounds to every one of them', () => {
    const feature = 'guests at least 2, bill > 0 and tip_percent between 0 and 50, otherwise 400';
    const all = splitter([
      field('bill', 'number', { exclusive_minimum: 0 }),
      field('tip_percent', 'number', { minimum: 0, maximum: 50 }),
      field('guests', 'integer', { minimum: 2 }),
    ]);
    const refusals = [
      check('error', { bill: 90, tip_percent: 10, guests: 1 }, {}),
      check('error', { bill: 0, tip_percent: 10, guests: 3 }, {}),
      check('error', { bill: 90, tip_percent: 51, guests: 3 }, {}),
    ];
    expect(constraintProblems(contractOf(all, [happy, ...refusals]), feature, [all])).toEqual([]);
    // The upper bound of the percentage missing: that clause is not realised.
    const partly = splitter([
      field('bill', 'number', { exclusive_minimum: 0 }),
      field('tip_percent', 'number', { minimum: 0 }),
      field('guests', 'integer', { minimum: 2 }),
    ]);
    expect(constraintProblems(contractOf(partly, [happy, ...refusals]), feature, [partly])).toEqual([
      expect.stringContaining('"tip percent"'),
    ]);
  });

  it('realises a whole-number bound only on an integer field', () => {
    const whole = 'the number of guests is a whole number between 2 and 8';
    const refusal = check('error', { bill: 90, tip_percent: 10, guests: 9 }, {});
    const integer = splitter([
      field('bill', 'number'),
      field('guests', 'integer', { minimum: 2, maximum: 8 }),
    ]);
    expect(constraintProblems(contractOf(integer, [happy, refusal]), whole, [integer])).toEqual([]);

    // A number field with the same bounds takes 2.5 guests.
    const fractions = splitter([
      field('bill', 'number'),
      field('guests', 'number', { minimum: 2, maximum: 8 }),
    ]);
    expect(constraintProblems(contractOf(fractions, [happy, refusal]), whole, [fractions])).toEqual([
      expect.stringContaining('whole number'),
    ]);
  });

  it('realises a bound only by the named field declaring it, with a refusal beyond it', () => {
    const bounded = splitter([
      field('bill', 'number'),
      field('tip_percent', 'number'),
      field('guests', 'integer', { minimum: 2, maximum: 8 }),
    ]);
    const refusal = check('error', { bill: 90, tip_percent: 10, guests: 9 }, {});
    expect(constraintProblems(contractOf(bounded, [happy, refusal]), bound, [bounded])).toEqual([]);

    // The field without the bounds, or with other ones.
    const loose = splitter([field('bill', 'number'), field('guests', 'integer', { minimum: 1 })]);
    expect(constraintProblems(contractOf(loose, [happy, refusal]), bound, [loose])).toEqual([
      expect.stringContaining('declares exactly those bounds'),
    ]);
    // Another field bounded instead.
    const other = splitter([field('bill', 'number', { minimum: 2, maximum: 8 }), field('guests', 'integer')]);
    expect(constraintProblems(contractOf(other, [happy, refusal]), bound, [other])).toHaveLength(1);
    // Bounded, but no example sends a value outside.
    const inside = check('error', { bill: -1, tip_percent: 10, guests: 3 }, {});
    expect(constraintProblems(contractOf(bounded, [happy, inside]), bound, [bounded])).toEqual([
      expect.stringContaining('sends a value outside the bounds'),
    ]);
  });

  it('holds a bound whose subject names several fields to each of them (two fields named, one bounded)', () => {
    const both = 'tip percentages and guests are never negative';
    const refusesGuests = check('error', { bill: 90, tip_percent: 10, guests: -1 }, {});
    const refusesTip = check('error', { bill: 90, tip_percent: -5, guests: 3 }, {});
    // tip_percent, named by two words, is the field the subject names best: the bound held there alone passed.
    const one = splitter([
      field('bill', 'number'),
      field('tip_percent', 'number', { minimum: 0 }),
      field('guests', 'integer'),
    ]);
    expect(constraintProblems(contractOf(one, [happy, refusesTip]), both, [one])).toEqual([
      expect.stringContaining('it bounds "guests", but no number field'),
    ]);
    const each = splitter([
      field('bill', 'number'),
      field('tip_percent', 'number', { minimum: 0 }),
      field('guests', 'integer', { minimum: 0 }),
    ]);
    expect(constraintProblems(contractOf(each, [happy, refusesGuests, refusesTip]), both, [each])).toEqual(
      [],
    );
    // Each bounded, but only one refusal shown.
    expect(constraintProblems(contractOf(each, [happy, refusesGuests]), both, [each])).toEqual([
      expect.stringContaining('sends a value outside the bounds'),
    ]);
  });

  it('realises a default only by an optional field holding it, with an example that leaves it out', () => {
    const feature = 'tip percent defaults to 10 when not given';
    const withDefault = splitter([
      field('bill', 'number'),
      field('tip_percent', 'number', { required: false, default: 10 }),
      field('guests', 'integer'),
    ]);
    const omitted = check('happy', { bill: 90, guests: 3 }, { per_person: 33 });
    expect(constraintProblems(contractOf(withDefault, [happy, omitted]), feature, [withDefault])).toEqual([]);
    expect(constraintProblems(contractOf(withDefault, [happy]), feature, [withDefault])).toEqual([
      expect.stringContaining('leaves it out'),
    ]);
    const required = splitter([
      field('bill', 'number'),
      field('tip_percent', 'number'),
      field('guests', 'integer'),
    ]);
    expect(constraintProblems(contractOf(required, [happy, omitted]), feature, [required])).toHaveLength(1);
    const otherDefault = splitter([field('tip_percent', 'number', { required: false, default: 15 })]);
    expect(constraintProblems(contractOf(otherDefault, [omitted]), feature, [otherDefault])).toHaveLength(1);
  });

  it('realises rounding only by a computation set to those decimals, shown in an example', () => {
    const feature = 'amounts rounded to 3 decimals';
    const three = splitter([field('bill', 'number')], { decimals: 3 });
    const shown = check('happy', { bill: 100, tip_percent: 0, guests: 3 }, { per_person: 33.333 });
    expect(constraintProblems(contractOf(three, [shown]), feature, [three])).toEqual([]);
    expect(constraintProblems(contractOf(three, [happy]), feature, [three])).toEqual([
      expect.stringContaining('answers a number with that many'),
    ]);
    const two = splitter([field('bill', 'number')], { decimals: 2 });
    expect(constraintProblems(contractOf(two, [shown]), feature, [two])).toEqual([
      expect.stringContaining('no computation'),
    ]);
  });

  it('realises an extra result only by a worked example answering it', () => {
    const feature = 'also return the tip amount';
    const e = splitter([field('bill', 'number')]);
    const withTip = check('happy', { bill: 90, tip_percent: 10, guests: 3 }, { per_person: 33, tip: 9 });
    expect(constraintProblems(contractOf(e, [withTip]), feature, [e])).toEqual([]);
    expect(constraintProblems(contractOf(e, [happy]), feature, [e])).toHaveLength(1);
  });

  it('realises uniqueness ignoring case only by such a field, shown by a 409 on the other case', () => {
    const feature = 'handles are unique, case-insensitive';
    const handle = (extra: Partial<FieldSpec>) => field('handle', 'string', { unique: true, ...extra });
    const create = (f: FieldSpec): EndpointSpec => ({
      ...splitter([f]),
      id: 'create-member',
      behavior: { kind: 'create', resource: 'member' },
    });
    const twice = (first: string, second: string): AcceptanceCheck => ({
      id: 'AC-9',
      endpoint_id: 'create-member',
      description: 'a second member',
      kind: 'error',
      steps: [
        { request: { method: 'POST', path: '/members', body: { handle: first } }, expect: { status: 201 } },
        { request: { method: 'POST', path: '/members', body: { handle: second } }, expect: { status: 409 } },
      ],
    });
    const faithful = create(handle({ unique_ignore_case: true }));
    expect(constraintProblems(contractOf(faithful, [twice('kim', 'KIM')]), feature, [faithful])).toEqual([]);
    // The same value twice shows plain uniqueness, not the case rule.
    expect(constraintProblems(contractOf(faithful, [twice('kim', 'kim')]), feature, [faithful])).toHaveLength(
      1,
    );
    const caseSensitive = create(handle({}));
    expect(
      constraintProblems(contractOf(caseSensitive, [twice('kim', 'KIM')]), feature, [caseSensitive]),
    ).toEqual([expect.stringContaining('ignoring letter case')]);
    expect(readConstraint('les pseudos sont uniques, sans tenir compte de la casse')).toEqual({
      kind: 'unique',
      subject: ['pseudos'],
      ignoreCase: true,
    });
  });

  it('says nothing about a feature that constrains nothing', () => {
    const e = splitter([field('bill', 'number')]);
    expect(constraintProblems(contractOf(e, [happy]), 'split a bill with a tip among people', [e])).toEqual(
      [],
    );
  });
});

describe('a refused range on the items of a list input', () => {
  const lines = field('lines', 'object[]', {
    items: [field('quantity', 'integer', { exclusive_minimum: 0 }), field('unit_price', 'number')],
  });
  const order: EndpointSpec = { ...splitter([lines]), summary: 'Totals order lines' };
  const refused = (price: number) =>
    check('error', { lines: [{ quantity: 1, unit_price: price }] }, { error: { code: 'VALIDATION_FAILED' } });
  const feature = 'a negative price is refused';

  it('is realised by a 4xx example sending such a value in an item', () => {
    expect(constraintProblems(contractOf(order, [refused(-2)]), feature, [order])).toEqual([]);
  });

  it('still refuses a 4xx example whose item value the feature allows, and a bound that contradicts it', () => {
    expect(constraintProblems(contractOf(order, [refused(2)]), feature, [order])).toEqual([
      'it refuses values of "price", but no 4xx example of POST /split sends one',
    ]);
    const bounded = {
      ...order,
      request: {
        body: {
          fields: [{ ...lines, items: [field('unit_price', 'number', { minimum: 5 })] }],
          allow_unknown: false,
          example: {},
        },
      },
    };
    expect(constraintProblems(contractOf(bounded, [refused(-2)]), feature, [bounded])).toHaveLength(1);
  });
});

describe('bounds on a quantity named in another language', () => {
  const distance = field('kilometres', 'number', { description: 'Distance in kilometres (km), 0 or more' });
  const weight = field('kilograms', 'number', { description: 'Weight in kilograms (kg), 0 or more' });
  const seconds = field('seconds', 'integer', { description: 'The duration in whole seconds, 0 or more' });

  it('names the distance, duration or seconds field by its German, Spanish or French word', () => {
    for (const [feature, named] of [
      ['Die Entfernung darf nicht negativ sein', distance],
      ['la distancia debe estar entre 0 y 10', distance],
      ['die Sekunden dürfen höchstens 86400 sein', seconds],
      ['la durée doit être au plus 86400', seconds],
    ] as const) {
      const reading = readConstraint(feature);
      expect(
        reading && 'subject' in reading ? fieldsNamedBy(reading.subject, [distance, weight, seconds]) : null,
      ).toEqual([named]);
    }
  });

  it('still names nothing when the quantity is not among the fields', () => {
    const reading = readConstraint('Die Entfernung darf nicht negativ sein');
    expect(
      reading && 'subject' in reading ? fieldsNamedBy(reading.subject, [weight, seconds]) : null,
    ).toEqual([]);
    const speed = readConstraint('la velocidad debe estar entre 0 y 300');
    expect(speed && 'subject' in speed ? fieldsNamedBy(speed.subject, [distance, weight]) : null).toEqual([]);
  });

  it('holds a bound written with a unit only on a field measured in that unit', () => {
    const km = readConstraint('la distancia debe estar entre 0 y 1000 kilómetros');
    expect(km).toMatchObject({ kind: 'bound', unit: 'kilometros', rule: { minimum: 0, maximum: 1000 } });
    const miles = readConstraint('the distance must be between 0 and 100 miles');
    for (const [reading, fields, named] of [
      [km, [distance, weight], [distance]],
      [miles, [distance, weight], []],
    ] as const) {
      const fit = fields.filter((f) => reading?.kind === 'bound' && boundFieldFits(reading, f));
      expect(reading && 'subject' in reading ? fieldsNamedBy(reading.subject, fit) : null).toEqual(named);
    }
  });
});
