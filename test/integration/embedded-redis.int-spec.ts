import { Redis } from 'ioredis';
import { RedisUnavailableError, startEmbeddedRedis } from '@sf/platform';
import { tempDir } from '../support/harness';

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
