import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
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

  it('verifies RS256 tokens against the keys a JWKS URL serves, by kid, and refuses a key it does not serve', async () => {
    const served = await generateKeyPair('RS256');
    const foreign = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(served.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    let fetches = 0;
    const server = createServer((req, res) => {
      fetches++;
      res.writeHead(req.url === '/.well-known/jwks.json' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
      const jwks = verifier({ AUTH_JWT_JWKS_URL: url });
      const sign = (key: Parameters<SignJWT['sign']>[0], kid: string) =>
        new SignJWT({ roles: 'submitter' })
          .setProtectedHeader({ alg: 'RS256', kid })
          .setSubject('erin')
          .setIssuer('https://idp.test')
          .setAudience('sf')
          .setExpirationTime('5m')
          .sign(key);

      await expect(jwks.verify(await sign(served.privateKey, 'k1'))).resolves.toEqual({
        name: 'erin',
        kind: 'jwt',
        role: 'submitter',
      });
      expect(fetches).toBe(1);
      // Signed by a key the JWKS does not hold, under its kid or another one.
      expect(await jwks.verify(await sign(foreign.privateKey, 'k1'))).toBeNull();
      expect(await jwks.verify(await sign(foreign.privateKey, 'k2'))).toBeNull();
      // An HS256 token cannot pass as a JWKS one.
      expect(await jwks.verify(await token({ roles: 'admin' }))).toBeNull();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
