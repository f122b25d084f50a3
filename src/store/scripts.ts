/**
 * Lua scripts for the writes that belong together or depend on what is
 * stored: Redis runs each one atomically.
 */

/**
 * The guard of every write at a revision (KEYS[1] the event, KEYS[2] its
 * meta): returns `missing` when the event is gone and `conflict` when its
 * revision is no longer `expected` (a Lua expression such as `ARGV[1]`).
 */
function guardRevision(expected: string): string {
  return `local revision = redis.call('HGET', KEYS[2], 'revision')
if redis.call('EXISTS', KEYS[1]) == 0 or not revision then return 'missing' end
if revision ~= ${expected} then return 'conflict' end`;
}

/** KEYS: event meta tokens index prefs locks schedule ledger · ARGV: eventJson eventId [clusterId hash]… → 1, or 0 if taken */
export const CREATE_EVENT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('DEL', KEYS[2], KEYS[3], KEYS[5], KEYS[6], KEYS[7], KEYS[8])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[2], 'revision', 1)
for i = 3, #ARGV, 2 do
  redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1])
  redis.call('HSET', KEYS[4], ARGV[i + 1], cjson.encode({ eventId = ARGV[2], clusterId = ARGV[i] }))
end
return 1
`;

/**
 * KEYS: event meta tokens index prefs · ARGV: eventJson eventId expectedRevision
 * removedCount [removedId]… [clusterId hash]… → ok | missing | conflict
 */
export const REPLACE_EVENT = `
${guardRevision('ARGV[3]')}
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HINCRBY', KEYS[2], 'revision', 1)
local removed = tonumber(ARGV[4])
for i = 5, 4 + removed do
  local hash = redis.call('HGET', KEYS[3], ARGV[i])
  if hash then redis.call('HDEL', KEYS[4], hash) end
  redis.call('HDEL', KEYS[3], ARGV[i])
  redis.call('HDEL', KEYS[5], ARGV[i])
end
for i = 5 + removed, #ARGV, 2 do
  redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1])
  redis.call('HSET', KEYS[4], ARGV[i + 1], cjson.encode({ eventId = ARGV[2], clusterId = ARGV[i] }))
end
return 'ok'
`;

/** KEYS: event meta tokens prefs locks schedule index ledger → 1, or 0 if absent */
export const DELETE_EVENT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for _, hash in ipairs(redis.call('HVALS', KEYS[3])) do redis.call('HDEL', KEYS[7], hash) end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[8])
return 1
`;

/** KEYS: event tokens index · ARGV: eventId clusterId hash → 1, or 0 if the event is gone */
export const REPLACE_TOKEN = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local old = redis.call('HGET', KEYS[2], ARGV[2])
if old then redis.call('HDEL', KEYS[3], old) end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
redis.call('HSET', KEYS[3], ARGV[3], cjson.encode({ eventId = ARGV[1], clusterId = ARGV[2] }))
return 1
`;

/** KEYS: event hash · ARGV: field json → 1, or 0 if the event is gone */
export const SET_FIELD_IF_EVENT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
`;

/**
 * KEYS: event meta target · ARGV: expectedRevision json bump(0|1)
 * → ok | missing | conflict
 */
export const SET_AT_REVISION = `
${guardRevision('ARGV[1]')}
redis.call('SET', KEYS[3], ARGV[2])
if ARGV[3] == '1' then redis.call('HINCRBY', KEYS[2], 'revision', 1) end
return 'ok'
`;

/**
 * A schedule with its calendar ledger: both, or neither, so that a feed is never
 * built from a ledger of another schedule.
 * KEYS: event meta schedule ledger · ARGV: expectedRevision expectedPublished
 * scheduleJson ledgerJson storedAt → ok | missing | conflict | superseded
 */
export const SAVE_SCHEDULE = `
${guardRevision('ARGV[1]')}
if (redis.call('HGET', KEYS[2], 'published') or '0') ~= ARGV[2] then return 'superseded' end
redis.call('SET', KEYS[3], ARGV[3])
redis.call('SET', KEYS[4], ARGV[4])
redis.call('HSET', KEYS[2], 'storedAt', ARGV[5])
redis.call('HINCRBY', KEYS[2], 'published', 1)
return 'ok'
`;
