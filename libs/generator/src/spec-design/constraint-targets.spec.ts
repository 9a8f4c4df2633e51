import type { EndpointSpec } from '@sf/service-spec';
import type { ConstraintDesign } from '../catalog/catalog-entry';
import { constraintTargets } from './constraint-targets';

const endpoint = (id: string, fn: string) =>
  ({ id, behavior: { kind: 'function', function: fn, inputs: {}, outputs: {} } }) as unknown as EndpointSpec;

const parse = endpoint('parse', 'roman.from-roman');
const parseAgain = endpoint('parse-again', 'roman.from-roman');
const write = endpoint('write', 'roman.to-roman');
const constraint = (each: boolean): ConstraintDesign => ({
  function: 'roman.from-roman',
  functions: ['roman.to-roman'],
  each,
  refusals: () => [],
});

describe('the endpoints a catalog constraint joins', () => {
  it('joins the first endpoint it fits when it is said of one computation', () => {
    expect(constraintTargets(constraint(false), [parse, write], () => true)).toEqual([parse]);
    expect(constraintTargets(constraint(false), [parse, write], (e) => e === write)).toEqual([write]);
  });

  it('joins the first fitting endpoint of every computation when it is said of each', () => {
    expect(constraintTargets(constraint(true), [parse, parseAgain, write], () => true)).toEqual([
      parse,
      write,
    ]);
    expect(constraintTargets(constraint(true), [parse, parseAgain, write], (e) => e !== parse)).toEqual([
      parseAgain,
      write,
    ]);
  });

  it('joins nothing it does not fit', () => {
    expect(constraintTargets(constraint(true), [parse, write], () => false)).toEqual([]);
  });
});
