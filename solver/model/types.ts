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

/**
 * How idle time is counted, for each cluster within each session, between
 * its first and its last meeting: `"rounds"` counts the idle rounds, `"gaps"`
 * the idle stretches (breaks), each once whatever its length.
 */
export type IdleMeasure = 'rounds' | 'gaps';

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
  /** How idle time is counted and minimised once the meetings are chosen. @defaultValue `"rounds"` */
  idleMeasure?: IdleMeasure;
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
  /** Language of the emails sent to this cluster's attendees. @defaultValue 'fr' */
  lang?: 'fr' | 'en';
}

export interface RequestInput {
  from: string;
  to: string;
  /** 1 = first choice … 5. @defaultValue 3 */
  priority?: number;
}

/**
 * The rounds in which one pair may meet: only a round lying wholly inside one
 * of `windows`, whether the meeting is wished, required or locked.
 */
export interface MeetingWindowInput {
  /** The two cluster ids, in any order. */
  clusters: [string, string];
  /** At least one window, on the wall clock of the event's zone. */
  windows: TimeWindow[];
}

export interface ConstraintsInput {
  mustMeet?: [string, string][];
  neverMeet?: [string, string][];
  /** At most one entry per pair; a pair without one may meet in any round. */
  meetingWindows?: MeetingWindowInput[];
}

/** The event file, format v1. */
export interface EventFile {
  event: EventSettings;
  clusters: ClusterInput[];
  requests?: RequestInput[];
  constraints?: ConstraintsInput;
}

/** A cluster marked absent on the day, from `from` (absent: the start of the event) until `until` (absent: its end). ISO 8601 instants with offset. */
export interface Absence {
  cluster: string;
  from?: string;
  until?: string;
}

/** What a schedule changes against the previous publication, meeting by meeting (see compareSchedules). */
export interface ScheduleChangeCounts {
  kept: number;
  moved: number;
  added: number;
  cancelled: number;
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

/**
 * One reason why a meeting is in the schedule, as data: the ids and values it
 * needs, rendered into a sentence at the edge, in the reader's language.
 */
export type MeetingWhy =
  /** The organiser requires this meeting (`constraints.mustMeet`). */
  | { kind: 'mustMeet' }
  /** The organiser fixed this meeting at its round and table. */
  | { kind: 'locked' }
  /** `from` asked to meet `to`; 1 is the first choice. Both directions make a mutual request. */
  | { kind: 'request'; from: string; to: string; priority: number }
  /** `offeredBy` offers `term` (as it wrote it), which `soughtBy` seeks. */
  | { kind: 'competence'; offeredBy: string; soughtBy: string; term: string };

export type MeetingWhyKind = MeetingWhy['kind'];

export interface Meeting {
  /** The two cluster ids, in ascending order. */
  clusters: [string, string];
  round: number;
  table: string;
  start: string;
  end: string;
  value: number;
  /** The English sentences of `why`, with ids (kept for format v1's readers). */
  reasons: string[];
  /** Why this meeting, as data: never empty in a schedule from the solver. */
  why: MeetingWhy[];
  /** Present and true when the organiser locked this meeting. */
  locked?: boolean;
}

/** Why a request was left unmet, as data (see {@link UnmetRequest}). */
export type UnmetCause =
  /** The pair must not meet (`constraints.neverMeet`, or a cluster declined the other). */
  | { kind: 'neverMeet' }
  /** `cluster` takes no meetings at all: its cap is 0. */
  | { kind: 'noMeetings'; cluster: string }
  /** The two clusters have no round in which both are available. */
  | { kind: 'noCommonRound' }
  /**
   * The pair's meeting windows (`constraints.meetingWindows`) leave no round in
   * which both are available and free with a table left, although a round
   * outside them would have one.
   */
  | { kind: 'meetingWindow' }
  /** `cluster` reached its cap with partners of higher value for this pair. */
  | { kind: 'cap'; cluster: string; cap: number }
  /** `cluster` reached its cap; its partners were chosen so that more clusters get a meeting (objective `"fair"`). */
  | { kind: 'fairness'; cluster: string; cap: number }
  /** `cluster` reached its cap with partners that give a higher total value (objective `"total"`). */
  | { kind: 'totalValue'; cluster: string; cap: number }
  /** No round is left in which both are free and a table is available. */
  | { kind: 'tables' }
  /** Proven: leaving it out lets more clusters meet or gives a higher total value. */
  | { kind: 'tradeOff' }
  /** The heuristic search did not reach it within its time limit. */
  | { kind: 'searchLimit' };

export type UnmetCauseKind = UnmetCause['kind'];

export interface UnmetRequest {
  from: string;
  to: string;
  /** The English sentence of `cause`, with ids (kept for format v1's readers). */
  reason: string;
  cause: UnmetCause;
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
  /**
   * Idle time by the event's `idleMeasure`, summed over clusters and sessions
   * (equal to `idleRounds` for `"rounds"`). Absent in schedules written before it existed.
   */
  idle?: number;
  /** A proven lower bound on `idle` over every placement of these meetings in rounds. */
  idleLowerBound?: number;
  /** True only when `idle` is proven minimal for these meetings (then `idle === idleLowerBound`). */
  idleOptimal?: boolean;
  rounds: number;
  meetings: number;
  /** Time spent solving, as measured by the caller's clock (0 without one). */
  solveMs: number;
  /** What changed against the previous publication; absent when there was none. */
  changes?: ScheduleChangeCounts;
}

/** The schedule, format v1. */
export interface Schedule {
  eventId: string;
  rounds: Round[];
  meetings: Meeting[];
  unmet: UnmetRequest[];
  stats: ScheduleStats;
}

/**
 * Why the required meetings (mustMeet and locked) cannot all be scheduled, as
 * data: the `proof` of an `infeasible` problem. Rounds are 1-based.
 */
export type InfeasibilityProof =
  /** `cluster` has `required` required meetings (mustMeet pairs and locks together), above its cap. */
  | { kind: 'cap'; cluster: string; required: number; cap: number }
  /**
   * `cluster`'s required meetings with `partners` can only take place in
   * `rounds` (where both clusters are available, inside the pairs' meeting
   * windows, and not taken by a lock), fewer rounds than meetings.
   */
  | { kind: 'clusterRounds'; cluster: string; partners: string[]; rounds: number[] }
  /** `required` required meetings can only take place in `rounds`, whose free tables hold `tables` meetings in all. */
  | { kind: 'tables'; required: number; rounds: number[]; tables: number }
  /** An exhaustive search over the rounds found no schedule. */
  | { kind: 'exhaustive' };

/**
 * A located problem in an input: `requests[3].to: unknown cluster "nobody"`.
 * `code` says what is wrong for a program (a page renders its own words from
 * it and `params`); `message` says it in English for a person reading logs.
 */
export interface Problem {
  path: string;
  code: ProblemCode;
  message: string;
  /** The values the message names, for rendering it in another language. */
  params?: Record<string, string | number>;
  /** For `infeasible`: what makes the required meetings impossible to schedule. */
  proof?: InfeasibilityProof;
}

/**
 * What a `too_many` problem counts (its `items` param) when a list of the
 * event file is beyond its limit (see `limits.ts`); a cluster's wishes name none.
 */
export type CountedItems = 'clusters' | 'requests' | 'sessions' | 'rounds' | 'tables' | 'windows' | 'attendees' | 'pairs' | 'events';

/**
 * What a problem is about. Shape problems come from the schema (`invalid_type`,
 * `too_small`, `too_big`, `invalid_value`, `unknown_field`, …), the others
 * from the rules of the event, the locks and the schedule.
 */
export type ProblemCode =
  // the shape of a field
  | 'invalid_json'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'not_integer'
  | 'unknown_field'
  | 'empty'
  | 'invalid_id'
  | 'invalid_date'
  | 'invalid_time'
  | 'invalid_zone'
  | 'invalid_email'
  // references and duplicates
  | 'unknown_cluster'
  | 'unknown_table'
  | 'unknown_round'
  | 'duplicate'
  | 'self_pair'
  // times
  | 'time_skipped'
  | 'end_before_start'
  | 'session_too_short'
  | 'overlap'
  // rules of the model (validation of mustMeet and locks, and the checker)
  | 'never_meet'
  | 'over_cap'
  | 'no_common_round'
  | 'unavailable'
  | 'outside_meeting_window'
  | 'table_taken'
  | 'cluster_busy'
  | 'over_tables'
  | 'wrong_value'
  | 'no_value'
  | 'missing'
  | 'mismatch'
  | 'not_locked'
  | 'infeasible'
  | 'timed_out'
  // a cluster's wishes
  | 'also_requested'
  | 'required_by_organiser'
  | 'fixed_by_organiser'
  | 'too_many'
  | 'conflicts_with_lock'
  // reading files (the CLI, the spreadsheet of clusters of the import)
  | 'unreadable_file'
  | 'missing_column'
  | 'invalid_csv';
