--[[
  Drops a claim of the response cache if the caller still holds it (its call failed): a waiter claims next.
  KEYS[1] the claim, ARGV[1] the caller's owner id. Returns 1 when dropped, 0 otherwise.
]]
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
