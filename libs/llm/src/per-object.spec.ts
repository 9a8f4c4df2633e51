import { perObject } from './per-object';

describe('perObject', () => {
  it('makes a value once per object and again for another object', () => {
    const made: object[] = [];
    const lengthOf = perObject((o) => {
      made.push(o);
      return JSON.stringify(o).length;
    });
    const schema = { type: 'object' };
    expect(lengthOf(schema)).toBe(17);
    expect(lengthOf(schema)).toBe(17);
    expect(lengthOf({ type: 'object' })).toBe(17);
    expect(made).toHaveLength(2);
  });
});
