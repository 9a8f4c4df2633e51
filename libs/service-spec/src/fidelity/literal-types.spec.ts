import { fieldRuleConstraints } from '../record-rules';
import { readFeatureLiterals } from './feature-literals';
import { englishRule, readLiteralType } from './literal-types';

describe('readLiteralType', () => {
  it.each([
    ['Zeichenkette', 'string'],
    ['cadena', 'string'],
    ['chaîne', 'string'],
    ['Dezimalzahl', 'number'],
    ['número', 'number'],
    ['nombre', 'number'],
    ['Ganzzahl', 'integer'],
    ['entero', 'integer'],
    ['inteiro', 'integer'],
    ['whole number', 'integer'],
    ['booleano', 'boolean'],
    ['true/false', 'boolean'],
  ])('reads the type word %s as %s', (written, type) => {
    expect(readLiteralType(written)).toEqual({ type, optional: false });
  });

  it('reads optional marks before, after and in parentheses, in several languages', () => {
    for (const written of [
      'optional text',
      'texte, optionnel',
      'cadena (opcional)',
      'texto opcional',
      'string?',
      'Zahl | null',
    ]) {
      expect(readLiteralType(written).optional).toBe(true);
    }
    expect(readLiteralType('facultatif entier')).toEqual({ type: 'integer', optional: true });
  });

  it('reads arrays of scalars written as brackets, suffixes, generics and words', () => {
    expect(readLiteralType('[Zeichenketten]')).toEqual({ type: 'array', element: 'string', optional: false });
    expect(readLiteralType('integer[]')).toEqual({ type: 'array', element: 'integer', optional: false });
    expect(readLiteralType('Array<number>')).toEqual({ type: 'array', element: 'number', optional: false });
    expect(readLiteralType('liste de textes')).toEqual({ type: 'array', element: 'string', optional: false });
    expect(readLiteralType('array')).toEqual({ type: 'array', optional: false });
  });

  it('reads dates, date-times and hex as rules the rule reader turns into formats', () => {
    const rule = (written: string) => fieldRuleConstraints(readLiteralType(written).rule ?? '');
    expect(rule('"YYYY-MM-DD"')).toEqual({ format: 'date' });
    expect(rule('Datum')).toEqual({ format: 'date' });
    expect(rule('string (YYYY-MM-DD)')).toEqual({ format: 'date' });
    expect(rule('timestamp (UTC)')).toEqual({ format: 'date-time' });
    expect(rule('ISO 8601 Z')).toEqual({ format: 'date-time' });
    expect(rule('hexadecimal')).toEqual({ format: 'hex' });
    expect(rule('string (hex)')).toEqual({ format: 'hex' });
  });

  it('puts bounds written in other languages into English', () => {
    const bounds = (written: string) => fieldRuleConstraints(readLiteralType(written).rule ?? '');
    expect(bounds('Ganzzahl mindestens 2')).toEqual({ minimum: 2 });
    expect(bounds('entier entre 3 et 9')).toEqual({ minimum: 3, maximum: 9 });
    expect(bounds('número ≤ 50')).toEqual({ maximum: 50 });
    expect(bounds('inteiro positivo')).toEqual({ exclusive_minimum: 0 });
    expect(bounds('Zahl von 0 bis 10')).toEqual({ minimum: 0, maximum: 10 });
    expect(bounds('integer (1..12)')).toEqual({ minimum: 1, maximum: 12 });
    expect(englishRule('Ganzzahl höchstens 4')).toBe('ganzzahl at most 4');
  });

  it('reads a unit or currency after a number as a note, not a rule', () => {
    expect(readLiteralType('number USD')).toEqual({ type: 'number', optional: false });
    expect(readLiteralType('integer in cents')).toEqual({ type: 'integer', optional: false });
    expect(readLiteralType('Zahl (Kilogramm)')).toEqual({ type: 'number', optional: false });
  });

  it('reads listed values, quoted or bare, and placeholders', () => {
    expect(readLiteralType('"low"|"high"')).toEqual({
      type: 'string',
      enum: ['low', 'high'],
      optional: false,
    });
    expect(readLiteralType('draft | sent')).toEqual({
      type: 'string',
      enum: ['draft', 'sent'],
      optional: false,
    });
    expect(readLiteralType('n')).toEqual({ type: 'number', optional: false });
    expect(readLiteralType('"…"')).toEqual({ type: 'string', optional: false });
    expect(readLiteralType('...')).toEqual({ optional: false });
  });

  it('reads numbers listed with "or" in words as listed values, in six languages', () => {
    const listed = (enumerated: number[]) => ({ type: 'number', enum: enumerated, optional: false });
    expect(readLiteralType('19 oder 7')).toEqual(listed([19, 7]));
    expect(readLiteralType('21 o 10')).toEqual(listed([21, 10]));
    expect(readLiteralType('20 ou 5.5')).toEqual(listed([20, 5.5]));
    expect(readLiteralType('5, 10 or 20')).toEqual(listed([5, 10, 20]));
    expect(readLiteralType('22 ou 10,5')).toEqual(listed([22, 10.5]));
    // A bound or a range is no list: "1 or more", "between 1 and 5" stay rules.
    expect(readLiteralType('1 or more').enum).toBeUndefined();
    expect(readLiteralType('number 1 or 2 digits').enum).toBeUndefined();
  });

  it('keeps a rule it cannot state as written, for the gate to name', () => {
    expect(readLiteralType('string of letters only')).toEqual({
      type: 'string',
      optional: false,
      rule: 'string of letters only',
    });
    expect(fieldRuleConstraints(readLiteralType('texto sin espacios').rule ?? '')).toBeNull();
  });
});

describe('readFeatureLiterals with type words', () => {
  it('reads a shape after a status code as the response', () => {
    const read = readFeatureLiterals('POST /scans -> 201 {"id": "...", "hits": n}');
    expect(read.request).toEqual([]);
    expect(read.response.map((f) => f.name)).toEqual(['id', 'hits']);
  });

  it('reads a German shape with its types, optional field and array', () => {
    const read = readFeatureLiterals(
      'POST /rezepte legt ein Rezept an {"titel": Text, "portionen": Ganzzahl ≥ 1, "zutaten": [Texte], "notiz": optional Text}',
    );
    expect(read.request).toEqual([
      { name: 'titel', type: 'string', optional: false },
      { name: 'portionen', type: 'integer', optional: false, rule: 'integer >= 1' },
      { name: 'zutaten', type: 'array', element: 'string', optional: false },
      { name: 'notiz', type: 'string', optional: true },
    ]);
  });
});
