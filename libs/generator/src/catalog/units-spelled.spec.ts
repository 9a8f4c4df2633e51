import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { bindLiteral } from './literal-binding';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';
import { unitSpelled } from './units-spelled';

/* Units a feature spells its own way are the family's units: found, converted and answered as spelled. */

function bound(feature: string) {
  const found = recogniseFeature(feature);
  if (!found || !('design' in found)) throw new Error(`not recognised: ${feature}`);
  return bindLiteral(feature, found.design);
}

describe('unitSpelled', () => {
  it('reads symbols with other separators, usual abbreviations and unit words', () => {
    expect(unitSpelled('speed', 'kph')?.symbol).toBe('km/h');
    expect(unitSpelled('speed', 'm_s')?.symbol).toBe('m/s');
    expect(unitSpelled('speed', 'mi_h')?.symbol).toBe('mph');
    expect(unitSpelled('speed', 'nudos')?.symbol).toBe('kn');
    expect(unitSpelled('volume', 'us_gal')?.symbol).toBe('gal');
    expect(unitSpelled('volume', 'fl_oz')?.symbol).toBe('floz');
    expect(unitSpelled('data_size', 'MiB')?.symbol).toBe('MiB');
  });

  it('names no unit the family does not have, nor a data size written in the wrong case', () => {
    expect(unitSpelled('speed', 'fps')).toBeUndefined();
    expect(unitSpelled('volume', 'gill')).toBeUndefined();
    expect(unitSpelled('data_size', 'mb')).toBeUndefined();
    expect(unitSpelled('length', 'furlong')).toBeUndefined();
  });
});

describe('a conversion with spelled units', () => {
  const feature =
    'GET /speed/convert?value=<n>&from="kph"|"mph"|"m_s"&to="kph"|"mph"|"m_s" returns {"value": number, "unit": "<to>"}';

  it('lists exactly the spelled units and answers the worked examples, each computed by the family', () => {
    const d = bound(feature);
    expect(d?.inputs.find((i) => i.field.name === 'from')?.field.enum).toEqual(['kph', 'mph', 'm_s']);
    expect(d?.examples.length).toBeGreaterThan(1);
    for (const x of d?.examples ?? []) {
      const run = runCatalogFunction(d!.function, x.input, d!.options ?? {});
      expect([x.description, run]).toEqual([x.description, { ok: true, value: { ...x.output } }]);
    }
  });

  it('converts by the units the spellings name and echoes the target as sent', () => {
    const options = bound(feature)?.options ?? {};
    expect(runCatalogFunction('units.speed', { value: 36, from: 'kph', to: 'm_s' }, options)).toEqual({
      ok: true,
      value: { value: 10, unit: 'm_s' },
    });
    expect(runCatalogFunction('units.speed', { value: 10, from: 'm_s', to: 'kph' }, options)).toEqual({
      ok: true,
      value: { value: 36, unit: 'kph' },
    });
  });

  it('is not bound when a spelled unit names none of the family', () => {
    expect(
      bound('GET /speed/convert?value=<n>&from="kph"|"fps"&to="kph"|"fps" returns {"value": number}'),
    ).toBeNull();
  });
});

describe('units a spelled route lists in its prose', () => {
  const enumOf = (feature: string, param: 'from' | 'to') =>
    bound(feature)?.inputs.find((i) => i.param === param)?.field.enum;

  it.each([
    [
      'GET /convert/speed?value=<number>&from=<unit>&to=<unit> with units kmh, mph, ms (metres per second) and knots returns {"value": number} rounded to 2 decimals',
      ['kmh', 'mph', 'ms', 'knots'],
    ],
    [
      'POST /convert with {"value": number, "from": string, "to": string}; units: kph, mph and kts',
      ['kph', 'mph', 'kts'],
    ],
    [
      'GET /convertir?valor=<número>&de=<unidad>&a=<unidad> con las unidades kmh, mph y nudos',
      ['kmh', 'mph', 'nudos'],
    ],
    [
      'POST /volume {"value": number, "from": string, "to": string} for litre, usgal or impgal',
      ['litre', 'usgal', 'impgal'],
    ],
    ['GET /weight?value=<n>&from=<unit>&to=<unit>, units kg, lbs and g', ['kg', 'lbs', 'g']],
  ])('takes the spellings of %p as the values of from and to', (feature, spellings) => {
    expect(enumOf(feature, 'from')).toEqual(spellings);
    expect(enumOf(feature, 'to')).toEqual(spellings);
  });

  it('converts by the units the prose spellings name', () => {
    const d = bound(
      'GET /convert/speed?value=<number>&from=<unit>&to=<unit> with units kmh, mph, ms (metres per second) and knots returns {"value": number} rounded to 2 decimals',
    );
    expect(
      runCatalogFunction(d!.function, { value: 100, from: 'kmh', to: 'mph' }, d!.options ?? {}),
    ).toMatchObject({
      ok: true,
      value: { value: 62.14 },
    });
    expect(
      runCatalogFunction(d!.function, { value: 10, from: 'ms', to: 'kmh' }, d!.options ?? {}),
    ).toMatchObject({
      ok: true,
      value: { value: 36 },
    });
  });

  it('keeps the family spellings when the prose lists only the units own symbols', () => {
    expect(enumOf('GET /convert?value=<n>&from=<unit>&to=<unit> for km/h, mph and m/s', 'from')).toEqual(
      expect.arrayContaining(['km/h', 'mph', 'm/s']),
    );
  });

  it('designs nothing for a listed unit the family does not have, so the gate refuses the feature', () => {
    const feature = 'GET /convert?value=<n>&from=<unit>&to=<unit> with units kmh, mph and fps';
    expect(bound(feature)).toBeNull();
    const { contract } = designSpec(intentOf({ service_name: 'speeds', key_features: [feature] }));
    expect(featureFidelity(contract, [feature])[0]).toMatchObject({ realised: false });
  });

  it('refuses, at the gate, a converter whose from and to take other spellings than the listed units', () => {
    const { contract } = designSpec(
      intentOf({
        service_name: 'speeds',
        key_features: ['GET /convert?value=<n>&from=<unit>&to=<unit> for km/h, mph and m/s'],
      }),
    );
    const spelled = 'GET /convert?value=<n>&from=<unit>&to=<unit> with units kmh, mph and ms';
    const verdict = featureFidelity(contract, [spelled])[0];
    expect(verdict.realised).toBe(false);
    expect(verdict.problems.join(' ')).toContain('must accept only "kmh", "mph", "ms"');
  });
});
