--[[
  Records how a permitted vendor request ended, for the whole fleet.
  KEYS[1] the breaker (see acquire-breaker-1.lua).
  ARGV: [1] success | failure | release, [2] probe token ('' for a closed-state permit), [3] now (ms),
        [4] failure threshold, [5] open time (ms), [6] key TTL (ms).
  A probe's verdict counts only while its holder still holds the probe (a lapsed probe was handed on).
  success: a probe closes the breaker; a closed-state success resets the count (an open breaker is left to its
  probe). failure: counts; a probe, or the threshold reached while closed, opens it until now + open time.
  release: the request was not made; a probe is handed back.
  -> {state, failures, open_until}
]]
local verdict, token, now = ARGV[1], ARGV[2], tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'failures', 'open_until', 'probe')
local failures = tonumber(b[1]) or 0
local open_until = tonumber(b[2])
local probe = token ~= ''
local function result()
  if not open_until then return {'closed', failures, 0} end
  if now < open_until then return {'open', failures, open_until} end
  return {'half_open', failures, open_until}
end
if probe and b[3] ~= token then return result() end
if verdict == 'release' then
  if probe then redis.call('HDEL', KEYS[1], 'probe', 'probe_until') end
elseif verdict == 'success' then
  if probe or not open_until then
    redis.call('DEL', KEYS[1])
    failures, open_until = 0, nil
  end
else
  failures = failures + 1
  redis.call('HSET', KEYS[1], 'failures', failures)
  if probe or (not open_until and failures >= tonumber(ARGV[4])) then
    open_until = now + tonumber(ARGV[5])
    redis.call('HSET', KEYS[1], 'open_until', open_until)
    redis.call('HDEL', KEYS[1], 'probe', 'probe_until')
  end
  redis.call('PEXPIRE', KEYS[1], ARGV[6])
end
return result()
