import { fieldRuleConstraints } from '../record-rules';
import { readFeatureLiterals } from './feature-literals';
import { readLiteralKind } from './literal-domains';
import { readLiteralType } from './literal-types';

describe('readLiteralKind', () => {
  it.each([
    ['unit', 'unit'],
    ['Einheit', 'unit'],
    ['Masseeinheit', 'unit'],
    ['unidad de temperatura', 'unit'],
    ['unité', 'unit'],
    ['unità', 'unit'],
    ['unit of mass', 'unit'],
    ['data size unit', 'unit'],
    ['ISO 4217 currency code', 'currency'],
    ['Währungscode', 'currency'],
    ['código de moneda', 'currency'],
    ['code devise', 'currency'],
    ['IANA time zone', 'time_zone'],
    ['IANA-Zeitzone', 'time_zone'],
    ['zona horaria IANA', 'time_zone'],
    ['fuseau horaire', 'time_zone'],
    ['locale tag', 'locale'],
    ['Sprachcode', 'locale'],
    ['etiqueta de idioma', 'locale'],
    ['code de langue', 'locale'],
    ['dice notation (e.g. 2d6+3)', 'dice'],
    ['Würfelnotation', 'dice'],
    ['notación de dados', 'dice'],
    ['base (2..36)', 'base'],
    ['Basis 2..36', 'base'],
  ])('reads %s as a field carrying a %s', (written, kind) => {
    expect(readLiteralKind(written)?.kind).toBe(kind);
  });

  it.each([
    'string',
    'Zahl',
    'ticker',
    'base64 string',
    'unit price',
    'united',
    'number of dice',
    'language model',
  ])('does not read %s as a domain word', (written) => {
    expect(readLiteralKind(written)).toBeNull();
  });

  it('reads a numeral base as an integer whose written bounds become bounds, in every language', () => {
    expect(readLiteralType('base (2..36)')).toEqual({
      type: 'integer',
      kind: 'base',
      rule: 'integer 2..36',
      optional: false,
    });
    expect(fieldRuleConstraints(readLiteralType('base entre 2 y 36').rule ?? '')).toEqual({
      minimum: 2,
      maximum: 36,
    });
    expect(readLiteralType('radix')).toEqual({ type: 'integer', kind: 'base', optional: false });
  });

  it('keeps the words of any other kind as a rule, so that a record field that does not hold it is refused', () => {
    const read = readLiteralType('code devise');
    expect(read).toEqual({ type: 'string', kind: 'currency', rule: 'code devise', optional: false });
    expect(fieldRuleConstraints(read.rule ?? '')).toBeNull();
  });

  it('carries the kind onto the fields of a literal shape', () => {
    const literals = readFeatureLiterals(
      'POST /formater {"montant": nombre, "devise": code devise, "langue": code de langue} -> {"texte": chaîne}',
    );
    expect(literals.request.map((f) => [f.name, f.kind])).toEqual([
      ['montant', undefined],
      ['devise', 'currency'],
      ['langue', 'locale'],
    ]);
  });
});

describe('units listed for a unit type written in the shape', () => {
  it.each([
    ['unit one of "kmh", "mph", "ms", "knots"', ['kmh', 'mph', 'ms', 'knots']],
    ['units are "kmh", "mph"', ['kmh', 'mph']],
    ['where unit is one of "C", "F", "K"', ['C', 'F', 'K']],
    ['Einheit eine von "m", "km", "mi"', ['m', 'km', 'mi']],
    ['unidad una de "m", "ft", "in"', ['m', 'ft', 'in']],
    ['units: "ml", "l"', ['ml', 'l']],
  ])('binds %s to the fields typed unit', (listing, values) => {
    const literals = readFeatureLiterals(
      `POST /speed with body {"value": number, "from": unit, "to": unit}, ${listing}; returns {"value": number}`,
    );
    expect(literals.request.map((f) => [f.name, f.enum])).toEqual([
      ['value', undefined],
      ['from', values],
      ['to', values],
    ]);
  });
});

describe('units listed bare, short words among them', () => {
  it.each([
    ['units: mm, cm, m, km, in, ft, yd, mi', ['mm', 'cm', 'm', 'km', 'in', 'ft', 'yd', 'mi']],
    ['Einheiten: m, km, in, mi', ['m', 'km', 'in', 'mi']],
    ['units km, mi and in', ['km', 'mi', 'in']],
    ['units mi and km in the query', ['mi', 'km']],
    ['units km, mi are accepted', ['km', 'mi']],
  ])('reads %s for the unit parameters', (listing, values) => {
    const literals = readFeatureLiterals(
      `GET /length?value=5&from=km&to=mi returns {"value": number}; ${listing}`,
    );
    expect(literals.queryFields.map((f) => [f.name, f.enum])).toEqual([
      ['value', undefined],
      ['from', values],
      ['to', values],
    ]);
  });
});
