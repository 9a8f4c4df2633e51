import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * Text statistics that also count paragraphs and characters without spaces (text-statistics-counts.ts), spelled
 * out, on bad input and as a property: whatever JSON body arrives the generated service answers 200 or 400, never a
 * 500; a missing or non-string text is 400; and for seeded texts of words, spaces, tabs and line breaks the
 * characters without spaces are the non-space characters and the paragraphs the runs of non-blank lines parted
 * by blank lines, counted here line by line apart from the emitted code.
 */

jest.setTimeout(120_000);

const FEATURES = [
  'POST /stats with {"text": string} returns {"words": number, "characters": number, ' +
    '"characters_no_spaces": number, "paragraphs": number}; paragraphs are separated by blank lines',
  '"text" missing or not a string returns 400',
];

const { served, converters, post } = servedConverter(
  'text-counts-svc',
  FEATURES,
  'text.statistics',
  '/stats',
);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

/** Seeded texts of a few words, spaces, tabs and line breaks (blank lines among them). */
function texts(seed: number, count: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const parts = ['ab', 'Ça', 'x.', ' ', '\t', '\n', '\n\n', ' \n \n', '\r\n'];
  return Array.from({ length: count }, () =>
    Array.from({ length: next() % 9 }, () => parts[next() % parts.length]).join(''),
  );
}

/** The paragraphs of a text by hand: a paragraph starts at a non-blank line after a blank one (or the start). */
function paragraphs(text: string): number {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  return lines.filter((line, i) => line.trim() !== '' && (i === 0 || lines[i - 1].trim() === '')).length;
}

describe('text statistics with paragraphs and characters without spaces', () => {
  it('is one endpoint claiming both features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /stats']);
    expect([...converters()[0].features].sort()).toEqual([...FEATURES].sort());
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), oddValues([]), 20261207)).toEqual([]);
  });

  it('refuses a missing or non-string text with 400', async () => {
    for (const body of [{}, { text: 42 }, { text: null }, { text: ['a'] }, { text: { a: 1 } }])
      expect((await post(body)).status).toBe(400);
  });

  it('counts the non-space characters and the paragraphs of any text (seeded)', async () => {
    for (const text of texts(5, 40)) {
      const { status, body } = await post({ text });
      const want = {
        status: 200,
        characters_no_spaces: [...text].filter((c) => c.trim() !== '').length,
        paragraphs: paragraphs(text),
      };
      expect({
        text,
        status,
        characters_no_spaces: body.characters_no_spaces,
        paragraphs: body.paragraphs,
      }).toEqual({
        text,
        ...want,
      });
    }
  });
});
