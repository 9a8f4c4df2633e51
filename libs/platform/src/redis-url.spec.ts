import { parseRedisUrl } from './redis-url';
import { loadConfig, ServiceConfig } from './config';

describe('parseRedisUrl', () => {
  it('hands a redis:// or rediss:// URL to ioredis as it is', () => {
    expect(parseRedisUrl('redis://:pw@10.0.0.1:6379/2')).toEqual({
      kind: 'single',
      url: 'redis://:pw@10.0.0.1:6379/2',
    });
    expect(parseRedisUrl('rediss://cache.example.com:6380')).toMatchObject({ kind: 'single' });
  });

  it('reads a cluster as seed nodes with shared credentials, TLS from the scheme', () => {
    expect(parseRedisUrl('redis-cluster://app:p%40ss@10.0.0.1:7000, 10.0.0.2:7001,[::1]:7002')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
        { host: '::1', port: 7002 },
      ],
      username: 'app',
      password: 'p@ss',
      tls: false,
    });
    expect(parseRedisUrl('rediss-cluster://:secret@clustercfg.example.com:6379')).toEqual({
      kind: 'cluster',
      nodes: [{ host: 'clustercfg.example.com', port: 6379 }],
      password: 'secret',
      tls: true,
    });
  });

  it('reads sentinels with the master name and the sentinels own password', () => {
    expect(parseRedisUrl('redis-sentinel://:pw@s1:26379,s2:26379/mymaster?sentinelPassword=spw')).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26379 },
      ],
      name: 'mymaster',
      password: 'pw',
      sentinelPassword: 'spw',
      tls: false,
    });
  });

  it.each([
    ['no scheme', 'localhost:6379'],
    ['an unknown scheme', 'memcached://h:1'],
    ['a node without a port', 'redis-cluster://h1:7000,h2'],
    ['a port out of range', 'redis-cluster://h1:70000'],
    ['a database on a cluster', 'redis-cluster://h1:7000/1'],
    ['a sentinel URL without the master name', 'redis-sentinel://s1:26379'],
  ])('refuses %s', (_why, url) => {
    expect(() => parseRedisUrl(url)).toThrow(RangeError);
  });

  it('makes the service config refuse a malformed REDIS_URL with the reason, and accept each form', () => {
    expect(() => loadConfig(ServiceConfig, { REDIS_URL: 'redis-cluster://h1' })).toThrow(/REDIS_URL: 'h1'/);
    for (const url of ['redis://h:1', 'redis-cluster://h1:7000,h2:7000', 'rediss-sentinel://s:26379/m'])
      expect(loadConfig(ServiceConfig, { REDIS_URL: url }).REDIS_URL).toBe(url);
  });
});
