import { baseConvertReference } from './bases-reference';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * The readers of the fifth checks pass, each with its near misses: a factor list read as prime factors only when
 * it is the number's prime factorisation, a base conversion's refusal only beside a base and its digits, the
 * Roman reading of a route only where it names Arabic numbers and a numeral; and the base conversion's reference
 * agrees with the emitted code on every request tried (so a worked example it shows is what the service answers).
 */

const fnOf = (text: string) => {
  const found = recogniseFeature(text);
  if (!found) return null;
  return 'design' in found ? found.design.function : `constraint:${found.constraint.function}`;
};

describe('Fifth checks pass readers', () => {
  it.each([
    'POST /fattori {"n": 360} restituisce {"fattori": [2, 2, 2, 3, 3, 5]}',
    'POST /faktoren {"zahl": 84} liefert {"faktoren": [2, 2, 3, 7]}',
  ])('reads a prime factorisation written out: %s', (text) => {
    expect(fnOf(text)).toBe('calc.prime_factors');
  });

  it.each([
    // Divisors, not prime factors: 1 and 12 are no primes.
    'POST /factors {"n": 12} returns {"factors": [1, 2, 3, 4, 6, 12]}',
    // Primes whose product is not the number sent.
    'POST /factors {"n": 100} returns {"factors": [2, 5]}',
  ])('leaves a list that is no prime factorisation alone: %s', (text) => {
    expect(fnOf(text)).not.toBe('calc.prime_factors');
  });

  it.each([
    'um dígito que não existe na base de origem, ou uma base fora de 2..36, devolve 400',
    'une base hors de 2 à 36 ou un chiffre invalide dans la base de départ renvoie 400',
  ])('reads a base conversion refusal said alone: %s', (text) => {
    expect(fnOf(text)).toBe('constraint:numbers.base_convert');
  });

  it.each([
    'an ISBN whose check digit is wrong returns 400',
    'a Luhn check digit that does not match returns 400',
  ])('leaves check digits of identifiers to their own families: %s', (text) => {
    expect(fnOf(text)).not.toBe('constraint:numbers.base_convert');
  });

  it('reads GET /arabic/{numeral} as the Roman reading, not as a change of case', () => {
    expect(fnOf('GET /arabic/{numeral} returns {"value": 1990}; lowercase numerals are accepted')).toBe(
      'roman.from-roman',
    );
    expect(fnOf('GET /arabic/{text} returns {"value": string} in lowercase')).not.toBe('roman.from-roman');
  });

  it.each([
    [{ value: 'ff', from_base: 16, to_base: 2 }, false],
    [{ value: '777', from_base: 8, to_base: 10 }, true],
    [{ value: '-1010', from_base: 2, to_base: 16 }, false],
    [{ value: 'ZZ', from_base: 36, to_base: 10 }, true],
    [{ value: '12', from_base: 2, to_base: 10 }, false],
    [{ value: '10', from_base: 10, to_base: 37 }, true],
    [{ value: '', from_base: 10, to_base: 2 }, false],
  ])('the base reference agrees with the emitted code on %j (lower case %s)', (input, lowercase) => {
    const want = baseConvertReference(lowercase).compute(input);
    const got = runCatalogFunction('numbers.base_convert', input, { lowercase });
    expect(got.ok).toBe(want.ok);
    if (want.ok && got.ok) expect(got.value.result).toBe(want.results.result);
  });
});

describe('A base refusal that narrows the bases is not the conversion’s own', () => {
  it.each([
    'O número vem como texto; dígitos que não existem na base de origem ou outras bases dão erro 400',
    'a digit not in the source base, or a base other than 2, 8, 10 or 16, returns 400',
    'only bases 2 to 16 are accepted; a digit outside the base returns 400',
  ])('leaves %s unread as the 2..36 refusal', (text) => {
    expect(recogniseFeature(text)).not.toEqual(
      expect.objectContaining({ constraint: expect.objectContaining({ function: 'numbers.base_convert' }) }),
    );
  });
});
