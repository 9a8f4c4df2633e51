--[[
  Creates the intent, its indexes, its first events and the idempotency entry in one step, or reports why
  not. The intent is written in the layout of @sf/platform's VersionedRecordStore (hash fields doc, status,
  version = 1; one stream entry per event in field 'e'), which every later change goes through.
  The waiting set orders intents not yet started by (tier, arrival): a new intent's rank in it is its queue
  position, computed here so a submit costs no extra round trip.
  KEYS: [1] intent hash, [2] created index, [3] active set, [4] service-name lock, [5] idempotency entry,
  [6] event stream, [7] waiting set.
  ARGV: [1] id, [2] doc, [3] status, [4] now (ms), [5] idempotent response ('' for none), [6] its TTL (s),
  [7] channel, [8] waiting score, [9...] events.
  -> {'created', '', position}, {'idempotent', stored response, position} or {'in_flight', holder, '0'}.
]]
local intentKey, createdKey, activeKey, serviceKey, idemKey, streamKey, waitingKey =
  KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7]
local id, doc, status, nowMs, idemValue, idemTtl, channel, waitScore =
  ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8]
if idemValue ~= '' then
  local existing = redis.call('HMGET', idemKey, 'value', 'position')
  if existing[1] then return {'idempotent', existing[1], existing[2]} end
end
local holder = redis.call('GET', serviceKey)
if holder then return {'in_flight', holder, '0'} end
redis.call('HSET', intentKey, 'doc', doc, 'status', status, 'version', 1)
redis.call('ZADD', createdKey, nowMs, id)
redis.call('SADD', activeKey, id)
redis.call('SET', serviceKey, id)
redis.call('ZADD', waitingKey, waitScore, id)
local position = redis.call('ZCOUNT', waitingKey, '-inf', waitScore)
if idemValue ~= '' then
  redis.call('HSET', idemKey, 'value', idemValue, 'position', position)
  redis.call('EXPIRE', idemKey, idemTtl)
end
for i = 9, #ARGV do redis.call('XADD', streamKey, '*', 'e', ARGV[i]) end
redis.call('PUBLISH', channel, id)
return {'created', '', tostring(position)}
