--[[
  Extends a claim of the response cache while its caller's call is still running (a lease renewed by heartbeat).
  KEYS[1] the claim, ARGV[1] the caller's owner id, ARGV[2] the new lifetime in milliseconds.
  Returns 1 when extended, 0 when the caller no longer holds the claim (it lapsed or another caller took it).
]]
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
