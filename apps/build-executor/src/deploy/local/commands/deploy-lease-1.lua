--[[
  The lease on one local deployment: who supervises it (docs/deploy-targets.md).

  KEYS[1] the lease (string, with a TTL): the owner's instance id, or "<owner>><requester>" while another
          executor asks the owner to hand the service over.
  ARGV[1] op: hold | request | transfer | release
  ARGV[2] the calling executor's instance id
  ARGV[3] TTL in ms (hold, request, transfer)
  ARGV[4] the new owner (transfer)

  hold     acquire a free lease or renew our own         -> {"held"} | {"handover", requester} | {"taken", owner}
  request  like hold, and ask the owner to hand it over -> {"held"} | {"handover", requester} | {"taken", owner}
           (only an owner on the requester's host: instance ids start with "<host id>/")
  transfer give our lease to ARGV[4]                     -> 1 | 0 (not ours)
  release  drop our lease                                -> 1 | 0 (not ours)
]]
local op, me = ARGV[1], ARGV[2]
local value = redis.call('GET', KEYS[1])
local owner, requester = nil, nil
if value then
  local cut = string.find(value, '>', 1, true)
  if cut then
    owner, requester = string.sub(value, 1, cut - 1), string.sub(value, cut + 1)
  else
    owner = value
  end
end
local mine = owner == me

if op == 'hold' or op == 'request' then
  local ttl = tonumber(ARGV[3])
  if not value then
    redis.call('SET', KEYS[1], me, 'PX', ttl)
    return {'held'}
  end
  if mine then
    redis.call('PEXPIRE', KEYS[1], ttl)
    if requester then return {'handover', requester} end
    return {'held'}
  end
  local function host(id) return string.match(id, '^[^/]*') end
  if op == 'request' and requester ~= me and host(owner) == host(me) then
    redis.call('SET', KEYS[1], owner .. '>' .. me, 'KEEPTTL')
  end
  return {'taken', owner}
end
if op == 'transfer' then
  if not mine then return 0 end
  redis.call('SET', KEYS[1], ARGV[4], 'PX', tonumber(ARGV[3]))
  return 1
end
if op == 'release' then
  if not mine then return 0 end
  redis.call('DEL', KEYS[1])
  return 1
end
return redis.error_reply('unknown lease op ' .. tostring(op))
