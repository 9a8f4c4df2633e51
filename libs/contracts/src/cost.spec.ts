import { addPhaseCost } from './cost';

describe('addPhaseCost', () => {
  it('counts a call in the total and under its phase, kept to a millionth of a dollar', () => {
    const empty = { usd: 0, tokens: 0, by_phase: {} };
    const once = addPhaseCost(empty, 'codegen', 0.1 + 0.2, 1000);
    const twice = addPhaseCost(once, 'codegen', 0.0000004, 10);
    expect(once).toEqual({
      usd: 0.3,
      tokens: 1000,
      by_phase: { codegen: { usd: 0.3, tokens: 1000, calls: 1 } },
    });
    expect(twice.by_phase.codegen).toEqual({ usd: 0.3, tokens: 1010, calls: 2 });
    expect(empty.by_phase).toEqual({});
  });
});
