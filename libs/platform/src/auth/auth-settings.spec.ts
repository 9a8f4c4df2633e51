import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey } from './api-key';
import { AuthRefusal, isLoopbackHost, resolveAuthSettings } from './auth-settings';
import { AuthConfig } from './auth.config';
import { ensureAdminKey } from './credentials-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sf-auth-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function config(
  env: Partial<AuthConfig> & { HOST?: string },
): AuthConfig & { HOST: string; DATA_DIR: string } {
  return Object.assign(new AuthConfig(), { HOST: '127.0.0.1', DATA_DIR: join(dir, 'data') }, env);
}

const SEEDED = 'ci:admin:0123456789abcdef0123456789abcdef';

describe('resolveAuthSettings', () => {
  it('creates a first-start admin key (file 0600 in a 0700 dir) when nothing is configured on loopback', async () => {
    const settings = await resolveAuthSettings(config({}));
    if (settings.mode !== 'on') throw new Error('expected auth on');
    expect(settings.bootstrapKeyCreated).toBe(true);
    expect(settings.bootstrapKeyPath).toBe(join(dir, 'data', 'credentials', 'admin.key'));
    expect((await stat(join(dir, 'data', 'credentials'))).mode & 0o777).toBe(0o700);
    expect((await stat(settings.bootstrapKeyPath as string)).mode & 0o777).toBe(0o600);
    const { key } = await ensureAdminKey(join(dir, 'data'));
    expect(settings.seeded).toEqual([{ name: 'admin', role: 'admin', hash: hashKey(key) }]);

    const again = await resolveAuthSettings(config({}));
    expect(again).toMatchObject({ bootstrapKeyCreated: false, seeded: settings.seeded });
  });

  it('hands both services the same key when they create it at once', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => ensureAdminKey(join(dir, 'data'))));
    expect(new Set(keys.map((k) => k.key)).size).toBe(1);
    expect(keys.filter((k) => k.created)).toHaveLength(1);
  });

  it('uses AUTH_API_KEYS instead of generating a key', async () => {
    const settings = await resolveAuthSettings(config({ AUTH_API_KEYS: SEEDED }));
    expect(settings).toMatchObject({
      mode: 'on',
      bootstrapKeyPath: null,
      seeded: [{ name: 'ci', role: 'admin' }],
    });
  });

  it('refuses production or a reachable HOST without credentials settings, in one line naming what to set', async () => {
    for (const env of [{ NODE_ENV: 'production' }, { HOST: '0.0.0.0' }, { HOST: '10.1.2.3' }]) {
      const refusal = resolveAuthSettings(config(env));
      await expect(refusal).rejects.toBeInstanceOf(AuthRefusal);
      await expect(refusal).rejects.toThrow(/^[^\n]*set AUTH_API_KEYS=name:role:key[^\n]*$/);
    }
    await expect(
      resolveAuthSettings(config({ HOST: '0.0.0.0', AUTH_API_KEYS: SEEDED })),
    ).resolves.toMatchObject({
      mode: 'on',
    });
  });

  it('allows AUTH=off only on loopback outside production', async () => {
    await expect(resolveAuthSettings(config({ AUTH: 'off' }))).resolves.toEqual({ mode: 'off' });
    await expect(resolveAuthSettings(config({ AUTH: 'off', HOST: '0.0.0.0' }))).rejects.toThrow(
      /AUTH=off is refused/,
    );
    await expect(resolveAuthSettings(config({ AUTH: 'off', NODE_ENV: 'production' }))).rejects.toThrow(
      /AUTH=off is refused/,
    );
  });

  it('refuses JWT settings without issuer and audience, or with two key sources', async () => {
    const secret = 'x'.repeat(32);
    await expect(resolveAuthSettings(config({ AUTH_JWT_SECRET: secret }))).rejects.toThrow(/AUTH_JWT_ISSUER/);
    await expect(
      resolveAuthSettings(
        config({
          AUTH_JWT_SECRET: secret,
          AUTH_JWT_JWKS_URL: 'https://idp.example/jwks',
          AUTH_JWT_ISSUER: 'i',
          AUTH_JWT_AUDIENCE: 'a',
        }),
      ),
    ).rejects.toThrow(/only one of/);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.0.1.1', '::1', 'localhost'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.2', 'example.com'].some(isLoopbackHost)).toBe(false);
  });
});
