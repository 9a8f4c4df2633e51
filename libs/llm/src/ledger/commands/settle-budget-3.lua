--[[
  Settle or release. ARGV: [3] day, [4] reservation id, [5] actual cost ('0' to release), [6] intent id,
  [7] 'settle' | 'release', [8] default daily limit, [9] counter TTL (s), [10] once-marker TTL (s),
  [11...] alert thresholds (percent).
  -> {0} when the reservation was already settled or released, else {1, spent today, daily limit, {fired %...}}.
  A hold that expired (and was reclaimed) is still settled: spend is never lost.
]]
--- @include "includes/budget-prelude"
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
