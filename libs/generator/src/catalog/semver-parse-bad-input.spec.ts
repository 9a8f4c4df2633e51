import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * A semantic version taken apart (semver-parse.ts) on bad input and as a property: whatever JSON body arrives (no
 * version, a number, "1.2", "v1.2.3", leading zeros, a number too large to hold exactly, prototype names) the
 * generated service answers 200 or 400, never a 500; and for seeded versions the parts it answers are the ones the
 * version was written from.
 */

jest.setTimeout(120_000);

const FEATURES = [
  'POST /semver/parse with {"version": string} returns {"major": number, "minor": number, "patch": number, "prerelease": string|null, "build": string|null}',
  'a version that is not semantic (e.g. "1.2") returns 400',
];

const { served, converters, post } = servedConverter(
  'semver-parse-svc',
  FEATURES,
  'semver.parse',
  '/semver/parse',
);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

describe('a semantic version taken apart', () => {
  it('is one computation claiming both features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /semver/parse']);
    expect([...converters()[0].features].sort()).toEqual([...FEATURES].sort());
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), oddValues([]), 20261207)).toEqual([]);
  });

  it('refuses what is not a semantic version, or holds a number it cannot answer exactly, with 400', async () => {
    for (const version of [
      '1.2',
      'v1.2.3',
      '01.2.3',
      '1.2.3-',
      '1.2.3+',
      '',
      123,
      null,
      '99999999999999999999.0.0',
    ])
      expect({ version, status: (await post({ version })).status }).toEqual({ version, status: 400 });
    expect((await post({})).status).toBe(400);
  });

  it('answers the parts each version was written from (seeded)', async () => {
    let s = 7;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
    const ids = ['alpha', 'beta', 'rc', '1', '22', 'x-y'];
    for (let i = 0; i < 30; i += 1) {
      const [major, minor, patch] = [next() % 30, next() % 300, next() % 3000];
      const pre = next() % 2 === 0 ? null : [ids[next() % 6], ids[next() % 6]].join('.');
      const build = next() % 3 === 0 ? `b.${next() % 99}` : null;
      const version = `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}${build ? `+${build}` : ''}`;
      const { status, body } = await post({ version });
      expect({ version, status, body }).toEqual({
        version,
        status: 200,
        body: expect.objectContaining({ major, minor, patch, prerelease: pre, build }) as unknown,
      });
    }
  });
});
