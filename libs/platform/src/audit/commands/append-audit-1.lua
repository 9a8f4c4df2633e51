--[[
  Appends the audit entries of one event-loop turn to the audit stream, each as its own stream entry with the
  fields in a fixed order, trimming entries older than the retention (approximately, as Redis trims whole nodes).
  Each entry comes as one JSON array of its field values: one argument per entry instead of twenty-two.
  KEYS: [1] the audit stream.
  ARGV: [1] the oldest id to keep (ms), [2...] entries: JSON [at, service, principal, role, request_id, method,
  route, path, target, status, outcome].
  -> the number of entries appended.
]]
local stream, minId = KEYS[1], ARGV[1]
for i = 2, #ARGV do
  local v = cjson.decode(ARGV[i])
  redis.call('XADD', stream, 'MINID', '~', minId, '*',
    'at', v[1], 'service', v[2], 'principal', v[3], 'role', v[4], 'request_id', v[5], 'method', v[6],
    'route', v[7], 'path', v[8], 'target', v[9], 'status', v[10], 'outcome', v[11])
end
return #ARGV - 1
