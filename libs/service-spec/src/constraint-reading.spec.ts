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

describe('readConstraint and a feature going the other way', () => {
  it('reads no extra answer field in a conversion back the other way', () => {
    // "and kilograms back to pounds" after "convert pounds to kilograms" was read as "also answer kilograms and
    // pounds": the pounds→kilograms endpoint claimed it and the kilograms→pounds direction was never built.
    expect(readConstraint('and kilograms back to pounds')).toBeNull();
    expect(readConstraint('und zurück nach Celsius')).toBeNull();
    expect(readConstraint('y de vuelta a millas')).toBeNull();
    expect(readConstraint('and into hours as well')).toBeNull();
  });

  it('still reads one more field of the answer', () => {
    expect(readConstraint('and the count of words too')).toEqual({
      kind: 'output',
      subject: ['count', 'words'],
    });
    expect(readConstraint('include the spread too')).toEqual({ kind: 'output', subject: ['spread'] });
  });
});

describe('readConstraint and a whole number', () => {
  it.each([
    [
      'days between waterings is a whole number from 1 to 60',
      ['days', 'between', 'waterings'],
      { minimum: 1, maximum: 60 },
    ],
    ['servings has to be a whole number, at least 1', ['servings'], { minimum: 1 }],
    ['las porciones deben ser un número entero mayor que 0', ['porciones'], { exclusive_minimum: 0 }],
    ['le nombre de places doit être un entier entre 1 et 500', ['places'], { minimum: 1, maximum: 500 }],
    ['die Menge muss eine ganze Zahl zwischen 1 und 9 sein', ['menge'], { minimum: 1, maximum: 9 }],
  ])('reads %j as a bound on an integer, the whole number out of the subject', (feature, subject, rule) => {
    expect(readConstraint(feature)).toEqual({ kind: 'bound', subject, rule, integer: true });
  });

  it('reads no whole number in a bound that does not say one', () => {
    expect(readConstraint('the weight must be > 0')).not.toHaveProperty('integer');
  });
});
