--[[
  What every budget script starts with: drop a hold, reclaim expired holds, read limits and counters.

  Amounts are integer nano-USD passed as decimal strings and handed to HINCRBY as such: Lua numbers are only
  compared, never formatted back into a command, so no precision is lost. Per-day and per-intent keys are
  derived from the budget root (ARGV[1]) because which day an expiring hold belongs to is only known inside
  the script: fine on a single Redis (BullMQ's scripts do the same); the key names must match
  `CostKeys.budgetDay` / `CostKeys.budgetIntent`.

  Shared KEYS: [1] limits hash, [2] holds hash (id -> {day, amount, intent}), [3] hold expiry zset.
  Shared ARGV: [1] budget root, [2] now (ms).
]]
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
