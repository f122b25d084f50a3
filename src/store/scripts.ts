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

/**
 * Sets a cluster's token hash, its index entry and its link token (KEYS[3]
 * tokens, KEYS[4] index, KEYS[6] links; `token` may be empty: none kept).
 */
const SET_TOKEN = `local function setToken(eventId, clusterId, hash, token)
  redis.call('HSET', KEYS[3], clusterId, hash)
  redis.call('HSET', KEYS[4], hash, cjson.encode({ eventId = eventId, clusterId = clusterId }))
  if token ~= '' then redis.call('HSET', KEYS[6], clusterId, token) else redis.call('HDEL', KEYS[6], clusterId) end
end`;

/**
 * KEYS: event meta tokens index prefs links locks schedule ledger draft events owners absences feedback mail ·
 * ARGV: eventJson eventId incarnation owner ('' none) maxEvents [clusterId hash token]… → ok | taken | too_many
 * (the owner's events are counted in the owners hash: events stored before it are not)
 */
export const CREATE_EVENT = `
${SET_TOKEN}
if redis.call('EXISTS', KEYS[1]) == 1 then return 'taken' end
local owned = 0
for _, owner in ipairs(redis.call('HVALS', KEYS[12])) do
  if owner == ARGV[4] then owned = owned + 1 end
end
if owned >= tonumber(ARGV[5]) then return 'too_many' end
redis.call('DEL', KEYS[2], KEYS[3], KEYS[5], KEYS[6], KEYS[7], KEYS[8], KEYS[9], KEYS[10], KEYS[13], KEYS[14], KEYS[15])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[2], 'revision', 1, 'incarnation', ARGV[3])
for i = 6, #ARGV, 3 do setToken(ARGV[2], ARGV[i], ARGV[i + 1], ARGV[i + 2]) end
redis.call('SADD', KEYS[11], ARGV[2])
if ARGV[4] ~= '' then redis.call('HSET', KEYS[12], ARGV[2], ARGV[4]) end
return 'ok'
`;

/**
 * KEYS: event meta tokens index prefs links events absences feedback mail · ARGV: eventJson eventId
 * expectedRevision removedCount [removedId]… [clusterId hash token]… → ok | missing | conflict
 */
export const REPLACE_EVENT = `
${SET_TOKEN}
${guardRevision('ARGV[3]')}
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HINCRBY', KEYS[2], 'revision', 1)
local removed = tonumber(ARGV[4])
for i = 5, 4 + removed do
  local hash = redis.call('HGET', KEYS[3], ARGV[i])
  if hash then redis.call('HDEL', KEYS[4], hash) end
  redis.call('HDEL', KEYS[3], ARGV[i])
  redis.call('HDEL', KEYS[5], ARGV[i])
  redis.call('HDEL', KEYS[6], ARGV[i])
  redis.call('HDEL', KEYS[8], ARGV[i])
  -- Answers by the removed cluster and about it, and its emails.
  for _, field in ipairs(redis.call('HKEYS', KEYS[9])) do
    local sep = string.find(field, ':', 1, true)
    if sep and (string.sub(field, 1, sep - 1) == ARGV[i] or string.sub(field, sep + 1) == ARGV[i]) then redis.call('HDEL', KEYS[9], field) end
  end
  for _, field in ipairs(redis.call('HKEYS', KEYS[10])) do
    if string.sub(field, 1, #ARGV[i] + 1) == ARGV[i] .. ':' then redis.call('HDEL', KEYS[10], field) end
  end
end
for i = 5 + removed, #ARGV, 3 do setToken(ARGV[2], ARGV[i], ARGV[i + 1], ARGV[i + 2]) end
redis.call('SADD', KEYS[7], ARGV[2])
return 'ok'
`;

/** KEYS: event meta tokens prefs locks schedule index ledger draft links events owners absences feedback mail · ARGV: eventId → 1, or 0 if absent */
export const DELETE_EVENT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for _, hash in ipairs(redis.call('HVALS', KEYS[3])) do redis.call('HDEL', KEYS[7], hash) end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[8], KEYS[9], KEYS[10], KEYS[13], KEYS[14], KEYS[15])
redis.call('SREM', KEYS[11], ARGV[1])
redis.call('HDEL', KEYS[12], ARGV[1])
return 1
`;

/** KEYS: event _ tokens index _ links · ARGV: eventId clusterId hash token → 1, or 0 if the event is gone */
export const REPLACE_TOKEN = `
${SET_TOKEN}
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local old = redis.call('HGET', KEYS[3], ARGV[2])
if old then redis.call('HDEL', KEYS[4], old) end
setToken(ARGV[1], ARGV[2], ARGV[3], ARGV[4])
return 1
`;

/** KEYS: event hash · ARGV: [field value]… → 1, or 0 if the event is gone */
export const SET_FIELDS_IF_EVENT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if #ARGV > 0 then redis.call('HSET', KEYS[2], unpack(ARGV)) end
return 1
`;

/** KEYS: event hash · ARGV: [field]… → 1, or 0 if the event is gone */
export const DELETE_FIELDS_IF_EVENT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if #ARGV > 0 then redis.call('HDEL', KEYS[2], unpack(ARGV)) end
return 1
`;

/**
 * KEYS: sent-marker event mail · ARGV: ttlSeconds field at → 1, or 0 when the
 * marker was already set (the message was sent before). The event's mail log
 * is set only while the event exists.
 */
export const RECORD_SENT = `
if not redis.call('SET', KEYS[1], ARGV[3], 'NX', 'EX', tonumber(ARGV[1])) then return 0 end
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('HSET', KEYS[3], ARGV[2], ARGV[3]) end
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
 * A published schedule with its calendar ledger: both, or neither, so that a
 * feed is never built from a ledger of another schedule. It replaces the
 * draft (the draft published, or one older than this schedule).
 * KEYS: event meta schedule ledger draft · ARGV: expectedRevision expectedPublished
 * scheduleJson ledgerJson storedAt expectedDraftVersion (empty: any)
 * → ok | missing | conflict | superseded | draft_changed
 */
export const SAVE_SCHEDULE = `
${guardRevision('ARGV[1]')}
if (redis.call('HGET', KEYS[2], 'published') or '0') ~= ARGV[2] then return 'superseded' end
if ARGV[6] ~= '' and (redis.call('HGET', KEYS[2], 'draftVersion') or '0') ~= ARGV[6] then return 'draft_changed' end
redis.call('SET', KEYS[3], ARGV[3])
redis.call('SET', KEYS[4], ARGV[4])
redis.call('DEL', KEYS[5])
redis.call('HDEL', KEYS[2], 'draftAt')
redis.call('HSET', KEYS[2], 'storedAt', ARGV[5])
redis.call('HINCRBY', KEYS[2], 'published', 1)
return 'ok'
`;

/**
 * A draft schedule, kept until it is published or replaced.
 * KEYS: event meta draft · ARGV: expectedRevision scheduleJson savedAt → ok | missing | conflict
 */
export const SAVE_DRAFT = `
${guardRevision('ARGV[1]')}
redis.call('SET', KEYS[3], ARGV[2])
redis.call('HSET', KEYS[2], 'draftAt', ARGV[3])
redis.call('HINCRBY', KEYS[2], 'draftVersion', 1)
return 'ok'
`;

/** KEYS: organisers organiserTokens · ARGV: name accountJson tokenHash → 1, or 0 if the name is taken */
export const ADD_ORGANISER = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[3], ARGV[1])
return 1
`;

/**
 * A new token for an account (the old one forgotten), or none for a revoked one.
 * KEYS: organisers organiserTokens · ARGV: name newHash ('' to revoke) at → 1, or 0 if unknown
 */
export const SET_ORGANISER_TOKEN = `
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return 0 end
local account = cjson.decode(json)
if account.tokenHash then redis.call('HDEL', KEYS[2], account.tokenHash) end
if ARGV[2] == '' then
  account.tokenHash = nil
  account.revokedAt = ARGV[3]
else
  account.tokenHash = ARGV[2]
  account.rotatedAt = ARGV[3]
  account.revokedAt = nil
  redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(account))
return 1
`;
