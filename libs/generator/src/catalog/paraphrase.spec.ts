import { recogniseFeature } from './catalog';
import { NEAR_MISSES, PARAPHRASES } from './testing/paraphrases';
import { phrasingTableTests } from './testing/phrasing-check';

/*
 * The computation families read across phrasings (testing/paraphrases.ts): each phrasing is recognised as its
 * function, the designed endpoint answers the worked example by the emitted code, and the SPEC gate finds the
 * feature realised. Near misses are left to other parts (or refused).
 */

/**
 * Phrasings the recognisers do not yet read, each failing its own check (at the start: 55 of 234; two of those,
 * underspecified, are near misses now): a temperature written "temps", an amount with no hand-written fact for
 * its example.
 */
const NOT_YET_READ = new Set<string>(['temps in F -> C', 'how many gallons are 20 liters?']);

describe('the computation families across phrasings', () => {
  it('has at least six phrasings of every function it covers', () => {
    const counts = new Map<string, number>();
    for (const row of PARAPHRASES) counts.set(row.fn, (counts.get(row.fn) ?? 0) + 1);
    const families = [...counts.keys()].filter((fn) => !/^(duration\.parse|roman\.from-roman)$/.test(fn));
    expect(families.filter((fn) => (counts.get(fn) ?? 0) < 6)).toEqual([]);
  });

  phrasingTableTests(PARAPHRASES, NOT_YET_READ);

  it.each(NEAR_MISSES)('leaves %p unrecognised', (text) => {
    expect(recogniseFeature(text)).toBeNull();
  });
});
