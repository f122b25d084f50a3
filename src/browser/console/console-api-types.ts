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
}

export interface ClusterStatus {
  id: string;
  name: string;
  submitted: boolean;
  submittedAt?: string;
  /** The private link with its token; absent for events created before links were kept. */
  link?: string;
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
