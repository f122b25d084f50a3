/**
 * The JSON the console reads from the organiser's API, as it reads it: only
 * the fields it uses (the contract is /api/events… in the README).
 * test/browser/console/console-api-types.test.ts checks them against the use
 * cases' results where those exist.
 */
import type { EventFile, LockedMeeting, Problem, Schedule } from '../../../solver/model/types';
import type { ChangeKind, EventState } from '../../i18n/console-words';

export type { EventFile, LockedMeeting, Problem, Schedule };

/** `GET /api/events` */
export interface EventList {
  events: EventSummary[];
}

export interface EventSummary {
  id: string;
  name: string;
  /** The first session's day, `YYYY-MM-DD`. */
  date: string | null;
  clusters: number;
  submitted: number;
  state: EventState;
  hasDraft: boolean;
  published: boolean;
  publishedAt?: string;
}

/** `POST /api/events` and `POST /api/events/import` (201) */
export interface CreatedEvent {
  id: string;
  clusters: { id: string; name: string; token: string; url: string }[];
}

/** `GET /api/events/:eventId/clusters` */
export interface ClusterList {
  clusters: ClusterStatus[];
  /** `outbox` when no mail server is configured: messages go to the server's outbox folder. */
  mailMode?: MailMode;
}

export type MailMode = 'smtp' | 'outbox';

/** The messages the organiser sends to clusters. */
export type MailKind = 'invitation' | 'reminder' | 'feedback';

export interface ClusterStatus {
  id: string;
  name: string;
  submitted: boolean;
  submittedAt?: string;
  /** The private link with its token; absent for events created before links were kept. */
  link?: string;
  /** When each kind of message was last sent to it (ISO). */
  mail?: { invitation?: string; reminder?: string; feedback?: string; notice?: string };
  /** False when none of its attendees has an email address. */
  reachable?: boolean;
  absence?: AbsenceSpan;
  /** It has given its feedback after the event. */
  answered?: boolean;
}

/** Absent from `from` (default: the start) until `until` (default: the end). */
export interface AbsenceSpan {
  from?: string;
  until?: string;
  markedAt: string;
}

/** `POST /api/events/:eventId/invitations` (202) */
export interface MailQueued {
  queued: number;
  /** Ids of the clusters without an attendee's email address. */
  unreachable: string[];
}

/** `GET|POST|DELETE /api/events/:eventId/absences` */
export interface AbsenceList {
  absences: Absence[];
}

export interface Absence extends AbsenceSpan {
  cluster: string;
}

/** `POST /api/events/:eventId/clusters/:clusterId/token` */
export interface ReissuedLink {
  id: string;
  name: string;
  token: string;
  /** The new private link, with its token. */
  url: string;
}

/** `POST /api/events/:eventId/solve` (202) */
export interface SolveStarted {
  jobId: string;
}

/** `GET /api/jobs/:jobId` */
export interface JobView {
  id: string;
  state: 'waiting' | 'active' | 'completed' | 'failed';
  /** 0–100 */
  progress: number;
  error?: string;
}

/** `GET /api/events/:eventId/schedule/changes`: the draft against the published schedule. */
export interface ScheduleChanges {
  hasDraft: boolean;
  hasPublished: boolean;
  counts: { kept: number; moved: number; added: number; cancelled: number };
  changes: ScheduleChange[];
}

export interface ScheduleChange {
  clusters: [string, string];
  kind: ChangeKind;
  from?: { round: number; table: string };
  to?: { round: number; table: string };
}

/** `GET|PUT /api/events/:eventId/locks` */
export interface LockList {
  meetings: LockedMeeting[];
}

/** `POST /api/events/:eventId/publish` */
export interface Published {
  published: number;
}

/** The body of every 4xx and 5xx answer. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Problem[] };
}
