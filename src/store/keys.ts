/**
 * Every key the service writes, all under one prefix (`maillage:` by default).
 * BullMQ's keys live under `<prefix>bull:<queue>:`.
 */

export interface EventKeys {
  /** The event file (JSON) */
  event: string;
  /** Hash: `revision`; `published` (count of stored schedules) and `storedAt` (ISO 8601 UTC) of the latest one */
  meta: string;
  /** Hash: cluster id → SHA-256 of its token */
  tokens: string;
  /** Hash: cluster id → its wishes (JSON) */
  prefs: string;
  /** Locked meetings (JSON) */
  locks: string;
  /** Latest complete schedule (JSON) */
  schedule: string;
  /** Calendar ledger of the latest schedule (JSON), written with it */
  ledger: string;
}

export function eventKeys(prefix: string, eventId: string): EventKeys {
  const base = `${prefix}event:${eventId}`;
  return {
    event: base,
    meta: `${base}:meta`,
    tokens: `${base}:tokens`,
    prefs: `${base}:prefs`,
    locks: `${base}:locks`,
    schedule: `${base}:schedule`,
    ledger: `${base}:ledger`,
  };
}

/** Hash: token SHA-256 → `{ eventId, clusterId }`, across events. */
export const tokenIndexKey = (prefix: string): string => `${prefix}tokens`;

/** BullMQ's own prefix (it adds `:<queue>:…`). */
export const bullPrefix = (prefix: string): string => `${prefix}bull`;
