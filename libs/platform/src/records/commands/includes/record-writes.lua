--[[
  What a versioned record write does besides the record hash itself, shared by create-record and cas-append.
  KEYS[1] is the record hash, KEYS[2] its event stream, and KEYS[3...] one key per index change. From
  ARGV[first] on come op, a, b for each index change in KEYS order, then the events.
]]

-- Applies the index changes, then appends each remaining ARGV as one stream entry (field 'e');
-- returns how many events were appended.
local function write_indexes_and_events(first)
  local at = first
  for k = 3, #KEYS do
    local key, op, a, b = KEYS[k], ARGV[at], ARGV[at + 1], ARGV[at + 2]
    if op == 'zadd' then
      redis.call('ZADD', key, a, b)
    elseif op == 'zrem' then
      redis.call('ZREM', key, a)
    elseif op == 'srem' then
      redis.call('SREM', key, a)
    elseif op == 'del_if_equals' then
      if redis.call('GET', key) == a then redis.call('DEL', key) end
    else
      error('unknown index change ' .. tostring(op))
    end
    at = at + 3
  end
  for i = at, #ARGV do redis.call('XADD', KEYS[2], '*', 'e', ARGV[i]) end
  return #ARGV - at + 1
end
