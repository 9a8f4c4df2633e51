import { fromNanoUsd, toNanoUsd } from './money';

describe('nano-USD', () => {
  it('keeps sums exact where float USD drifts', () => {
    const nano = Array.from({ length: 10 }, () => toNanoUsd(0.1)).reduce((a, b) => a + b, 0);
    expect(fromNanoUsd(nano)).toBe(1);
    expect(fromNanoUsd('1500')).toBe(0.0000015);
  });

  it('refuses negative, non-finite and absurd amounts', () => {
    for (const bad of [-0.01, Number.NaN, Number.POSITIVE_INFINITY, 2_000_000])
      expect(() => toNanoUsd(bad)).toThrow(RangeError);
  });
});
