import { join } from 'node:path';
import { loadRedisScript } from '@sf/platform';

/*
 * The budget's Lua scripts (`commands/*-3.lua`; what each takes and returns is at the top of its file).
 * Shared KEYS: [1] limits hash, [2] holds hash, [3] hold expiry zset; ARGV: [1] budget root, [2] now (ms).
 */

/** Reserve: holds an amount unless the daily or per-intent limit would be exceeded. */
export const RESERVE_SCRIPT = loadRedisScript(join(__dirname, 'commands', 'reserve-budget-3.lua'));

/** Settle or release a reservation once, raising the daily alerts the new total crosses. */
export const SETTLE_SCRIPT = loadRedisScript(join(__dirname, 'commands', 'settle-budget-3.lua'));

/** Read the limits and counters after reclaiming expired holds. */
export const PEEK_SCRIPT = loadRedisScript(join(__dirname, 'commands', 'peek-budget-3.lua'));
