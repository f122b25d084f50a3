/**
 * Every key the service writes, all under one prefix (`maillage:` by default).
 * BullMQ's keys live under `<prefix>bull:<queue>:`.
 */

export interface EventKeys {
  /** The event file (JSON) */
  event: string;
  /**
   * Hash: `revision`; `incarnation` (random, set at creation: tells a re-created event from the deleted one);
   * `published` (count of published schedules) and `storedAt` (ISO 8601 UTC) of the latest one;
   * `draftAt` and `draftVersion` of the draft
   */
  meta: string;
  /** Hash: cluster id → SHA-256 of its token */
  tokens: string;
  /** Hash: cluster id → its wishes (JSON) */
  prefs: string;
  /** Locked meetings (JSON) */
  locks: string;
  /** The published schedule (JSON): what clusters, their pages and calendars see */
  schedule: string;
  /** Calendar ledger of the latest schedule (JSON), written with it */
  ledger: string;
  /** The draft schedule (JSON) awaiting publication; its time and version are in `meta` (`draftAt`, `draftVersion`) */
  draft: string;
  /** Hash: cluster id → its token, so that the organiser can copy a private link again */
  links: string;
  /** Hash: cluster id → its absence on the day (JSON) */
  absences: string;
  /** Hash: `<cluster id>:<partner id>` → the cluster's answer about that meeting (JSON) */
  feedback: string;
  /** Hash: `<cluster id>:<kind>` → when that kind of email last went to the cluster (ISO 8601 UTC) */
  mail: string;
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
    draft: `${base}:draft`,
    links: `${base}:links`,
    absences: `${base}:absences`,
    feedback: `${base}:feedback`,
    mail: `${base}:mail`,
  };
}

/** Hash: token SHA-256 → `{ eventId, clusterId }`, across events. */
export const tokenIndexKey = (prefix: string): string => `${prefix}tokens`;

/** Set of every event id, for the organiser's list. */
export const eventIndexKey = (prefix: string): string => `${prefix}events`;

/** Hash: event id → the organiser that owns it (absent: the default account). */
export const eventOwnersKey = (prefix: string): string => `${prefix}event-owners`;

/** Hash: organiser name → its account (JSON, with its token's SHA-256). */
export const organisersKey = (prefix: string): string => `${prefix}organisers`;

/** Hash: organiser token SHA-256 → organiser name, for the active accounts only. */
export const organiserTokensKey = (prefix: string): string => `${prefix}organiser-tokens`;

/** String, expiring: set once an email with this message id has been sent, so that a retried job does not send it again. */
export const sentMailKey = (prefix: string, messageId: string): string => `${prefix}mail-sent:${messageId}`;

/** BullMQ's own prefix (it adds `:<queue>:…`). */
export const bullPrefix = (prefix: string): string => `${prefix}bull`;
