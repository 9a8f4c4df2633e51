import { readFile, stat } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { redactRedisUrl, RedisUnavailableError, startEmbeddedRedis } from '@sf/platform';
import { tempDir } from '../support/harness';

/** Sends one inline command to 127.0.0.1:`port` and resolves with the first reply line. */
function rawCommand(port: number, command: string): Promise<string> {
  return new Promise((resolveReply, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${command}\r\n`));
    socket.setEncoding('utf8');
    socket.once('data', (reply: string) => {
      socket.destroy();
      resolveReply(reply.split('\r\n')[0]);
    });
    socket.once('error', reject);
  });
}

describe('embedded redis-server', () => {
  it('starts with AOF and noeviction, reuses a running server, and keeps data across a restart', async () => {
    const dir = await tempDir('embedded');
    try {
      const first = await startEmbeddedRedis({ dataDir: dir.path });
      expect(first.owned).toBe(true);
      const client = new Redis(first.url);
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      await client.set('kept', 'yes');
      client.disconnect();

      const second = await startEmbeddedRedis({ dataDir: dir.path });
      expect(second).toMatchObject({ url: first.url, owned: false });

      await first.stop();
      const restarted = await startEmbeddedRedis({ dataDir: dir.path });
      const again = new Redis(restarted.url);
      expect(await again.get('kept')).toBe('yes');
      again.disconnect();
      await restarted.stop();
    } finally {
      await dir.remove();
    }
  });

  it('requires a password kept 0600 in the data dir, never on the command line, and binds loopback', async () => {
    const dir = await tempDir('embedded-auth');
    try {
      const redis = await startEmbeddedRedis({ dataDir: dir.path });
      const password = (await readFile(join(dir.path, 'redis', 'password'), 'utf8')).trim();
      expect(password).toMatch(/^[0-9a-f]{48}$/);
      expect((await stat(join(dir.path, 'redis', 'password'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir.path, 'redis', 'redis.conf'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir.path, 'redis'))).mode & 0o777).toBe(0o700);
      expect(redactRedisUrl(redis.url)).not.toContain(password);

      const port = new URL(redis.url).port;
      // A client without the password is refused (raw RESP, so no client library retries hide the answer).
      expect(await rawCommand(Number(port), 'GET x')).toMatch(/^-NOAUTH/);

      const client = new Redis(redis.url);
      expect(await client.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
      const [, pid] = (await client.info('server')).match(/process_id:(\d+)/) ?? [];
      expect(await readFile(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(password);
      client.disconnect();
      await redis.stop();
    } finally {
      await dir.remove();
    }
  });

  it('says how to fix it when redis-server is not on PATH', async () => {
    const dir = await tempDir('no-redis');
    const opts = { dataDir: dir.path, reuse: false, binary: 'redis-server-not-installed' };
    try {
      await expect(startEmbeddedRedis(opts)).rejects.toThrow(RedisUnavailableError);
      await expect(startEmbeddedRedis(opts)).rejects.toThrow(
        /not found on PATH[\s\S]*apt-get install -y redis-server[\s\S]*REDIS_URL/,
      );
    } finally {
      await dir.remove();
    }
  });
});
