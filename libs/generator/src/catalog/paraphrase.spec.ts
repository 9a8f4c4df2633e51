import { recogniseFeature } from './catalog';
import { NEAR_MISSES, PARAPHRASES } from './testing/paraphrases';
import { phrasingProblem as problemOf } from './testing/phrasing-check';

/*
 * The computation families read across phrasings (testing/paraphrases.ts): each phrasing is recognised as its
 * function, the designed endpoint answers the worked example by the emitted code, and the SPEC gate finds the
 * feature realised. Near misses are left to other parts (or refused).
 */

/**
 * Phrasings the recognisers do not yet read, each failing its own check (at the start: 55 of 234; two of those,
 * underspecified, are near misses now): a temperature written "temps", an amount with no hand-written fact for
 * its example, slugs of "blog" titles (read as a blog's records).
 */
const NOT_YET_READ = new Set<string>([
  'temps in F -> C',
  'how many gallons are 20 liters?',
  'make URL-friendly slugs from blog titles',
]);

describe('the computation families across phrasings', () => {
  it('has at least six phrasings of every function it covers', () => {
    const counts = new Map<string, number>();
    for (const row of PARAPHRASES) counts.set(row.fn, (counts.get(row.fn) ?? 0) + 1);
    const families = [...counts.keys()].filter((fn) => !/^(duration\.parse|roman\.from-roman)$/.test(fn));
    expect(families.filter((fn) => (counts.get(fn) ?? 0) < 6)).toEqual([]);
  });

  for (const row of PARAPHRASES.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)} as ${row.fn}`, () => {
      expect(problemOf(row)).toBe('');
    });
  }

  it('still misses the phrasings marked as not yet read (remove them from the list once read)', () => {
    const read = PARAPHRASES.filter((r) => NOT_YET_READ.has(r.text) && problemOf(r) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });

  it.each(NEAR_MISSES)('leaves %p unrecognised', (text) => {
    expect(recogniseFeature(text)).toBeNull();
  });
});
