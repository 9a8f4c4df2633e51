--[[
  Removes a registry entry and its name.
  KEYS: [1] entry hash, [2] set of names. ARGV: [1] name.
  -> 1 when an entry was removed, else 0.
]]
local removed = redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
return removed
