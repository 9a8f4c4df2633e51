import type { AcceptanceCheck, Behavior, EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';
import { featureFidelity } from './feature-fidelity';

const field = (name: string, type: FieldSpec['type'], example: unknown): FieldSpec => ({
  name,
  type,
  required: true,
  description: '',
  example,
});

/** One POST endpoint `e0` with the given body fields, answer and behaviour, and the given checks. */
function contract(spec: {
  path: string;
  summary: string;
  fields: FieldSpec[];
  answer: Record<string, unknown>;
  behavior: Behavior;
  features: string[];
  checks: AcceptanceCheck[];
  purpose?: string;
}): SpecContract {
  const endpoint: EndpointSpec = {
    id: 'e0',
    method: 'POST',
    path: spec.path,
    summary: spec.summary,
    features: spec.features,
    behavior: spec.behavior,
    request: {
      body: {
        fields: spec.fields,
        allow_unknown: false,
        example: Object.fromEntries(spec.fields.map((f) => [f.name, f.example])),
      },
    },
    responses: [{ status: 200, description: 'the answer', example: spec.answer }],
    errors: [{ status: 400, code: 'VALIDATION_FAILED', when: 'a field is missing or not valid' }],
  };
  return {
    service: { purpose: spec.purpose ?? '' },
    udc: { version: '1.0', endpoints: [] },
    resources: [],
    endpoints: [endpoint],
    acceptance: spec.checks,
  } as unknown as SpecContract;
}

function happy(
  description: string,
  body: Record<string, unknown>,
  answer: Record<string, unknown>,
): AcceptanceCheck {
  return {
    id: `AC-h-${description.length}`,
    endpoint_id: 'e0',
    description,
    kind: 'happy',
    steps: [
      { request: { method: 'POST', path: '/x', body }, expect: { status: 200, body_contains: answer } },
    ],
  };
}

function refused(description: string, body: Record<string, unknown>): AcceptanceCheck {
  return {
    id: `AC-e-${description.length}`,
    endpoint_id: 'e0',
    description,
    kind: 'error',
    steps: [
      {
        request: { method: 'POST', path: '/x', body },
        expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
      },
    ],
  };
}

const STATIC: Behavior = { kind: 'static', status: 200, body: {} } as unknown as Behavior;

describe("the free-text rule reads a feature's words off what the service does, not off example labels", () => {
  const feature = 'estimate the shipping cost of a parcel from its weight';

  it('realises a feature whose endpoint, fields and answers carry its words', () => {
    const c = contract({
      path: '/shipping/quote',
      summary: 'Estimates the shipping cost of a parcel from its weight in kg.',
      fields: [field('parcel_weight_kg', 'number', 2)],
      answer: { shipping_cost: 7.5 },
      behavior: STATIC,
      features: [feature],
      checks: [happy('a small one', { parcel_weight_kg: 2 }, { shipping_cost: 7.5 })],
    });

    expect(featureFidelity(c, [feature])[0]).toMatchObject({ realised: true, problems: [] });
  });

  it('refuses a currency converter whose examples are only labelled with the feature', () => {
    const c = contract({
      path: '/money/convert',
      summary: 'Converts an amount between two currencies.',
      fields: [field('amount', 'number', 10), field('from', 'string', 'USD'), field('to', 'string', 'EUR')],
      answer: { converted: 9.1 },
      behavior: STATIC,
      features: [feature],
      checks: [
        happy(
          'estimates the shipping cost of a parcel from its weight',
          { amount: 10, from: 'USD', to: 'EUR' },
          { converted: 9.1 },
        ),
      ],
    });

    expect(featureFidelity(c, [feature])[0].problems).toEqual([
      expect.stringContaining('it looks like another domain'),
    ]);
  });
});

describe('a computation must be about the feature it is claimed for', () => {
  const pigLatin = 'translate a sentence into Pig Latin';

  it('refuses a word reverser whose summary claims a Pig Latin translation', () => {
    const c = contract({
      path: '/pig-latin',
      summary: 'Translates a sentence into Pig Latin.',
      fields: [field('sentence', 'string', 'hello world')],
      answer: { pig_latin: 'world hello' },
      behavior: {
        kind: 'function',
        function: 'text.reverse-words',
        inputs: { text: 'sentence' },
        outputs: { text: 'pig_latin' },
      },
      features: [pigLatin],
      checks: [happy('pig latin', { sentence: 'hello world' }, { pig_latin: 'world hello' })],
    });

    expect(featureFidelity(c, [pigLatin])[0].problems).toEqual([
      expect.stringContaining('runs the computation text.reverse-words, which is about none of its terms'),
    ]);
  });

  it('refuses a readable-size formatter claimed for a duration, and accepts it for a size of bytes', () => {
    const sized = (feature: string) =>
      contract({
        path: '/size/format',
        summary: `Writes a whole number of bytes as a readable size: ${feature}.`,
        fields: [field('bytes', 'integer', 1536)],
        answer: { size: '1.5 KiB' },
        behavior: {
          kind: 'function',
          function: 'size.format',
          inputs: { bytes: 'bytes' },
          outputs: { size: 'size' },
        },
        features: [feature],
        checks: [happy('1536', { bytes: 1536 }, { size: '1.5 KiB' })],
      });
    const elapsed = 'show how long a render took in a readable form';
    expect(featureFidelity(sized(elapsed), [elapsed])[0].problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('runs the computation size.format, which is about none'),
      ]),
    );
    const bytes = 'Bytes lesbar anzeigen (KiB, MiB)';
    expect(featureFidelity(sized(bytes), [bytes])[0].problems.join(' ')).not.toContain(
      'runs the computation',
    );
  });

  it('realises a feature the computation is about, in another language too', () => {
    const feature = 'die Reihenfolge der Wörter eines Satzes umkehren';
    const c = contract({
      path: '/worte/umkehren',
      summary: 'Kehrt die Reihenfolge der Wörter eines Satzes um.',
      fields: [field('satz', 'string', 'eins zwei drei')],
      answer: { umgekehrt: 'drei zwei eins' },
      behavior: {
        kind: 'function',
        function: 'text.reverse-words',
        inputs: { text: 'satz' },
        outputs: { text: 'umgekehrt' },
      },
      features: [feature],
      checks: [happy('drei Wörter', { satz: 'eins zwei drei' }, { umgekehrt: 'drei zwei eins' })],
    });

    expect(featureFidelity(c, [feature])[0]).toMatchObject({ realised: true, problems: [] });
  });

  it('reads an id it has no row for by its own words', () => {
    const feature = 'the great-circle distance between two airports';
    const c = contract({
      path: '/airports/distance',
      summary: 'The great-circle distance between two airports in km.',
      fields: [field('from_airport', 'string', 'CDG'), field('to_airport', 'string', 'JFK')],
      answer: { distance_km: 5837 },
      behavior: {
        kind: 'function',
        function: 'geo.distance',
        inputs: { a: 'from_airport', b: 'to_airport' },
        outputs: { km: 'distance_km' },
      },
      features: [feature],
      checks: [happy('Paris to New York', { from_airport: 'CDG', to_airport: 'JFK' }, { distance_km: 5837 })],
    });

    expect(featureFidelity(c, [feature])[0].problems.join(' ')).not.toContain('runs the computation');
  });

  it('holds a feature naming its route to the computation too, by its words or the purpose', () => {
    const literal = 'POST /pig-latin with body {"sentence": string} returns {"pig_latin": string}';
    const build = (purpose: string) =>
      contract({
        path: '/pig-latin',
        summary: 'Translates a sentence into Pig Latin.',
        fields: [field('sentence', 'string', 'hello world')],
        answer: { pig_latin: 'world hello' },
        behavior: {
          kind: 'function',
          function: 'text.reverse-words',
          inputs: { text: 'sentence' },
          outputs: { text: 'pig_latin' },
        },
        features: [literal],
        checks: [happy('two words', { sentence: 'hello world' }, { pig_latin: 'world hello' })],
        purpose,
      });

    expect(featureFidelity(build('Pig Latin for a language class'), [literal])[0].problems).toEqual([
      expect.stringContaining('runs the computation text.reverse-words'),
    ]);
    expect(featureFidelity(build('Word order games: reverse the words'), [literal])[0]).toMatchObject({
      realised: true,
    });
  });
});

describe("a feature that only constrains another feature's endpoint needs a refusal of its own", () => {
  const quote = 'estimate the shipping cost of a parcel from its weight';
  const limit = 'refuse parcels heavier than 30 kg';
  const build = (checks: AcceptanceCheck[]) =>
    contract({
      path: '/shipping/quote',
      summary:
        'Estimates the shipping cost of a parcel from its weight in kg; parcels over 30 kg are refused.',
      fields: [field('parcel_weight_kg', 'number', 2), field('country', 'string', 'FR')],
      answer: { shipping_cost: 7.5 },
      behavior: STATIC,
      features: [quote, limit],
      checks: [
        happy('a small one', { parcel_weight_kg: 2, country: 'FR' }, { shipping_cost: 7.5 }),
        ...checks,
      ],
    });

  it('realises it with a 4xx example that sends what it refuses', () => {
    const c = build([refused('a parcel of 31 kg is refused', { parcel_weight_kg: 31, country: 'FR' })]);

    expect(featureFidelity(c, [quote, limit])[1]).toMatchObject({ realised: true, problems: [] });
  });

  it('refuses it when the only 4xx example refuses something else', () => {
    const c = build([refused('an unknown destination is refused', { parcel_weight_kg: 2, country: 'XX' })]);

    expect(featureFidelity(c, [quote, limit])[1].problems).toEqual([
      expect.stringContaining('no 4xx example there is its own'),
      expect.stringContaining('no 4xx example of POST /shipping/quote sends one'),
    ]);
  });

  it('attributes an example by a word of its own that the other feature does not use', () => {
    const c = build([refused('a heavier parcel is refused', { parcel_weight_kg: 30.5, country: 'FR' })]);
    expect(featureFidelity(c, [quote, limit])[1]).toMatchObject({ realised: true });
  });

  it('does not count a refusal of a weight the feature allows, whatever its words', () => {
    // 2.5 kg is not heavier than 30 kg: refusing it is not what the feature asks.
    const c = build([refused('a heavier parcel is refused', { parcel_weight_kg: 2.5, country: 'FR' })]);
    expect(featureFidelity(c, [quote, limit])[1].problems).toEqual([
      expect.stringContaining('no 4xx example of POST /shipping/quote sends one'),
    ]);
  });

  it('takes a feature that writes "zero" at its word: an example sending 0 is its own', () => {
    const zero = 'a weight of zero or below is refused';
    const c = contract({
      path: '/shipping/quote',
      summary: 'Estimates the shipping cost of a parcel from its weight in kg.',
      fields: [field('parcel_weight_kg', 'number', 2), field('country', 'string', 'FR')],
      answer: { shipping_cost: 7.5 },
      behavior: STATIC,
      features: [quote, zero],
      checks: [
        happy('a small one', { parcel_weight_kg: 2, country: 'FR' }, { shipping_cost: 7.5 }),
        refused('nothing to ship', { parcel_weight_kg: 0, country: 'FR' }),
      ],
    });
    expect(featureFidelity(c, [quote, zero])[1]).toMatchObject({ realised: true });
  });

  it('attributes an example by a value beyond the bound the feature names', () => {
    const c = build([refused('too much', { parcel_weight_kg: 45, country: 'FR' })]);

    expect(featureFidelity(c, [quote, limit])[1]).toMatchObject({ realised: true });
  });
});

describe('a feature that refuses empty values', () => {
  const count = 'count the words in a piece of text';
  const empty = 'empty text should be rejected';
  const build = (allowEmpty: boolean) =>
    contract({
      path: '/text/words',
      summary: 'Counts the words of a text; an empty text is refused.',
      fields: [{ ...field('text', 'string', 'two words'), ...(allowEmpty ? { allow_empty: true } : {}) }],
      answer: { words: 2 },
      behavior: STATIC,
      features: [count, empty],
      checks: [
        happy('two words', { text: 'two words' }, { words: 2 }),
        refused('an empty text is refused', { text: '' }),
      ],
    });

  it('is realised when the endpoint refuses an empty string', () => {
    expect(featureFidelity(build(false), [count, empty])[1]).toMatchObject({ realised: true });
  });

  it('is not realised by an endpoint that lets an empty string through', () => {
    expect(featureFidelity(build(true), [count, empty])[1].problems).toEqual([
      expect.stringContaining('accepts an empty text (allow_empty)'),
    ]);
  });
});
