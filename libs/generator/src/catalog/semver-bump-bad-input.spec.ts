import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * Semver bump (semver-bump.ts) served, on bad input: whatever JSON body arrives (no version, a number, "1.2",
 * "v1.2.3", an unknown part, prototype names) the generated service answers 200 or 400, never a 500; what is not a
 * semantic version or not major/minor/patch is refused with 400 VALIDATION_FAILED, and a good request is answered.
 */

jest.setTimeout(120_000);

const FEATURES = [
  'POST /semver/bump with {"version": string, "part": "major" | "minor" | "patch"} returns {"version": string}, the next version',
  'a version that is not semantic (e.g. "1.2") returns 400',
];

const { served, converters, post } = servedConverter(
  'semver-bump-svc',
  FEATURES,
  'semver.bump',
  '/semver/bump',
);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

describe('a semantic version bumped, served', () => {
  it('is one computation claiming both features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /semver/bump']);
    expect([...converters()[0].features].sort()).toEqual([...FEATURES].sort());
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(
      await serverErrors(served.url, converters(), oddValues(['major', 'minor', 'patch']), 20261208),
    ).toEqual([]);
  });

  it('refuses what is not a semantic version or not a part with 400 and a stable code', async () => {
    for (const body of [
      { version: '1.2', part: 'patch' },
      { version: 'v1.2.3', part: 'minor' },
      { version: '1.2.3', part: 'huge' },
      { version: 123, part: 'major' },
      { version: '1.2.3' },
      {},
    ]) {
      const res = await post(body);
      expect({
        body,
        status: res.status,
        code: (res.body.error as { code?: string } | undefined)?.code,
      }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  it('answers the next version', async () => {
    expect((await post({ version: '1.9.9', part: 'minor' })).body).toEqual(
      expect.objectContaining({ version: '1.10.0' }),
    );
  });
});
