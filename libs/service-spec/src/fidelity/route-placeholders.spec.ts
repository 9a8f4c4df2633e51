import { readFeatureLiterals } from './feature-literals';
import { mergeSameRoutes, writtenPath } from './route-placeholders';
import { writtenSample } from './written-samples';

describe('paths written with placeholders or example values', () => {
  it.each([
    ['/roman/{n}', '/roman/{n}', {}],
    ['/roman/:n', '/roman/{n}', {}],
    ['/roman/<n>', '/roman/{n}', {}],
    ['/roemisch/<Zahl>', '/roemisch/{zahl}', {}],
    ['/unita/<unità>', '/unita/{unita}', {}],
    ['/roman/N', '/roman/{n}', { n: 'N' }],
    ['/romano/NUMERO', '/romano/{numero}', { numero: 'NUMERO' }],
    ['/roman/2026', '/roman/{n}', { n: '2026' }],
    ['/value/MCMXC', '/value/{mcmxc}', { mcmxc: 'MCMXC' }],
    ['/a/2/b/3', '/a/{n}/b/{n2}', { n: '2', n2: '3' }],
    ['/books/{id}/loans', '/books/{id}/loans', {}],
    ['/health', '/health', {}],
    ['/', '/', {}],
  ])('reads %s as %s', (raw, path, samples) => {
    expect(writtenPath(raw)).toEqual({ path, samples });
  });

  it('keeps lower-case words and mixed segments as written', () => {
    expect(writtenPath('/convert/km-to-mi').path).toBe('/convert/km-to-mi');
    expect(writtenPath('/v2/Items').path).toBe('/v2/Items');
  });

  it('merges a route shown again with an example into the first, the example kept by place', () => {
    const merged = mergeSameRoutes([
      { method: 'GET', path: '/numeral/{value}' },
      { method: 'GET', path: '/numeral/{n}', samples: { n: '2026' } },
      { method: 'POST', path: '/numeral/{n}' },
    ]);
    expect(merged).toEqual([
      { method: 'GET', path: '/numeral/{value}', samples: { value: '2026' } },
      { method: 'POST', path: '/numeral/{n}' },
    ]);
  });

  it('sends the example value of a path as the written request', () => {
    const feature =
      'GET /numeral/:value returns {"numeral": string}, e.g. GET /numeral/2026 returns {"numeral": "MMXXVI"}';
    expect(readFeatureLiterals(feature).routes).toEqual([
      { method: 'GET', path: '/numeral/{value}', samples: { value: '2026' } },
    ]);
    expect(writtenSample(feature).sent).toEqual({ value: 2026 });
    expect(writtenSample('GET /roman/N returns {"roman": string}').sent).toEqual({});
  });

  it('gives the units a feature lists to query parameters written as placeholders of any form', () => {
    const enums = (feature: string) =>
      readFeatureLiterals(feature).queryFields.map((f) => [f.name, f.type, f.enum]);
    expect(enums('GET /umrechnen?wert=ZAHL&von=EINHEIT&nach=EINHEIT; Einheiten: B, KB, MB')).toEqual([
      ['wert', 'number', undefined],
      ['von', 'string', ['B', 'KB', 'MB']],
      ['nach', 'string', ['B', 'KB', 'MB']],
    ]);
    expect(enums('GET /c?value=:value&from=:from&to={u} with units kmh, mph and knots')).toEqual([
      ['value', 'number', undefined],
      ['from', 'string', ['kmh', 'mph', 'knots']],
      ['to', 'string', ['kmh', 'mph', 'knots']],
    ]);
  });
});
