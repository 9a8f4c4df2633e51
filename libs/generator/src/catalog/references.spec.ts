import type { FunctionDesign } from './catalog-entry';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * The references the worked examples of written values are computed by (written-values.ts) agree with the emitted
 * code on every value tried: a reference that disagreed would write SPEC tests the generated service fails.
 */

function designOf(feature: string): FunctionDesign {
  const found = recogniseFeature(feature);
  if (!found || !('design' in found)) throw new Error(`not a design: ${feature}`);
  return found.design;
}

/** The emitted code's answer and the reference's, in the design's parameter names, for each request. */
function disagreements(d: FunctionDesign, requests: Record<string, unknown>[]): string[] {
  const out: string[] = [];
  for (const params of requests) {
    const ref = d.reference?.compute(params);
    const code = runCatalogFunction(d.function, params, d.options ?? {});
    if (!ref) throw new Error(`no reference for ${d.function}`);
    const same = ref.ok
      ? code.ok &&
        Object.entries(ref.results).every(([k, v]) => JSON.stringify(code.value[k]) === JSON.stringify(v))
      : !code.ok;
    if (!same)
      out.push(`${JSON.stringify(params)}: reference ${JSON.stringify(ref)}, code ${JSON.stringify(code)}`);
  }
  return out;
}

describe('the references agree with the emitted code', () => {
  it('Roman numerals both ways, every number from -2 to 4002 and some numerals that are not canonical', () => {
    const numbers = Array.from({ length: 4005 }, (_v, i) => i - 2);
    expect(
      disagreements(designOf('Convert whole numbers to Roman numerals'), [
        ...numbers.map((number) => ({ number })),
        { number: 2.5 },
      ]),
    ).toEqual([]);
    const toRoman = designOf('Convert whole numbers to Roman numerals').reference!;
    const numerals = numbers
      .map((n) => toRoman.compute({ number: n }))
      .flatMap((a) => (a.ok ? [String(a.results.roman)] : []));
    expect(
      disagreements(designOf('Read a Roman numeral back as a whole number'), [
        ...numerals.map((roman) => ({ roman })),
        ...numerals.slice(0, 200).map((roman) => ({ roman: roman.toLowerCase() })),
        ...['IIII', 'VX', 'IC', 'ABC', 'MMMM', 'IL', 'XM', 'VV', 'DM', 'CMC'].map((roman) => ({ roman })),
      ]),
    ).toEqual([]);
  });

  it('temperatures and units, on values below, at and above their bounds', () => {
    const values = [-500, -459.67, -273.15, -40, -1, 0, 0.5, 1, 37, 98.6, 100, 212, 1e6];
    expect(
      disagreements(
        designOf('Convert Celsius to Fahrenheit'),
        values.map((value) => ({ value })),
      ),
    ).toEqual([]);
    const general = designOf('Convert temperatures between C, F and K');
    const units = ['C', 'F', 'K'];
    expect(
      disagreements(
        general,
        values.flatMap((value) => units.flatMap((from) => units.map((to) => ({ value, from, to })))),
      ),
    ).toEqual([]);
    for (const feature of [
      'Convert speeds between km/h, m/s and mph',
      'Convert data sizes between MiB and GiB',
      'Convert lengths between km and miles',
    ]) {
      const d = designOf(feature);
      const symbols = d.inputs.find((i) => i.param === 'from')?.field.enum ?? [];
      expect(
        disagreements(
          d,
          [-1, 0, 1, 2.5, 100, 2048].flatMap((value) =>
            symbols.flatMap((from) => symbols.map((to) => ({ value, from, to }))),
          ),
        ),
      ).toEqual([]);
    }
  });

  it('IBAN, ISBN and slugs, on valid, invalid and malformed values', () => {
    expect(
      disagreements(
        designOf('Validate IBANs'),
        [
          'DE89370400440532013000',
          'DE89370400440532013001',
          'FR7630006000011234567890189',
          'GB82 WEST 1234 5698 7654 32',
          'gb82west12345698765432',
          'XX82WEST12345698765432',
          'DE8937040044053201300',
          'DE00370400440532013000',
        ].map((iban) => ({ iban })),
      ),
    ).toEqual([]);
    expect(
      disagreements(
        designOf('Validate ISBN numbers'),
        [
          '9780596520687',
          '978-0-306-40615-7',
          '978-0-306-40615-8',
          '0-306-40615-2',
          '0306406152',
          '080442957X',
          '123',
        ].map((isbn) => ({ isbn })),
      ),
    ).toEqual([]);
    expect(
      disagreements(
        designOf('Turn a title into a URL slug'),
        [
          'Hello, World!',
          'Crème brûlée à Paris!',
          'Straße & Café',
          '  Ten Tips, Part 3 ',
          '!?…',
          'Ærø Łódź Þór',
        ].map((text) => ({ text })),
      ),
    ).toEqual([]);
  });

  it('palindromes, in any case, with accents, punctuation and digits, and texts with nothing to read', () => {
    expect(
      disagreements(
        designOf('Check whether a phrase is a palindrome'),
        [
          'Racecar',
          'Never odd or Even',
          'A man, a plan, a canal: Panama',
          'Ésope reste ici et se repose',
          '12321',
          'ab1ba2',
          'Hello',
          'Ab',
          '?!',
          '   ',
          '',
        ].map((text) => ({ text })),
      ),
    ).toEqual([]);
  });
});
