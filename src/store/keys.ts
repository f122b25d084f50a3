/**
 * Every key the service writes, all under one prefix (`maillage:` by default).
 * BullMQ's keys live under `<prefix>bull:<queue>:`.
 */

export interface EventKeys {
  /** The event file (JSON) */
  event: string;
  /** Hash: `revision` */
  meta: string;
  /** Hash: cluster id → SHA-256 of its token */
  tokens: string;
  /** Hash: cluster id → its wishes (JSON) */
  prefs: string;
  /** Locked meetings (JSON) */
  locks: string;
  /** Latest complete schedule (JSON) */
  schedule: string;
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
  };
}

/** Hash: token SHA-256 → `{ eventId, clusterId }`, across events. */
export const tokenIndexKey = (prefix: string): string => `${prefix}tokens`;

/** BullMQ's own prefix (it adds `:<queue>:…`). */
export const bullPrefix = (prefix: string): string => `${prefix}bull`;
