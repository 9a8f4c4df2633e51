import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { AuthConfig } from './auth.config';
import { JwtVerifier, jwtSettings } from './jwt-verifier';

const SECRET = 'a-test-secret-of-at-least-32-characters!';

function verifier(env: Partial<AuthConfig>): JwtVerifier {
  const result = jwtSettings(
    Object.assign(new AuthConfig(), { AUTH_JWT_ISSUER: 'https://idp.test', AUTH_JWT_AUDIENCE: 'sf' }, env),
  );
  if ('problem' in result || !result.settings) throw new Error(JSON.stringify(result));
  return new JwtVerifier(result.settings);
}

function token(
  claims: Record<string, unknown>,
  opts: { iss?: string; aud?: string; exp?: number | string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('carol')
    .setIssuer(opts.iss ?? 'https://idp.test')
    .setAudience(opts.aud ?? 'sf')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '5m')
    .sign(new TextEncoder().encode(SECRET));
}

describe('JwtVerifier', () => {
  const hs = verifier({ AUTH_JWT_SECRET: SECRET });

  it('accepts a signed token and takes its subject and role', async () => {
    await expect(hs.verify(await token({ roles: ['approver'] }))).resolves.toEqual({
      name: 'carol',
      kind: 'jwt',
      role: 'approver',
    });
  });

  it('refuses a wrong issuer, a wrong audience, an expired token and a foreign signature', async () => {
    expect(await hs.verify(await token({ roles: 'admin' }, { iss: 'https://evil.test' }))).toBeNull();
    expect(await hs.verify(await token({ roles: 'admin' }, { aud: 'other' }))).toBeNull();
    expect(
      await hs.verify(await token({ roles: 'admin' }, { exp: Math.floor(Date.now() / 1000) - 60 })),
    ).toBeNull();
    const other = await new SignJWT({ roles: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('https://idp.test')
      .setAudience('sf')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    expect(await hs.verify(other)).toBeNull();
  });

  it('refuses a token whose claim names no role', async () => {
    expect(await hs.verify(await token({ roles: ['root'] }))).toBeNull();
    expect(await hs.verify(await token({}))).toBeNull();
  });

  it('maps claim values to roles through AUTH_JWT_ROLE_MAP and a dotted claim path, strongest first', async () => {
    const mapped = verifier({
      AUTH_JWT_SECRET: SECRET,
      AUTH_JWT_ROLE_CLAIM: 'realm_access.roles',
      AUTH_JWT_ROLE_MAP: 'sf-readers:viewer,sf-ops:admin',
    });
    const principal = await mapped.verify(await token({ realm_access: { roles: ['sf-readers', 'sf-ops'] } }));
    expect(principal?.role).toBe('admin');
  });

  it('verifies ES256 tokens with a PEM public key', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const es = verifier({ AUTH_JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }) as string });
    const signed = await new SignJWT({ roles: 'viewer' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('dave')
      .setIssuer('https://idp.test')
      .setAudience('sf')
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(es.verify(signed)).resolves.toMatchObject({ name: 'dave', role: 'viewer' });
    // An HS256 token signed with the public key's bytes (algorithm confusion) is refused.
    expect(await es.verify(await token({ roles: 'admin' }))).toBeNull();
  });
});
