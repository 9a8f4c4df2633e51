import fc from 'fast-check';
import type { FunctionDesign } from './catalog-entry';
import { recogniseFeature } from './catalog';
import { rollByNotation } from './dice-reference';
import { sampleExample } from './written-samples';
import { runCatalogFunction } from './testing/run-function';

/*
 * Values written where a computation's types would be: the written request becomes a worked example answered by
 * the family's reference (never copied from the feature), an answer the reference does not give leaves the route
 * unbound, and a value the computation refuses with no answer beside it is a pattern, not a request.
 */

function design(text: string): FunctionDesign {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`no design for ${text}`);
  return found.design;
}

const same = (names: [string, string][]) => new Map(names);

describe('sampleExample', () => {
  const fromRoman = design('convert a Roman numeral to an integer');

  it('shows the written request with the answer the reference computes', () => {
    const found = sampleExample(
      'POST /roman/parse with {"roman": "MMXXVI"} returns {"number": 2026}',
      fromRoman,
      same([['roman', 'roman']]),
      same([['number', 'number']]),
    );
    expect(found?.example).toMatchObject({ input: { roman: 'MMXXVI' }, output: { number: 2026 } });
  });

  it('binds nothing when the written answer is not the reference’s', () => {
    const wrong = 'POST /roman/parse with {"roman": "MMXXVI"} returns {"number": 2025}';
    expect(
      sampleExample(wrong, fromRoman, same([['roman', 'roman']]), same([['number', 'number']])),
    ).toBeNull();
  });

  it('reads a refused value with no answer beside it as a pattern, and a refused one with an answer as unbound', () => {
    const dice = design('roll dice written in dice notation like 2d6+3, repeatable with a seed');
    const names = same([
      ['notation', 'dice'],
      ['seed', 'seed'],
    ]);
    const outputs = same([
      ['rolls', 'rolls'],
      ['total', 'total'],
    ]);
    const pattern =
      'POST /roll with {"dice": "NdM", "seed": integer} returns {"rolls": [integer], "total": integer}';
    expect(sampleExample(pattern, dice, names, outputs)).toEqual({});
    const stated = 'POST /roll with {"dice": "NdM", "seed": 3} returns {"total": 7}';
    expect(sampleExample(stated, dice, names, outputs)).toBeNull();
  });

  it('rolls a written seeded request as the published generator does', () => {
    const dice = design('roll dice written in dice notation like 2d6+3, repeatable with a seed');
    const found = sampleExample(
      'POST /wuerfeln {"notation": "2d6+3", "seed": 42} -> {"wuerfe": [Ganzzahl], "summe": Ganzzahl}',
      dice,
      same([
        ['notation', 'notation'],
        ['seed', 'seed'],
      ]),
      same([
        ['rolls', 'wuerfe'],
        ['total', 'summe'],
      ]),
    );
    expect(found?.example).toMatchObject({
      input: { notation: '2d6+3', seed: 42 },
      output: { rolls: [4, 3], total: 10 },
    });
  });
});

describe('rollByNotation (the reference of dice in notation)', () => {
  it.each([
    ['2d6+3', 42, [4, 3], 10],
    ['4d6-2', 2024, [5, 5, 4, 5], 17],
    ['3d8', 1, [6, 1, 5], 12],
    ['d100', 123456789, [26], 26],
  ])('%p with seed %p rolls %p, total %p', (notation, seed, rolls, total) => {
    expect(rollByNotation({ notation, seed })).toEqual({ ok: true, results: { rolls, total } });
  });

  it('refuses what is not notation or lies outside its bounds', () => {
    for (const notation of ['', '2x6', '0d6', '101d6', '2d1', '1d6+1000001', 'NdM'])
      expect([notation, rollByNotation({ notation, seed: 1 }).ok]).toEqual([notation, false]);
  });

  it('agrees with the emitted code on every roll it answers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 1100 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        (count, sides, modifier, seed) => {
          const notation = `${count === 1 ? '' : count}d${sides}${modifier === 0 ? '' : modifier > 0 ? `+${modifier}` : modifier}`;
          const reference = rollByNotation({ notation, seed });
          const emitted = runCatalogFunction('dice.roll', { notation, seed }, {});
          expect(emitted.ok).toBe(reference.ok);
          if (reference.ok && emitted.ok) expect(emitted.value).toEqual(reference.results);
        },
      ),
      { numRuns: 300 },
    );
  });
});
