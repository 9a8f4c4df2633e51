--[[
  Compare-and-set of a versioned record (hash fields doc, status, version) together with its index changes
  and new events: all of it or, when another writer got there first, nothing.
  KEYS: [1] record hash, [2] event stream, [3...] one per index change (any number: no count in the name).
  ARGV: [1] expected version, [2] doc, [3] status, [4] channel, [5] id published on it when events were
  appended, then op, a, b per index change, then the events.
  -> 'ok', 'not_found', or 'conflict' (the version moved on; the caller reads again and retries).
]]
--- @include "includes/record-writes"
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return 'not_found' end
if version ~= ARGV[1] then return 'conflict' end
redis.call('HSET', KEYS[1], 'doc', ARGV[2], 'status', ARGV[3], 'version', tonumber(version) + 1)
if write_indexes_and_events(6) > 0 then redis.call('PUBLISH', ARGV[4], ARGV[5]) end
return 'ok'
