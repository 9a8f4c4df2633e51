import { readConstraint } from './constraint-reading';

describe('readConstraint and arrows to a status', () => {
  it('reads no bound of more than 400 in a list of refused values with an arrow to 400', () => {
    // "-> 400" says the status the listed values get; it was read as "> 400", a bound no field has, so the
    // gate refused a SPEC that refuses 0 and 4000 exactly as the feature says.
    expect(readConstraint('0 or 4000 -> 400')).toBeNull();
    expect(readConstraint('0, 4000 or a non-integer => 400')).toBeNull();
  });

  it('still reads a bound written with ">"', () => {
    expect(readConstraint('the weight must be > 0')).toEqual({
      kind: 'bound',
      subject: ['weight'],
      rule: { exclusive_minimum: 0 },
    });
  });
});
