import { ConfigError } from '../config';
import { hashKey, parseSeededKeys, type SeededKey } from './api-key';
import type { AuthConfig } from './auth.config';
import { ensureAdminKey } from './credentials-file';
import { jwtSettings, type JwtSettings } from './jwt-verifier';

/** How a service authenticates, decided once at boot from its config. */
export type AuthSettings =
  | { mode: 'off' }
  | {
      mode: 'on';
      seeded: SeededKey[];
      jwt: JwtSettings | null;
      metricsToken: string | null;
      serviceKey: string | null;
      /** Where the first-start admin key was read or created (nothing else configured). */
      bootstrapKeyPath: string | null;
      bootstrapKeyCreated: boolean;
    };

/** A refusal to start over authentication settings: one line saying what to set. */
export class AuthRefusal extends ConfigError {
  constructor(line: string) {
    super([line]);
    this.message = line;
  }
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost|\[::1\])$/;

/** Whether a bind address only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

/**
 * Decides how the service authenticates, or refuses with one line naming what to set:
 * - `AUTH=off`: only on a loopback `HOST` outside production;
 * - `AUTH_API_KEYS` and/or JWT settings: those;
 * - nothing: on a loopback `HOST` outside production, the first-start admin key under `DATA_DIR/credentials/`
 *   (created when absent); otherwise refuse (`NODE_ENV=production` or a reachable `HOST` must say who may call).
 */
export async function resolveAuthSettings(
  config: AuthConfig & { HOST: string; DATA_DIR: string },
): Promise<AuthSettings> {
  const production = config.NODE_ENV === 'production';
  const loopback = isLoopbackHost(config.HOST);
  if (config.AUTH === 'off') {
    if (production)
      throw new AuthRefusal('AUTH=off is refused with NODE_ENV=production; set AUTH_API_KEYS or AUTH_JWT_*');
    if (!loopback) {
      throw new AuthRefusal(
        `AUTH=off is refused on HOST=${config.HOST}; bind 127.0.0.1 or set AUTH_API_KEYS / AUTH_JWT_*`,
      );
    }
    return { mode: 'off' };
  }
  let seeded: SeededKey[] = [];
  if (config.AUTH_API_KEYS !== undefined) {
    const parsed = parseSeededKeys(config.AUTH_API_KEYS);
    if ('problem' in parsed) throw new AuthRefusal(parsed.problem);
    seeded = parsed.keys;
  }
  const jwt = jwtSettings(config);
  if ('problem' in jwt) throw new AuthRefusal(jwt.problem);
  const common = {
    mode: 'on' as const,
    jwt: jwt.settings,
    metricsToken: config.METRICS_TOKEN ?? null,
    serviceKey: config.AUTH_SERVICE_KEY ?? null,
  };
  if (seeded.length > 0 || jwt.settings !== null) {
    return { ...common, seeded, bootstrapKeyPath: null, bootstrapKeyCreated: false };
  }
  if (production || !loopback) {
    const why = production ? 'NODE_ENV=production' : `HOST=${config.HOST}`;
    throw new AuthRefusal(
      `${why} needs credentials: set AUTH_API_KEYS=name:role:key or AUTH_JWT_SECRET|AUTH_JWT_PUBLIC_KEY|AUTH_JWT_JWKS_URL with AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE`,
    );
  }
  const admin = await ensureAdminKey(config.DATA_DIR);
  return {
    ...common,
    seeded: [{ name: 'admin', role: 'admin', hash: hashKey(admin.key) }],
    bootstrapKeyPath: admin.path,
    bootstrapKeyCreated: admin.created,
  };
}
