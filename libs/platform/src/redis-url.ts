/** A `host:port` of a cluster seed node or a sentinel. */
export interface RedisNode {
  host: string;
  port: number;
}

/** Credentials and transport shared by every form of {@link RedisTarget}. */
interface RedisAuth {
  username?: string;
  password?: string;
  /** `rediss…` schemes: TLS to every node, with the system's CAs. */
  tls: boolean;
}

/**
 * Where `REDIS_URL` points, read by {@link parseRedisUrl}:
 * - `redis://[user:password@]host:port[/db]` (`rediss://` for TLS): one server, as ioredis reads it;
 * - `redis-cluster://[user:password@]host:port,host:port,…` (`rediss-cluster://`): a Redis Cluster, the nodes
 *   listed being seeds (one reachable master is enough; the rest is discovered);
 * - `redis-sentinel://[user:password@]host:port,host:port,…/<master name>[?sentinelPassword=…]`
 *   (`rediss-sentinel://`): the master Sentinel names, followed across failovers; the password is the
 *   master's, `sentinelPassword` the sentinels' own when they require one.
 */
export type RedisTarget =
  | { kind: 'single'; url: string }
  | ({ kind: 'cluster'; nodes: RedisNode[] } & RedisAuth)
  | ({ kind: 'sentinel'; sentinels: RedisNode[]; name: string; sentinelPassword?: string } & RedisAuth);

/** The schemes `REDIS_URL` may have (see {@link RedisTarget}). */
export const REDIS_URL_PATTERN = /^(?:rediss?|rediss?-cluster|rediss?-sentinel):\/\/.+/;

const NODE = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})$/;

/** Reads a `REDIS_URL` (see {@link RedisTarget}); throws a RangeError naming what is wrong. */
export function parseRedisUrl(url: string): RedisTarget {
  const scheme = /^([a-z-]+):\/\//.exec(url)?.[1];
  if (scheme === undefined || !REDIS_URL_PATTERN.test(url))
    throw new RangeError(
      'REDIS_URL must start with redis://, rediss://, redis-cluster:// or redis-sentinel://',
    );
  if (scheme === 'redis' || scheme === 'rediss') return { kind: 'single', url };
  const tls = scheme.startsWith('rediss');
  const rest = url.slice(scheme.length + 3);
  const at = rest.lastIndexOf('@');
  const auth = at < 0 ? {} : credentials(rest.slice(0, at));
  const [location, query = ''] = rest.slice(at + 1).split('?', 2);
  const [hosts, path = ''] = splitOnce(location, '/');
  const nodes = hosts.split(',').map((n) => node(n.trim(), url));
  if (scheme.endsWith('-cluster')) {
    if (path !== '' || query !== '')
      throw new RangeError('a redis-cluster:// URL names only nodes: a cluster has no databases or options');
    return { kind: 'cluster', nodes, tls, ...auth };
  }
  const name = decodeURIComponent(path);
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(name))
    throw new RangeError('a redis-sentinel:// URL ends with /<master name>, as the sentinels know it');
  const sentinelPassword = new URLSearchParams(query).get('sentinelPassword') ?? undefined;
  return {
    kind: 'sentinel',
    sentinels: nodes,
    name,
    tls,
    ...auth,
    ...(sentinelPassword ? { sentinelPassword } : {}),
  };
}

function credentials(userinfo: string): { username?: string; password?: string } {
  const [user, password] = splitOnce(userinfo, ':');
  return {
    ...(user !== '' ? { username: decodeURIComponent(user) } : {}),
    ...(password !== undefined && password !== '' ? { password: decodeURIComponent(password) } : {}),
  };
}

function node(text: string, url: string): RedisNode {
  const m = NODE.exec(text);
  const port = m ? Number(m[2]) : 0;
  if (!m || port < 1 || port > 65_535)
    throw new RangeError(`'${text}' in ${redactUserinfo(url)} is not host:port`);
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const i = text.indexOf(separator);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

function redactUserinfo(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
