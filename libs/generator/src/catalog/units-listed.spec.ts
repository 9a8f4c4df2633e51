import { recogniseFeature } from './catalog';
import type { FunctionDesign } from './catalog-entry';
import { runCatalogFunction } from './testing/run-function';

/*
 * A converter whose feature lists its units takes those and no others, whether the list is written in the units'
 * own codes ("kg, g, lb and oz") or in words; a unit code the reader leaves unread keeps the general converter,
 * so a listed unit is never refused.
 */

function designOf(text: string): FunctionDesign {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`no design for ${text}`);
  return found.design;
}

const call = (d: FunctionDesign, input: Record<string, unknown>) =>
  runCatalogFunction(
    d.function,
    Object.fromEntries(d.inputs.map((i) => [i.param, input[i.field.name]])),
    d.options ?? {},
  );

describe('converters limited to the units their feature lists', () => {
  it.each([
    ['Convert weights between kg, g, lb and oz', ['kg', 'g', 'lb', 'oz'], 't'],
    [
      'Converter um comprimento entre mm, cm, m, km, in, ft, yd e mi (milímetros a milhas)',
      ['mm', 'cm', 'm', 'km', 'in', 'ft', 'yd', 'mi'],
      'nmi',
    ],
    ['convert a speed between km/h, mph, m/s and kn', ['km/h', 'mph', 'm/s', 'kn'], 'ft/s'],
  ])('%p takes exactly its units', (text, units, other) => {
    const d = designOf(text);
    const from = d.inputs.find((i) => i.param === 'from')!.field;
    expect([...(from.enum ?? [])].sort()).toEqual([...units].sort());
    for (const x of d.examples) expect(call(d, x.input).ok).toBe(true);
    // A unit of the tables the feature leaves out is refused by the emitted code, and one is shown so.
    expect(call(d, { value: 1, from: other, to: units[0] }).ok).toBe(false);
    const unlisted = (u: unknown) => typeof u === 'string' && !units.includes(u);
    expect(d.refusals.some((r) => r.input.value === 1 && unlisted(r.input.from))).toBe(true);
  });

  it('keeps every unit when one listed code is not read as a unit ("J" beside kJ and kWh)', () => {
    const d = designOf('Energy converter between J, kJ, kWh, kcal and BTU, rounded to 3 decimals');
    const from = d.inputs.find((i) => i.param === 'from')!.field;
    expect(from.enum).toEqual(expect.arrayContaining(['J', 'kJ', 'kWh', 'kcal', 'BTU']));
  });
});
