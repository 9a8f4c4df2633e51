--[[
  Reserve. ARGV: [3] day, [4] reservation id, [5] amount, [6] intent id ('' for none), [7] hold expiry (ms),
  [8] default daily limit, [9] default per-intent limit, [10] counter TTL (s).
  -> {1} held, or {0, 'daily'|'intent', limit, committed}.
]]
--- @include "includes/budget-prelude"
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
