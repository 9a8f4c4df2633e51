--[[
  Asks a shared circuit breaker (one hash per provider + model) for a permit to call the vendor.
  KEYS[1] the breaker: failures (consecutive, fleet-wide), open_until (ms; absent while closed),
          probe (token of the half-open probe's holder), probe_until (ms; when an unfinished probe lapses).
  ARGV: [1] now (ms), [2] this caller's probe token, [3] probe lease (ms), [4] key TTL (ms).
  -> {1, state, failures, open_until}: pass (closed); {2, ...}: pass as the fleet's one half-open probe;
     {0, ...}: refused (open, or half-open with the probe held elsewhere). state: closed | open | half_open.
]]
local now = tonumber(ARGV[1])
local b = redis.call('HMGET', KEYS[1], 'failures', 'open_until', 'probe_until')
local failures = tonumber(b[1]) or 0
local open_until = tonumber(b[2])
if not open_until then return {1, 'closed', failures, 0} end
if now < open_until then return {0, 'open', failures, open_until} end
local probe_until = tonumber(b[3])
if probe_until and now < probe_until then return {0, 'half_open', failures, open_until} end
redis.call('HSET', KEYS[1], 'probe', ARGV[2], 'probe_until', now + tonumber(ARGV[3]))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {2, 'half_open', failures, open_until}
