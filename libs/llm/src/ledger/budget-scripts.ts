import { LuaScript } from './lua-script';

/*
 * The budget's Lua scripts. Amounts are integer nano-USD passed as decimal strings and handed to HINCRBY as
 * such: Lua numbers are only compared, never formatted back into a command, so no precision is lost. Per-day
 * and per-intent keys are derived from the budget root (ARGV[1]) because which day an expiring hold belongs to
 * is only known inside the script — fine on a single Redis (BullMQ's scripts do the same); the key names must
 * match `CostKeys.budgetDay` / `CostKeys.budgetIntent`.
 *
 * Shared KEYS: [1] limits hash, [2] holds hash (id → {day, amount, intent}), [3] hold expiry zset.
 * Shared ARGV: [1] budget root, [2] now (ms).
 */

/** Helpers every script starts with: drop a hold, reclaim expired holds, read limits and counters. */
const PRELUDE = `
local root = ARGV[1]
local function day_key(day) return root .. ':day:' .. day end
local function intent_key(intent) return root .. ':intent:' .. intent end
local function num(v) return tonumber(v or '0') end
local function add(key, field, amount, ttl)
  if amount ~= '0' then redis.call('HINCRBY', key, field, amount) end
  redis.call('EXPIRE', key, ttl)
end
local function drop_hold(id)
  local raw = redis.call('HGET', KEYS[2], id)
  if not raw then return nil end
  redis.call('HDEL', KEYS[2], id)
  redis.call('ZREM', KEYS[3], id)
  local hold = cjson.decode(raw)
  if hold.amount ~= '0' then
    redis.call('HINCRBY', day_key(hold.day), 'held', '-' .. hold.amount)
    if hold.intent ~= '' then redis.call('HINCRBY', intent_key(hold.intent), 'held', '-' .. hold.amount) end
  end
  return hold
end
local function reclaim_expired()
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', ARGV[2])) do drop_hold(id) end
end
local function limits(default_daily, default_intent)
  local l = redis.call('HMGET', KEYS[1], 'daily', 'per_intent')
  return tonumber(l[1] or default_daily), tonumber(l[2] or default_intent)
end
local function counters(key)
  local c = redis.call('HMGET', key, 'spent', 'held')
  return num(c[1]), num(c[2])
end
`;

/**
 * Reserve. ARGV: [3] day, [4] reservation id, [5] amount, [6] intent id ('' for none), [7] hold expiry (ms),
 * [8] default daily limit, [9] default per-intent limit, [10] counter TTL (s).
 * → {1} held, or {0, 'daily'|'intent', limit, committed}.
 */
export const RESERVE_SCRIPT = new LuaScript(`${PRELUDE}
reclaim_expired()
local daily, per_intent = limits(ARGV[8], ARGV[9])
local amount = tonumber(ARGV[5])
local dkey = day_key(ARGV[3])
local spent, held = counters(dkey)
if spent + held + amount > daily then return {0, 'daily', daily, spent + held} end
local ikey = nil
if ARGV[6] ~= '' then
  ikey = intent_key(ARGV[6])
  local ispent, iheld = counters(ikey)
  if ispent + iheld + amount > per_intent then return {0, 'intent', per_intent, ispent + iheld} end
end
redis.call('HSET', KEYS[2], ARGV[4], cjson.encode({day = ARGV[3], amount = ARGV[5], intent = ARGV[6]}))
redis.call('ZADD', KEYS[3], ARGV[7], ARGV[4])
add(dkey, 'held', ARGV[5], ARGV[10])
if ikey then add(ikey, 'held', ARGV[5], ARGV[10]) end
return {1}
`);

/**
 * Settle or release. ARGV: [3] day, [4] reservation id, [5] actual cost ('0' to release), [6] intent id,
 * [7] 'settle' | 'release', [8] default daily limit, [9] counter TTL (s), [10] once-marker TTL (s),
 * [11…] alert thresholds (percent).
 * → {0} when the reservation was already settled or released, else {1, spent today, daily limit, {fired %…}}.
 * A hold that expired (and was reclaimed) is still settled: spend is never lost.
 */
export const SETTLE_SCRIPT = new LuaScript(`${PRELUDE}
local id = ARGV[4]
local done = root .. ':done:' .. id
if not drop_hold(id) and redis.call('EXISTS', done) == 1 then return {0} end
redis.call('SET', done, '1', 'EX', ARGV[10])
local dkey = day_key(ARGV[3])
if ARGV[7] == 'release' then return {1, num(redis.call('HGET', dkey, 'spent')), 0, {}} end
add(dkey, 'spent', ARGV[5], ARGV[9])
if ARGV[6] ~= '' then add(intent_key(ARGV[6]), 'spent', ARGV[5], ARGV[9]) end
local daily = limits(ARGV[8], '0')
local spent = num(redis.call('HGET', dkey, 'spent'))
local fired = {}
if daily > 0 then
  for i = 11, #ARGV do
    local pct = tonumber(ARGV[i])
    if spent * 100 >= daily * pct
      and redis.call('SET', root .. ':alert:' .. ARGV[3] .. ':' .. ARGV[i], '1', 'NX', 'EX', ARGV[10]) then
      table.insert(fired, pct)
    end
  end
end
return {1, spent, daily, fired}
`);

/**
 * Read the counters after reclaiming expired holds. ARGV: [3] day, [4] intent id ('' for none),
 * [5] default daily limit, [6] default per-intent limit.
 * → {daily limit, per-intent limit, day spent, day held, intent spent, intent held}.
 */
export const PEEK_SCRIPT = new LuaScript(`${PRELUDE}
reclaim_expired()
local daily, per_intent = limits(ARGV[5], ARGV[6])
local spent, held = counters(day_key(ARGV[3]))
local ispent, iheld = 0, 0
if ARGV[4] ~= '' then ispent, iheld = counters(intent_key(ARGV[4])) end
return {daily, per_intent, spent, held, ispent, iheld}
`);
