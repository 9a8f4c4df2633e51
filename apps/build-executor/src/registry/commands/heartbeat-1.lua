--[[
  Records a heartbeat. A plain HSET would resurrect a deleted entry as a hash without its body, so the
  entry is checked first.
  KEYS: [1] entry hash. ARGV: [1] now (ms).
  -> the entry's fields (entry, registered_at, last_heartbeat_at, interval), or nil when not registered.
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HSET', KEYS[1], 'last_heartbeat_at', ARGV[1])
return redis.call('HMGET', KEYS[1], 'entry', 'registered_at', 'last_heartbeat_at', 'interval')
