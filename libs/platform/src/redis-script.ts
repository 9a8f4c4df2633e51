import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Redis } from 'ioredis';

/** `--- @include "<path>"` on a line of its own, as in BullMQ's commands. */
const INCLUDE = /^--- @include "([^"]+)"[ \t]*$/gm;

/**
 * A Lua script run atomically by its SHA (EVALSHA) and sent in full only when Redis does not have it
 * cached (a restarted or flushed Redis). Stateless, so one instance serves every connection; made by
 * {@link loadRedisScript}.
 */
export class RedisScript {
  private readonly sha: string;

  /**
   * @param name the file name without its key count and `.lua`, for messages.
   * @param source the Lua text, includes resolved.
   * @param numberOfKeys how many KEYS every call passes, or null when it varies per call.
   */
  constructor(
    readonly name: string,
    readonly source: string,
    readonly numberOfKeys: number | null,
  ) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** Runs the script with `keys` (KEYS) and `args` (ARGV) and resolves with what it returns. */
  async run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    if (this.numberOfKeys !== null && keys.length !== this.numberOfKeys) {
      throw new Error(`Lua script ${this.name} takes ${this.numberOfKeys} key(s), got ${keys.length}`);
    }
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}

/**
 * Loads the Lua script in `file`, named like BullMQ's commands: `<name>-<N>.lua` takes exactly N keys,
 * `<name>.lua` a number that varies per call. A line `--- @include "<path>"` is replaced by that file
 * (relative to the including one, without `.lua`), so scripts share helpers without copies. The file is
 * read now: a script missing from `dist/` stops the service at start-up, not at its first write.
 */
export function loadRedisScript(file: string): RedisScript {
  const parts = /^(.+?)(?:-(\d+))?\.lua$/.exec(basename(file));
  if (!parts) throw new Error(`${file} is not a .lua file`);
  const keys = parts[2] === undefined ? null : Number(parts[2]);
  return new RedisScript(parts[1], withIncludes(file, []), keys);
}

function withIncludes(file: string, including: readonly string[]): string {
  if (including.includes(file)) throw new Error(`Lua include cycle: ${[...including, file].join(' → ')}`);
  return readFileSync(file, 'utf8').replace(INCLUDE, (_line, path: string) =>
    withIncludes(join(dirname(file), `${path}.lua`), [...including, file]).trimEnd(),
  );
}
