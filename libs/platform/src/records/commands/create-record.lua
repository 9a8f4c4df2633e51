--[[
  Creates a versioned record at version 1 with its index changes and first events, unless it exists.
  KEYS: [1] record hash, [2] event stream, [3...] one per index change (any number: no count in the name).
  ARGV: [1] doc, [2] status, [3] channel, [4] id published on it, then op, a, b per index change, then
  the events.
  -> 1 created, 0 when the record exists already (nothing written).
]]
--- @include "includes/record-writes"
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[1], 'status', ARGV[2], 'version', 1)
write_indexes_and_events(5)
redis.call('PUBLISH', ARGV[3], ARGV[4])
return 1
