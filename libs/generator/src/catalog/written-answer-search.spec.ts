import type { FunctionDesign } from './catalog-entry';
import { recogniseFeature } from './catalog';
import { requestAnswering } from './written-answer-search';

/*
 * An answer written without its request: the request answering it is found among the design's worked examples, or
 * for one whole-number input as the only number from 0 to 9999 the reference answers so — never a guess.
 */

function designOf(feature: string): FunctionDesign {
  const found = recogniseFeature(feature);
  if (!found || !('design' in found)) throw new Error(`not a design: ${feature}`);
  return found.design;
}

const equals = (want: unknown) => (got: unknown) => got === want;

describe('requestAnswering', () => {
  it('finds the one number a Roman numeral answers (MCMXC is 1990)', () => {
    const design = designOf('GET /roman/{n} returns {"roman": string} for n from 1 to 3999');
    expect(design.function).toBe('roman.to-roman');
    const found = requestAnswering(design, [{ result: 'roman', same: equals('MCMXC') }]);
    expect(found?.params).toEqual({ [design.inputs[0].param]: 1990 });
  });

  it('finds a numeral among the reading design’s own worked examples', () => {
    const design = designOf('convert a Roman numeral such as MCMXCIV to a number');
    expect(design.function).toBe('roman.from-roman');
    const found = requestAnswering(design, [{ result: 'number', same: equals(1994) }]);
    expect(found?.params).toEqual({ [design.inputs[0].param]: 'MCMXCIV' });
  });

  it('finds nothing for an answer the reference never gives', () => {
    const design = designOf('GET /roman/{n} returns {"roman": string} for n from 1 to 3999');
    expect(requestAnswering(design, [{ result: 'roman', same: equals('IIII') }])).toBeNull();
  });

  it('shows no request when more than one number answers the same', () => {
    const design: FunctionDesign = {
      ...designOf('GET /roman/{n} returns {"roman": string} for n from 1 to 3999'),
      examples: [],
      reference: {
        read: () => null,
        compute: (p) => ({
          ok: true,
          results: { roman: Number(p[Object.keys(p)[0]]) % 2 === 0 ? 'even' : 'odd' },
        }),
      },
    };
    expect(requestAnswering(design, [{ result: 'roman', same: equals('even') }])).toBeNull();
  });
});
