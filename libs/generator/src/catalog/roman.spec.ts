import fc from 'fast-check';
import { featureFidelity } from '@sf/service-spec';
import type { IntentInput } from '@sf/contracts';
import { designSpec } from '../spec-design/spec-designer';
import { recogniseFeature } from './catalog';
import { featureWords } from './feature-words';
import { ROMAN } from './roman';
import type { FunctionDesign } from './catalog-entry';
import { runCatalogFunction } from './testing/run-function';

/* The Roman numeral family: the emitted code against reference numerals, its recogniser and its designs. */

const toRoman = (number: number) => runCatalogFunction('roman.to-roman', { number }, {});
const fromRoman = (roman: unknown) => runCatalogFunction('roman.from-roman', { roman }, {});

/** Standard numerals (as in any table of Roman numerals), not produced by the code under test. */
const REFERENCE: [number, string][] = [
  [1, 'I'],
  [3, 'III'],
  [4, 'IV'],
  [9, 'IX'],
  [14, 'XIV'],
  [40, 'XL'],
  [90, 'XC'],
  [400, 'CD'],
  [900, 'CM'],
  [1666, 'MDCLXVI'],
  [1954, 'MCMLIV'],
  [1990, 'MCMXC'],
  [1994, 'MCMXCIV'],
  [2008, 'MMVIII'],
  [2014, 'MMXIV'],
  [3888, 'MMMDCCCLXXXVIII'],
  [3999, 'MMMCMXCIX'],
];

describe('roman.to-roman and roman.from-roman (the emitted code)', () => {
  it.each(REFERENCE)('%p is %s', (number, roman) => {
    expect(toRoman(number)).toEqual({ ok: true, value: { roman } });
    expect(fromRoman(roman)).toEqual({ ok: true, value: { number } });
  });

  it('reads lower and mixed case and surrounding spaces', () => {
    expect(fromRoman('mcmxciv')).toEqual({ ok: true, value: { number: 1994 } });
    expect(fromRoman(' MmXiV ')).toEqual({ ok: true, value: { number: 2014 } });
  });

  it('refuses whole numbers outside 1..3999 and numbers that are not whole', () => {
    for (const n of [0, -1, -3999, 4000, 10000, 2.5]) {
      const result = toRoman(n);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain('3999');
    }
  });

  it('refuses numerals that are not canonical, empty, or not Roman at all', () => {
    for (const bad of [
      'IIII',
      'VX',
      'IC',
      'IIV',
      'XM',
      'VV',
      'MMMM',
      'IL',
      'XXXX',
      '',
      '  ',
      'ABC',
      'X I',
      'ıV',
      'Ⅳ',
    ]) {
      const result = fromRoman(bad);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain('not a canonical Roman numeral');
    }
  });

  it('writes every number from 1 to 3999 canonically and reads it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        const written = toRoman(n);
        if (!written.ok) throw new Error(`refused ${n}`);
        expect(written.value.roman).toMatch(/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/);
        expect(fromRoman(written.value.roman)).toEqual({ ok: true, value: { number: n } });
      }),
    );
  });

  it('answers every input of the declared types or refuses it, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), (n) => {
        const result = toRoman(n);
        if (result.ok) expect(typeof result.value.roman).toBe('string');
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[IVXLCDMivxlcdm]{0,12}$/)),
        (s) => {
          const result = fromRoman(s);
          if (result.ok) {
            expect(Number.isInteger(result.value.number)).toBe(true);
            expect(toRoman(result.value.number as number)).toEqual({
              ok: true,
              value: { roman: s.trim().toUpperCase() },
            });
          } else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

const designOf = (text: string): FunctionDesign | null => {
  const found = recogniseFeature(text);
  return found && 'design' in found ? found.design : null;
};

/** Runs a design's worked examples and refusals through its emitted function, in request/response fields. */
function checkDesign(design: FunctionDesign): void {
  const call = (input: Record<string, unknown>) =>
    runCatalogFunction(
      design.function,
      Object.fromEntries(design.inputs.map((i) => [i.param, input[i.field.name]])),
      design.options ?? {},
    );
  for (const example of design.examples) {
    const result = call(example.input);
    if (!result.ok) throw new Error(`${example.description}: refused ${result.problems.join('; ')}`);
    const answered = Object.fromEntries(design.outputs.map((o) => [o.field, result.value[o.result]]));
    expect(answered).toEqual(example.output);
  }
  for (const refusal of design.refusals) expect(call(refusal.input).ok).toBe(false);
}

describe('the Roman numeral recogniser', () => {
  it.each([
    ['convert a number to Roman numerals', '/roman/to-roman'],
    ['Convert integers into Roman numerals (1994 → MCMXCIV)', '/roman/to-roman'],
    ['Return the Roman numeral for a number', '/roman/to-roman'],
    ['Eine Zahl in eine römische Zahl umwandeln', '/roman/to-roman'],
    ['Convertir un número entero a números romanos', '/roman/to-roman'],
    ['convertir en chiffres romains', '/roman/to-roman'],
    ['Convertire un numero intero in numeri romani', '/roman/to-roman'],
    ['Converter um número inteiro em algarismos romanos', '/roman/to-roman'],
    ['Convert Roman numerals to integers', '/roman/to-number'],
    ['Roman numeral → integer', '/roman/to-number'],
    ['Parse a Roman numeral such as MCMXCIV', '/roman/to-number'],
    ['Convert numbers written in Roman numerals to integers', '/roman/to-number'],
    ['Convertir un número romano a entero', '/roman/to-number'],
    ['römische Zahlen in Dezimalzahlen umwandeln', '/roman/to-number'],
    ['Convertir des chiffres romains en nombres entiers', '/roman/to-number'],
    ['Convertire numeri romani in numeri interi', '/roman/to-number'],
    ['Converter algarismos romanos para números inteiros', '/roman/to-number'],
    // what is sent and what comes back ("send X and get Y back")
    ['send roman numerals and get the number back', '/roman/to-number'],
    ['you send a Roman numeral and receive the integer it stands for', '/roman/to-number'],
    ['send a number and get the roman numeral back', '/roman/to-roman'],
    ['given a whole number, returns the Roman numeral', '/roman/to-roman'],
  ])('reads the direction of %p', (text, path) => {
    const design = designOf(text);
    expect(design?.path).toBe(path);
    checkDesign(design as FunctionDesign);
  });

  it('carries the numbers and numerals a feature writes into its examples and refusals', () => {
    const to = designOf('Convert integers from 1 to 3999 to Roman numerals, e.g. 2024; refuse 0 and 5000');
    expect(to?.examples.map((x) => x.input.number)).toEqual(expect.arrayContaining([1, 3999, 2024]));
    expect(to?.refusals.map((x) => x.input.number)).toEqual([0, 5000, 4000]);
    const from = designOf('Convert Roman numerals like MMXXV to integers; reject IIII and XM');
    expect(from?.examples[0]).toMatchObject({ input: { roman: 'MMXXV' }, output: { number: 2025 } });
    expect(from?.refusals.map((x) => x.input.roman)).toEqual(['IIII', 'XM', 'VX']);
    checkDesign(to as FunctionDesign);
    checkDesign(from as FunctionDesign);
  });

  it('reads a feature that only states what to refuse as a constraint on a conversion', () => {
    for (const [text, fn] of [
      ['reject numbers outside 1..3999', 'roman.to-roman'],
      ['numbers out of range are refused', 'roman.to-roman'],
      ['Rechazar números fuera del rango 1-3999 (por ejemplo 0 o 5000)', 'roman.to-roman'],
      ['Zahlen außerhalb von 1 bis 3999 ablehnen', 'roman.to-roman'],
      ['Reject invalid Roman numerals like IIII', 'roman.from-roman'],
      ['Les chiffres romains non canoniques sont refusés', 'roman.from-roman'],
    ]) {
      expect(recogniseFeature(text)).toEqual({ constraint: expect.objectContaining({ function: fn }) });
    }
  });

  it('leaves other domains and directionless features alone', () => {
    for (const other of [
      'Create todos',
      'list the overdue tasks',
      'convert a temperature in Celsius to Fahrenheit',
      'assign tasks to Roman',
      'The Roman Empire timeline with events',
      'check whether a string is a valid Roman numeral',
      'reject negative numbers',
      'reject page numbers out of range',
      'refuse orders above 3999 EUR',
    ]) {
      expect(ROMAN.recognise(other, featureWords(other))).toBeNull();
    }
  });
});

describe('the Roman numeral designs in a SPEC', () => {
  const intent = (features: string[]): IntentInput => ({
    service_name: 'roman-numerals',
    service_type: 'domain',
    priority: 'medium',
    purpose: '',
    dependencies: ['registry'],
    port: 8400,
    auto_build: true,
    approval_mode: 'auto',
    key_features: features,
  });

  it.each([
    [['convert a number to Roman numerals', 'reject numbers outside 1..3999']],
    [
      [
        'Convert Roman numerals to integers, e.g. MCMXCIV → 1994',
        'Reject invalid Roman numerals like IIII or VX',
      ],
    ],
    [['Return the Roman numeral for a number', 'numbers out of range are refused']],
    [
      [
        'Convertir números enteros a números romanos',
        'Rechazar números fuera del rango 1-3999 (por ejemplo 0 o 5000)',
      ],
    ],
    [['römische Zahlen in Dezimalzahlen umwandeln']],
    [['Eine Zahl in eine römische Zahl umwandeln, Zahlen außerhalb von 1 bis 3999 ablehnen']],
    [['convertir en chiffres romains']],
    [['Converter algarismos romanos para números inteiros']],
  ])('realises %p for the fidelity gate', (features) => {
    const { contract } = designSpec(intent(features));
    for (const fidelity of featureFidelity(contract, features)) {
      expect(fidelity).toMatchObject({ realised: true, problems: [] });
    }
  });
});
