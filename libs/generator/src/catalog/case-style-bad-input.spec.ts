import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * An identifier converted into the one naming style the caller picks among those a feature lists
 * (text-case-style.ts), on bad input and as a property: whatever JSON body arrives (no text, not a string, a style
 * not listed, prototype names, a very long text) the generated service answers 200 or 400, never a 500; and every
 * answer, whatever the phrase, is the phrase's words written in the style asked (seeded identifiers).
 */

jest.setTimeout(120_000);

const FEATURES = [
  'POST /case with {"text": string, "to": "camel"|"snake"|"kebab"|"title"} returns {"result": string}',
  'an unknown style returns 400',
];

const { served, converters, post } = servedConverter('case-style-svc', FEATURES, 'text.case-style', '/case');

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

/** Identifiers of 1 to 4 lower-case words, seeded, with the words they are made of. */
function identifiers(seed: number, count: number): string[][] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 4) }, () => 'abcdefghijklmnopqrstuvwxyz'.slice(next() % 20, 22)),
  );
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

describe('an identifier converted into the naming style the caller picks', () => {
  it('is one converter claiming both features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /case']);
    expect([...converters()[0].features].sort()).toEqual([...FEATURES].sort());
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), oddValues([]), 20261207)).toEqual([]);
  });

  it('refuses a missing or non-string text, a text without words, or a style not listed, with 400', async () => {
    for (const body of [
      { to: 'camel' },
      { text: 42, to: 'camel' },
      { text: '--- ***', to: 'snake' },
      { text: 'user id' },
      { text: 'user id', to: 'CAMEL' },
      { text: 'user id', to: 'constructor' },
      { text: 'user id', to: 'pascal' },
    ])
      expect((await post(body)).status).toBe(400);
  });

  it('writes the same words in each style, from any style (seeded)', async () => {
    for (const words of identifiers(11, 12)) {
      const forms = {
        camel: words[0] + words.slice(1).map(cap).join(''),
        snake: words.join('_'),
        kebab: words.join('-'),
        title: words.map(cap).join(' '),
      };
      for (const from of [forms.snake, forms.kebab, forms.camel])
        for (const [to, want] of Object.entries(forms)) {
          const { status, body } = await post({ text: from, to });
          expect({ from, to, status, result: body.result }).toEqual({ from, to, status: 200, result: want });
        }
    }
  });
});
