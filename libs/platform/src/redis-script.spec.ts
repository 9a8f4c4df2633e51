import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { loadRedisScript } from './redis-script';

describe('loadRedisScript', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sf-lua-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(path: string, text: string): string {
    const file = join(dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    return file;
  }

  it('reads the number of keys from the file name', () => {
    const script = loadRedisScript(write('reserve-budget-3.lua', 'return 1\n'));
    expect(script).toMatchObject({ name: 'reserve-budget', numberOfKeys: 3, source: 'return 1\n' });
  });

  it('takes any number of keys when the name carries no count', () => {
    expect(loadRedisScript(write('cas-append.lua', 'return 1\n'))).toMatchObject({
      name: 'cas-append',
      numberOfKeys: null,
    });
  });

  it('inlines included files relative to the including one', () => {
    write('includes/helpers.lua', 'local function one() return 1 end\n');
    const file = write('use-1.lua', '--- @include "includes/helpers"\nreturn one()\n');
    expect(loadRedisScript(file).source).toBe('local function one() return 1 end\nreturn one()\n');
  });

  it('refuses an include cycle', () => {
    write('a.lua', '--- @include "b"\n');
    write('b.lua', '--- @include "a"\n');
    expect(() => loadRedisScript(join(dir, 'a.lua'))).toThrow(/include cycle/);
  });

  it('refuses a call with the wrong number of keys before it reaches Redis', async () => {
    const script = loadRedisScript(write('touch-2.lua', 'return 1\n'));
    await expect(script.run({} as Redis, ['only-one'], [])).rejects.toThrow('takes 2 key(s), got 1');
  });
});
