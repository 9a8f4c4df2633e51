--[[
  Read the counters after reclaiming expired holds. ARGV: [3] day, [4] intent id ('' for none),
  [5] default daily limit, [6] default per-intent limit.
  -> {daily limit, per-intent limit, day spent, day held, intent spent, intent held}.
]]
--- @include "includes/budget-prelude"
reclaim_expired()
local daily, per_intent = limits(ARGV[5], ARGV[6])
local spent, held = counters(day_key(ARGV[3]))
local ispent, iheld = 0, 0
if ARGV[4] ~= '' then ispent, iheld = counters(intent_key(ARGV[4])) end
return {daily, per_intent, spent, held, ispent, iheld}
