import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AuthSettings } from './auth-settings';
import { Authenticator } from './authenticator';

/**
 * Builds the service's {@link Authenticator} from the settings `resolveAuthSettings` decided at boot (before
 * anything was started, so a refusal starts nothing), and says in the log what they are: a warning at every
 * start with `AUTH=off`, and where the first-start admin key is.
 */
export function createAuth(
  settings: AuthSettings,
  redis: Redis,
  prefix: string,
  logger: Logger,
): Authenticator {
  if (settings.mode === 'off') {
    logger.warn(
      'AUTH=off: every route is open to anyone who can reach this port (loopback HOST, not production)',
    );
  } else if (settings.bootstrapKeyPath) {
    logger.info(
      { path: settings.bootstrapKeyPath, created: settings.bootstrapKeyCreated },
      `admin API key ${settings.bootstrapKeyCreated ? 'created' : 'read'} at ${settings.bootstrapKeyPath}: ` +
        'send it as "Authorization: Bearer <key>" (AUTH_API_KEYS or AUTH_JWT_* replace it)',
    );
  }
  return new Authenticator(settings, redis, prefix);
}
