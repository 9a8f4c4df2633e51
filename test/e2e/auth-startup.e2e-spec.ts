import { spawn } from 'node:child_process';
import { distPath } from '../support/processes';
import { tempDir, testRedisUrl, uniquePrefix } from '../support/harness';

/** Runs a compiled service until it exits (it is expected to refuse to start) and returns its exit and output. */
function refusal(
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [distPath(entry)], {
    env: {
      PATH: process.env.PATH ?? '',
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: uniquePrefix('refuse'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('starting without credentials settings', () => {
  it.each([
    [
      'sovereign-factory',
      'apps/sovereign-factory/src/main.js',
      { NODE_ENV: 'production', FACTORY_PORT: '0' },
    ],
    ['build-executor', 'apps/build-executor/src/main.js', { HOST: '0.0.0.0', EXECUTOR_PORT: '0' }],
  ])(
    '%s refuses to start in production or on a reachable HOST, in one line saying what to set',
    async (name, entry, env) => {
      const dir = await tempDir('refuse');
      try {
        const { code, stderr } = await refusal(entry, { ...env, DATA_DIR: dir.path });
        expect(code).toBe(1);
        expect(stderr.trim().split('\n')).toEqual([
          expect.stringMatching(new RegExp(`^${name}: .*set AUTH_API_KEYS=`)),
        ]);
      } finally {
        await dir.remove();
      }
    },
  );
});
