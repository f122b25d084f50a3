/**
 * Types of the event file (format v1) and of the schedule (format v1).
 * These shapes are the product's contract: users' files, scripts and
 * calendar subscriptions depend on them.
 */

/** A wall-clock window in the event's time zone. */
export interface TimeWindow {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, wall clock in the event's zone */
  start: string;
  /** `HH:MM`, wall clock in the event's zone */
  end: string;
}

export interface TableInput {
  id: string;
  name: string;
}

export type Objective = 'fair' | 'total';

export interface EventSettings {
  id: string;
  name: string;
  /** IANA zone, e.g. `Europe/Paris` */
  timezone: string;
  location?: string;
  sessions: TimeWindow[];
  meetingMinutes: number;
  /** @defaultValue 0 */
  changeoverMinutes?: number;
  /** A count (tables `T1..Tn`) or a list; absent means unlimited. */
  tables?: number | TableInput[];
  /** @defaultValue 3 */
  maxMeetingsPerCluster?: number;
  /** @defaultValue `"fair"` */
  objective?: Objective;
  /** Weight of one offered/sought term match. @defaultValue 1 */
  competenceWeight?: number;
}

export interface Attendee {
  name: string;
  email?: string;
}

export interface ClusterInput {
  id: string;
  name: string;
  region?: string;
  sector?: string;
  offers?: string[];
  seeks?: string[];
  /** Overrides `event.maxMeetingsPerCluster`. */
  maxMeetings?: number;
  /** Absent means the whole event. */
  availability?: TimeWindow[];
  attendees?: Attendee[];
}

export interface RequestInput {
  from: string;
  to: string;
  /** 1 = first choice … 5. @defaultValue 3 */
  priority?: number;
}

export interface ConstraintsInput {
  mustMeet?: [string, string][];
  neverMeet?: [string, string][];
}

/** The event file, format v1. */
export interface EventFile {
  event: EventSettings;
  clusters: ClusterInput[];
  requests?: RequestInput[];
  constraints?: ConstraintsInput;
}

/** A meeting fixed by the organiser: it stays exactly where it is. */
export interface LockedMeeting {
  clusters: [string, string];
  round: number;
  table: string;
}

export interface Round {
  /** 1..R, chronological across all sessions */
  index: number;
  /** ISO 8601 with the event zone's offset */
  start: string;
  end: string;
}

export interface Meeting {
  /** The two cluster ids, in ascending order. */
  clusters: [string, string];
  round: number;
  table: string;
  start: string;
  end: string;
  value: number;
  reasons: string[];
  /** Present and true when the organiser locked this meeting. */
  locked?: boolean;
}

export interface UnmetRequest {
  from: string;
  to: string;
  reason: string;
}

export interface ScheduleStats {
  objective: Objective;
  /** Total value of the scheduled meetings. */
  value: number;
  /** Clusters with at least one meeting. */
  covered: number;
  /**
   * A proven upper bound on `value` over all schedules that cover at least
   * `covered` clusters (for `"total"`: over all schedules).
   */
  upperBound: number;
  /** True only when `covered` and `value` are proven optimal. */
  optimal: boolean;
  /** Idle rounds between a cluster's meetings within a session, summed. */
  idleRounds: number;
  rounds: number;
  meetings: number;
  /** Time spent solving, as measured by the caller's clock (0 without one). */
  solveMs: number;
}

/** The schedule, format v1. */
export interface Schedule {
  eventId: string;
  rounds: Round[];
  meetings: Meeting[];
  unmet: UnmetRequest[];
  stats: ScheduleStats;
}

/** A located problem in an input: `requests[3].to: unknown cluster "nobody"`. */
export interface Problem {
  path: string;
  message: string;
}
