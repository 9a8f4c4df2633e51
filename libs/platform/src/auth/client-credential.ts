import { firstAdminKey } from './api-key';
import { ensureAdminKey } from './credentials-file';

/**
 * The credential our own clients (demo, `npm start`, eval, benchmarks, tests) send, found the way the services
 * find theirs: `SF_API_KEY` when set, else the first admin key of `AUTH_API_KEYS`, else the first-start admin
 * key under `DATA_DIR/credentials/` (created here when absent, so the services and the client agree). `null`
 * with `AUTH=off`.
 */
export async function clientCredential(env: NodeJS.ProcessEnv): Promise<string | null> {
  if (env.AUTH === 'off') return null;
  if (env.SF_API_KEY) return env.SF_API_KEY;
  const seeded = firstAdminKey(env.AUTH_API_KEYS);
  if (seeded) return seeded;
  return (await ensureAdminKey(env.DATA_DIR || '.data')).key;
}
