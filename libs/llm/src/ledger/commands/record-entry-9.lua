--[[
  Records one ledger entry: appends it to its UTC day's list (and its intent's) and adds its counters to the day's
  totals, the day's breakdowns by role, provider/model, intent and build, and the intent's and build's totals.
  One script instead of a MULTI of ~45 commands: the same writes, atomic as before, for a fraction of the client's
  work per call (each command costs the client its own encoding).
  KEYS (one hash slot, the ledger's): [1] day entries, [2] day totals, [3] day by-role, [4] day by-model,
  [5] day by-intent, [6] day by-build, [7] intent entries, [8] intent totals, [9] build totals.
  ARGV: [1] entry JSON, [2] day keys' expiry (unix seconds), [3] intent/build keys' lifetime (seconds),
  [4] role, [5] provider/model, [6] intent id ('' = none), [7] build id ('' = none),
  [8..15] the counters cost, calls, in, out, cr, cw, hits, errors (integers; 0 is not written).
  KEYS 7-9 are not touched when their id is ''. Returns 1.
]]
local metrics = { 'cost', 'calls', 'in', 'out', 'cr', 'cw', 'hits', 'errors' }
local json, day_expiry, id_ttl = ARGV[1], ARGV[2], ARGV[3]
local role, model, intent, build = ARGV[4], ARGV[5], ARGV[6], ARGV[7]

local function add(key, suffix)
  for i, metric in ipairs(metrics) do
    local value = ARGV[7 + i]
    if value ~= '0' then
      redis.call('HINCRBY', key, suffix and (metric .. ':' .. suffix) or metric, value)
    end
  end
end

redis.call('RPUSH', KEYS[1], json)
redis.call('EXPIREAT', KEYS[1], day_expiry)
add(KEYS[2], nil)
redis.call('EXPIREAT', KEYS[2], day_expiry)
add(KEYS[3], role)
redis.call('EXPIREAT', KEYS[3], day_expiry)
add(KEYS[4], model)
redis.call('EXPIREAT', KEYS[4], day_expiry)
if intent ~= '' then
  add(KEYS[5], intent)
  redis.call('EXPIREAT', KEYS[5], day_expiry)
  redis.call('RPUSH', KEYS[7], json)
  redis.call('EXPIRE', KEYS[7], id_ttl)
  add(KEYS[8], nil)
  redis.call('EXPIRE', KEYS[8], id_ttl)
end
if build ~= '' then
  add(KEYS[6], build)
  redis.call('EXPIREAT', KEYS[6], day_expiry)
  add(KEYS[9], nil)
  redis.call('EXPIRE', KEYS[9], id_ttl)
end
return 1
