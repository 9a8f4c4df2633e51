import { jsonDepthExceeds, MAX_JSON_DEPTH } from './json-depth';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonDepthExceeds', () => {
  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonDepthExceeds('{"a":'.repeat(40) + '1' + '}'.repeat(40))).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: '['.repeat(100), quoted: 'say \\"[[[[\\" twice' });
    expect(jsonDepthExceeds(text)).toBe(false);
  });

  it('measures very deep text without recursion', () => {
    expect(jsonDepthExceeds(nested(200_000))).toBe(true);
  });
});
