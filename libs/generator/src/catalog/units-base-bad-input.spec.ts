import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * A data-size converter whose base is stated on a line of its own ("1 KB = 1024 B, 1 MB = 1024 KB, and so on"),
 * on bad input: whatever JSON body arrives (the value left out, not a number, units that are no unit, the binary
 * names the route does not list, prototype names), the generated service answers 200 or 400, never a 500, and
 * answers in powers of 1024.
 */

jest.setTimeout(120_000);

const FEATURES = [
  'POST /size/convert with body {"value": number, "from": "B"|"KB"|"MB"|"GB"|"TB", "to": "B"|"KB"|"MB"|"GB"|"TB"} returns {"value": number}',
  '1 KB = 1024 B, 1 MB = 1024 KB, and so on',
  'Round the value to 2 decimals',
  'A negative size or an unknown unit returns 400',
];

const ODD = oddValues(['KB', 'KiB']);

const { served, converters, post } = servedConverter(
  'units-base-svc',
  FEATURES,
  'units.data_size',
  '/size/convert',
);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

describe('a data-size converter counting KB… in 1024 as a line of its own says', () => {
  it('is one converter claiming all four features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /size/convert']);
    expect(converters()[0].features).toEqual(FEATURES);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), ODD, 20261207)).toEqual([]);
  });

  it('refuses a negative size, an unknown unit, a missing value and a binary name it does not list with 400', async () => {
    expect((await post({ value: -1, from: 'GB', to: 'MB' })).status).toBe(400);
    expect((await post({ value: 1, from: 'PB', to: 'MB' })).status).toBe(400);
    expect((await post({ from: 'GB', to: 'MB' })).status).toBe(400);
    expect((await post({ value: 1, from: 'GiB', to: 'MB' })).status).toBe(400);
  });

  it('answers in powers of 1024: 1 GB is 1024 MB, 1536 KB is 1.5 MB, 5000000 B is 4.77 MB', async () => {
    for (const [value, from, to, answer] of [
      [1, 'GB', 'MB', 1024],
      [1536, 'KB', 'MB', 1.5],
      [5000000, 'B', 'MB', 4.77],
    ] as const) {
      expect(await post({ value, from, to })).toEqual({
        status: 200,
        body: expect.objectContaining({ value: answer }) as unknown,
      });
    }
  });
});
