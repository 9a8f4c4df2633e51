--[[
  The exact-response cache's single flight: the cached answer, or the claim to call the vendor for it.
  KEYS[1] the cached answer, KEYS[2] its claim (one hash tag, so one slot).
  ARGV[1] the caller's owner id, ARGV[2] the claim's lifetime in ms.
  Returns {'hit', answer} | {'claimed'} (the caller calls and stores) | {'busy', claim pttl} (another caller is
  calling: wait for its answer).
]]
local answer = redis.call('GET', KEYS[1])
if answer then
  return { 'hit', answer }
end
local holder = redis.call('GET', KEYS[2])
if holder == ARGV[1] then
  return { 'claimed' }
end
if not holder then
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
  return { 'claimed' }
end
return { 'busy', redis.call('PTTL', KEYS[2]) }
