--[[
  Replaces a registry entry and indexes its name in one step.
  KEYS: [1] entry hash, [2] set of names. ARGV: [1] entry JSON, [2] now (ms), [3] heartbeat interval (s),
  [4] name.
  -> 1 when the name was registered already, else 0.
]]
local existed = redis.call('EXISTS', KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'entry', ARGV[1], 'registered_at', ARGV[2], 'last_heartbeat_at', ARGV[2], 'interval', ARGV[3])
redis.call('SADD', KEYS[2], ARGV[4])
return existed
