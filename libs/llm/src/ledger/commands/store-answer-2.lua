--[[
  Stores a paid answer and drops the caller's claim in one step, so a waiter never sees neither.
  KEYS[1] the cached answer, KEYS[2] its claim (one hash tag). ARGV[1] the answer JSON, ARGV[2] its lifetime in ms,
  ARGV[3] the caller's owner id (another caller's claim is left alone). Returns 1.
]]
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then
  redis.call('DEL', KEYS[2])
end
return 1
