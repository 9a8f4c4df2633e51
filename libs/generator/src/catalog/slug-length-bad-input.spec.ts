import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * A slug maker whose maximum length, cut at a word boundary, is a feature of its own (text-slug-length.ts), on
 * bad input and as a property: whatever JSON body arrives (no title, not a string, blank, prototype names, a very
 * long text) the generated service answers 200 or 400, never a 500; every slug it answers is at most 20
 * characters, never ends in "-", and is the whole slug cut after a whole word (or the first word cut inside when
 * that word alone is longer than 20 characters).
 */

jest.setTimeout(120_000);

const FEATURES = [
  'POST /slugify with {"title": string} returns {"slug": string}, lower case with words joined by hyphens',
  'the slug is at most 20 characters, cut at a word boundary and never ending in "-"',
  'repeated dashes are merged and there is never a dash at the start or end',
  'an empty title is an error (400)',
];

const { served, converters, post } = servedConverter('slug-length-svc', FEATURES, 'text.slugify', '/slugify');

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

/** The uncut slug of a title, written by hand for the ASCII titles below. */
const whole = (title: string) =>
  title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .join('-');

/** Titles of words of every length, seeded. */
function titles(seed: number, count: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const words = Array.from({ length: 1 + (next() % 7) }, () =>
      'abcdefghijklmnopqrstuvwxyz'.slice(0, 1 + (next() % 24)),
    );
    out.push(words.join(next() % 2 === 0 ? ' ' : ' -- '));
  }
  return out;
}

describe('a slug cut at 20 characters on a word boundary, as a feature of its own says', () => {
  it('is one slug maker claiming all four features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /slugify']);
    expect([...converters()[0].features].sort()).toEqual([...FEATURES].sort());
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), oddValues([]), 20261207)).toEqual([]);
  });

  it('refuses a missing, non-string, empty or blank title with 400', async () => {
    for (const body of [{}, { title: 42 }, { title: null }, { title: '' }, { title: '   ' }, { title: '?!' }])
      expect((await post(body)).status).toBe(400);
  });

  it('cuts after the last whole word: "Hello Wonderful World" is hello-wonderful', async () => {
    expect(await post({ title: 'Hello Wonderful World' })).toEqual({
      status: 200,
      body: expect.objectContaining({ slug: 'hello-wonderful' }) as unknown,
    });
    expect((await post({ title: 'Ten Tips for 2024 -- Part 2' })).body.slug).toBe('ten-tips-for-2024');
    expect((await post({ title: 'The Quick Brown Fox Jumps' })).body.slug).toBe('the-quick-brown-fox');
  });

  it('answers slugs of at most 20 characters, cut after whole words, never ending in "-" (seeded)', async () => {
    for (const title of titles(7, 40)) {
      const full = whole(title);
      const { status, body } = await post({ title });
      const slug = String(body.slug);
      expect({ title, status }).toEqual({ title, status: 200 });
      expect(slug.length).toBeLessThanOrEqual(20);
      expect(slug.endsWith('-')).toBe(false);
      if (full.length <= 20) expect(slug).toBe(full);
      else if (full.indexOf('-') > 0 && full.indexOf('-') <= 20) {
        // Whole words only: the cut falls where a dash stood in the whole slug.
        expect(full.startsWith(`${slug}-`)).toBe(true);
        expect(full.slice(slug.length + 1).split('-')[0].length + slug.length + 1).toBeGreaterThan(20);
      } else expect(slug).toBe(full.slice(0, 20));
    }
  });
});
