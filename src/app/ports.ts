/**
 * What the use cases need from the outside world. `src/store` and
 * `src/jobs` implement these; `src/server` wires them together.
 */
import type { EventFile, LockedMeeting, Meeting, MeetingChange, Schedule, SolveOptions, SolveResult, TimeWindow } from '../../solver';
import type { CalendarLedger } from '../calendar/ledger';
import type { ExportCache } from './export-cache';

/** A cluster's wishes, as it submitted them. */
export interface ClusterPreferences {
  requests: { to: string; priority: number }[];
  declines: string[];
  /** Absent: the availability in the organiser's event file applies. */
  availability?: TimeWindow[];
  /** ISO 8601 */
  submittedAt: string;
}

export interface StoredEvent {
  /** The event file as the organiser gave it (without the clusters' wishes). */
  event: EventFile;
  /** Bumped by every change that a running solve must not miss: event file, locks. */
  revision: number;
}

/** Result of a write guarded by the revision read before it. */
export type GuardedWrite = 'ok' | 'missing' | 'conflict';

/** A schedule as stored: with the calendar ledger updated for it, and when it was stored. */
export interface Publication {
  schedule: Schedule;
  ledger: CalendarLedger;
  /** ISO 8601 UTC, whole seconds: the `Last-Modified` and `DTSTAMP` of every export of this schedule. */
  storedAt: string;
}

export interface StoredPublication extends Publication {
  /** How many schedules of the event have been stored, this one included. */
  published: number;
}

/**
 * What the published exports of an event are made from, named in a few
 * bytes: while it stays the same, so do the event file and the published
 * schedule with its ledger, hence every export of them.
 */
export interface PublicationStamp {
  /** Random, set when the event is created: a new event under a deleted one's id has another. `''` for events created before it existed. */
  incarnation: string;
  /** The event's revision ({@link StoredEvent.revision}): the event file and locks. */
  revision: number;
  /** {@link StoredPublication.published} */
  published: number;
  /** {@link Publication.storedAt} */
  storedAt: string;
}

/**
 * {@link GuardedWrite}, or `superseded` when another schedule was published since
 * the one expected, or `draft_changed` when the draft to publish was replaced meanwhile.
 */
export type PublishWrite = GuardedWrite | 'superseded' | 'draft_changed';

/** A schedule kept as a draft: clusters do not see it until it is published. */
export interface StoredDraft {
  schedule: Schedule;
  /** ISO 8601 UTC */
  savedAt: string;
  /** Bumped by each draft stored, so that publishing can tell the draft it read is still the one. */
  version: number;
}

/** What the organiser's list of events shows of each. */
export interface EventListing {
  event: EventFile;
  /** The organiser that owns it; absent for an event stored before owners were (see {@link ownerOf}). */
  owner?: string;
  /** Clusters that have submitted their wishes. */
  submitted: number;
  /** Count of published schedules; 0 before the first. */
  published: number;
  /** ISO 8601 UTC of the latest publication. */
  publishedAt?: string;
  /** ISO 8601 UTC of the draft, when there is one. */
  draftAt?: string;
}

/** The account that owns the events created with `ORGANIZER_TOKEN`, and the events stored before accounts existed. */
export const DEFAULT_ORGANISER = 'default';

/** The account that owns an event whose owner was not recorded (stored before accounts existed, or without one): the default account. */
export const ownerOf = (recorded: string | undefined): string => recorded ?? DEFAULT_ORGANISER;

/** An organiser's account (`maillage organiser …`): its token is kept only as a hash. */
export interface OrganiserAccount {
  /** Its name, which is its id. */
  name: string;
  /** ISO 8601 UTC */
  createdAt: string;
  /** ISO 8601 UTC of the latest new token, when rotated. */
  rotatedAt?: string;
  /** ISO 8601 UTC; a revoked account's token opens nothing (a new token given by `rotate` opens it again). */
  revokedAt?: string;
}

/** Result of storing a new event: `taken` when the id is used, `too_many` when its organiser has reached its limit. */
export type CreateWrite = 'ok' | 'taken' | 'too_many';

/** Where the organiser accounts are kept. */
export interface OrganiserStore {
  /** Adds an account with its token's hash; false when the name is taken. */
  addOrganiser(account: OrganiserAccount, tokenHash: string): Promise<boolean>;
  /** Every account, revoked ones included, by name. */
  listOrganisers(): Promise<OrganiserAccount[]>;
  /** Gives the account a new token (the old one stops working) and lifts a revocation; false when there is no such account. */
  rotateOrganiser(name: string, tokenHash: string, at: string): Promise<boolean>;
  /** Revokes the account's token; false when there is no such account. */
  revokeOrganiser(name: string, at: string): Promise<boolean>;
  /** The name of the active account whose token has this hash. */
  findOrganiser(tokenHash: string): Promise<string | null>;
}

/** Who makes an attempt with a token: counted per address and per token prefix. */
export interface GuessKeys {
  /** The caller's address. */
  address: string;
  /** The first characters of the token tried. */
  tokenPrefix: string;
}

/** Counts failed token attempts, across API processes, so that guessing tokens is slowed down. */
export interface GuessLimiter {
  /** Seconds to wait before trying again when `keys` have had too many failed attempts; 0 when they may try. */
  retryAfter(keys: GuessKeys): Promise<number>;
  /** Counts one failed attempt against each key. */
  failed(keys: GuessKeys): Promise<void>;
}

export interface TokenOwner {
  eventId: string;
  clusterId: string;
}

export interface EventStore {
  /** Resolves when the store answers. */
  ping(): Promise<void>;
  /**
   * Stores a new event with its clusters' token hashes, and their tokens (to
   * show their links again) when given, owned by `owner.organiser` (none
   * recorded when absent) unless it already has `owner.maxEvents` events.
   */
  createEvent(
    event: EventFile,
    tokenHashes: Record<string, string>,
    tokens?: Record<string, string>,
    owner?: { organiser: string; maxEvents: number },
  ): Promise<CreateWrite>;
  /** Every event, for the organiser's list (in no particular order), with its owner. */
  listEvents(): Promise<EventListing[]>;
  /** The organiser that owns the event: `undefined` when none was recorded (see {@link ownerOf}), `null` when there is no such event. */
  getEventOwner(eventId: string): Promise<string | undefined | null>;
  getEvent(eventId: string): Promise<StoredEvent | null>;
  /**
   * Replaces the event file if its revision is still `expectedRevision`: adds
   * the given token hashes and drops the tokens and wishes of removed clusters.
   */
  replaceEvent(
    eventId: string,
    event: EventFile,
    expectedRevision: number,
    change: { addTokens: Record<string, string>; removeClusters: string[]; addLinks?: Record<string, string> },
  ): Promise<GuardedWrite>;
  /** Removes the event and everything under it; false when there was none. */
  deleteEvent(eventId: string): Promise<boolean>;
  /** Who a token hash belongs to, from the global index (to be confirmed with {@link getTokenHash}). */
  findTokenOwner(tokenHash: string): Promise<TokenOwner | null>;
  getTokenHash(eventId: string, clusterId: string): Promise<string | null>;
  /** Replaces one cluster's token (and the one kept for its link, when given); false when the event is gone. */
  replaceToken(eventId: string, clusterId: string, tokenHash: string, token?: string): Promise<boolean>;
  /** The tokens kept for the clusters' links, by cluster id (clusters created before links were kept have none). */
  getLinkTokens(eventId: string): Promise<Map<string, string>>;
  /** The token kept for one cluster's link, in one small read; `null` when none is kept. */
  getLinkToken(eventId: string, clusterId: string): Promise<string | null>;
  getAllPreferences(eventId: string): Promise<Map<string, ClusterPreferences>>;
  getPreferences(eventId: string, clusterId: string): Promise<ClusterPreferences | null>;
  /** False when the event is gone. */
  setPreferences(eventId: string, clusterId: string, preferences: ClusterPreferences): Promise<boolean>;
  getLocks(eventId: string): Promise<LockedMeeting[]>;
  setLocks(eventId: string, locks: LockedMeeting[], expectedRevision: number): Promise<GuardedWrite>;
  /** The published schedule; `null` before the first publication. */
  getSchedule(eventId: string): Promise<Schedule | null>;
  /** The published schedule with its ledger, read together; `null` before the first one is published. */
  getPublication(eventId: string): Promise<StoredPublication | null>;
  /** The stamp of the published schedule, in one small read; `null` when the event is gone or nothing is published yet. */
  getPublicationStamp(eventId: string): Promise<PublicationStamp | null>;
  /**
   * Publishes a schedule: stores it, its ledger and its time together (all or
   * nothing) and drops the draft, if the event is still at `expected.revision`,
   * the latest published schedule is still the `expected.published`-th (0 before
   * the first) and, when `expected.draftVersion` is given, the draft is still that one.
   */
  saveSchedule(
    eventId: string,
    publication: Publication,
    expected: { revision: number; published: number; draftVersion?: number },
  ): Promise<PublishWrite>;
  getDraft(eventId: string): Promise<StoredDraft | null>;
  /** Stores the event's draft, replacing the previous one, if the event is still at `expectedRevision`. */
  saveDraft(eventId: string, schedule: Schedule, savedAt: string, expectedRevision: number): Promise<GuardedWrite>;
}

/** A cluster marked absent on the day (`POST …/absences`): from `from` (absent: the start) until `until` (absent: the end). */
export interface StoredAbsence {
  /** ISO 8601 instant */
  from?: string;
  /** ISO 8601 instant */
  until?: string;
  /** ISO 8601 UTC: when the organiser marked it. */
  markedAt: string;
}

export type FollowUp = 'yes' | 'maybe' | 'no';

/** A cluster's answer about one of its meetings, after the event. */
export interface MeetingFeedback {
  /** The partner's cluster id. */
  with: string;
  happened: boolean;
  followUp?: FollowUp;
  /** 1–5 */
  rating?: number;
  comment?: string;
  /** ISO 8601 UTC */
  answeredAt: string;
}

export type MeetingState = 'held' | 'noShow' | 'unknown';

/** What came of one published meeting (see `meeting-outcomes.ts`). */
export interface MeetingOutcome {
  meeting: Meeting;
  /**
   * `held` when a side says it took place; `noShow` when none does and a side
   * says it did not, or a cluster was marked absent at its time; `unknown` without an answer.
   */
  state: MeetingState;
  /** The most hopeful follow-up either side gave (yes, then maybe, then no), for a held meeting. */
  followUp?: FollowUp;
  /** Each side's answer, in the order of `meeting.clusters`. */
  answers: [MeetingFeedback | undefined, MeetingFeedback | undefined];
}

/**
 * What an email to a cluster is about: its invitation to give its wishes, a
 * reminder (wishes not given yet), a request for its feedback after the
 * event, or the notice of a published schedule that changed its agenda.
 */
export type MailKind = 'invitation' | 'reminder' | 'feedback' | 'notice';

/** When each kind of email last went to a cluster (ISO 8601 UTC). */
export type MailRecord = Partial<Record<MailKind, string>>;

/** Where the day and the after-event of an event are kept: absences, feedback, emails sent. */
export interface EventLifeStore {
  /** Cluster id → its absence. */
  getAbsences(eventId: string): Promise<Map<string, StoredAbsence>>;
  /** Marks clusters absent (replacing their previous absence); false when the event is gone. */
  setAbsences(eventId: string, absences: Record<string, StoredAbsence>): Promise<boolean>;
  /** Lifts the clusters' absences; false when the event is gone. */
  removeAbsences(eventId: string, clusters: readonly string[]): Promise<boolean>;
  /** Cluster id → its answers, by partner id. */
  getAllFeedback(eventId: string): Promise<Map<string, Map<string, MeetingFeedback>>>;
  /** One cluster's answers, by partner id. */
  getFeedback(eventId: string, clusterId: string): Promise<Map<string, MeetingFeedback>>;
  /** Stores answers of a cluster, each replacing its previous answer about the same partner; false when the event is gone. */
  setFeedback(eventId: string, clusterId: string, answers: readonly MeetingFeedback[]): Promise<boolean>;
  /** Cluster id → when it was last sent each kind of email. */
  getMailLog(eventId: string): Promise<Map<string, MailRecord>>;
  /**
   * Records a message as sent, once: false when `messageId` was already
   * recorded (a retried job must not send it again). Also sets the cluster's
   * {@link MailRecord} for `kind` to `at`.
   */
  recordSent(messageId: string, mail: { eventId: string; clusterId: string; kind: MailKind; at: string }): Promise<boolean>;
  /** Whether `messageId` was recorded as sent. */
  wasSent(messageId: string): Promise<boolean>;
}

/** One email to send to one cluster, as a job. */
export interface MailJobData {
  eventId: string;
  clusterId: string;
  kind: MailKind;
  /** Names the request (or publication) that asked for it: with the cluster and the kind, the message's identity, sent at most once. */
  batch: string;
  /** For a notice: what changed in this cluster's agenda with the publication. */
  changes?: MeetingChange[];
}

export interface MailQueue {
  /** Queues the emails; a job already queued for the same batch, cluster and kind is not queued again. */
  enqueue(jobs: readonly MailJobData[]): Promise<void>;
}

/** An address with the name shown beside it. */
export interface MailAddress {
  name: string;
  address: string;
}

/** An email ready to go, in the reader's language. */
export interface OutgoingMail {
  to: MailAddress[];
  subject: string;
  text: string;
  html: string;
  /** Stable, so that a receiving server can tell a re-sent message: `<…@…>` */
  messageId: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** Sends emails: over SMTP (`SMTP_URL`), or into the outbox folder without one. */
export interface Mailer {
  /** Where messages go, for the console: `smtp`, or `outbox` with the folder. */
  readonly mode: { kind: 'smtp' } | { kind: 'outbox'; folder: string };
  send(mail: OutgoingMail): Promise<void>;
  /** Closes its connections, once no message is being sent. */
  close(): void;
}

/** Data of a solve job. */
export interface SolveJobData {
  eventId: string;
  timeLimitSeconds?: number;
  seed?: number;
  /** `false`: keep the result as a draft. @defaultValue true */
  publish?: boolean;
}

export type JobState = 'waiting' | 'active' | 'completed' | 'failed';

export interface JobView {
  id: string;
  eventId: string;
  state: JobState;
  /** 0–100 */
  progress: number;
  /** Why the job failed (only when `state` is `failed`). */
  error?: string;
  /** What the job returned (only when `state` is `completed`). */
  result?: unknown;
}

export interface SolveQueue {
  /** Adds a solve job, or returns the id of the one still waiting or running for the same event. */
  enqueue(data: SolveJobData): Promise<string>;
  getJob(jobId: string): Promise<JobView | null>;
}

/** Runs the core's `solve` wherever it runs (a worker thread in production), with its own clock. */
export type SolveRunner = (event: EventFile, options: Omit<SolveOptions, 'now'>) => Promise<SolveResult>;

export interface AppConfig {
  /** Base of the cluster links, without a trailing slash. */
  publicUrl: string;
  organizerToken: string;
  /** Time budget of a solve that does not set one. */
  solveTimeLimitSeconds: number;
  /** Events one organiser may keep. */
  maxEventsPerOrganiser: number;
  /** Where emails go: `smtp`, or `outbox` (files under `DATA_DIR/outbox/`) without `SMTP_URL`. */
  mailMode: 'smtp' | 'outbox';
}

export interface AppDeps {
  store: EventStore;
  life: EventLifeStore;
  mail: MailQueue;
  organisers: OrganiserStore;
  guesses: GuessLimiter;
  queue: SolveQueue;
  runSolve: SolveRunner;
  config: AppConfig;
  /** The clock, for timestamps. @defaultValue `() => new Date()` */
  now: () => Date;
  /** This process's rendered exports of published schedules (see {@link ExportCache}). */
  exportCache: ExportCache;
}
