import { tooManySentence, type ProblemWords } from '../problem-words';

export const problemsEn: ProblemWords = {
  invalid_json: () => 'This is not valid JSON.',
  invalid_type: () => 'This value is not of the expected type.',
  invalid_value: () => 'This value is not accepted.',
  invalid_format: () => 'This is not in the expected format.',
  too_small: ({ min }) => (min === undefined ? 'This value is too small.' : `At least ${min}.`),
  too_big: ({ max }) => (max === undefined ? 'This value is too large.' : `At most ${max}.`),
  not_integer: () => 'Give a whole number.',
  unknown_field: () => 'There is no such field.',
  empty: () => 'This must not be empty.',
  invalid_id: () => 'This identifier is not valid.',
  invalid_date: () => 'Give a date (YYYY-MM-DD).',
  invalid_time: () => 'Give a time (HH:MM).',
  invalid_zone: () => 'This time zone is unknown.',
  invalid_email: () => 'This e-mail address is not valid.',
  unreadable_file: () => 'This file cannot be read.',
  missing_column: () => 'This required column is missing from the header line.',
  invalid_csv: ({ reason }) =>
    reason === 'unclosed_quote'
      ? 'A quote opened here is never closed.'
      : reason === 'misplaced_quote'
        ? 'A quote is misplaced: a cell that holds quotes must be quoted, with the quotes inside doubled.'
        : 'This line cannot be read.',

  unknown_cluster: () => 'This cluster does not take part in the event.',
  unknown_table: () => 'There is no such table.',
  unknown_round: () => 'There is no such round.',
  duplicate: ({ firstLine, firstHeading }) =>
    firstLine !== undefined
      ? `Already on line ${firstLine}.`
      : firstHeading !== undefined
        ? `Same column as “${firstHeading}”.`
        : 'This is already chosen above.',
  self_pair: () => 'A cluster cannot choose itself.',

  time_skipped: () => 'This time does not exist on that day (the clocks go forward).',
  end_before_start: () => 'The end must come after the start.',
  session_too_short: () => 'Too short for one meeting.',
  overlap: () => 'Overlaps another slot.',

  never_meet: () => 'These two clusters must not meet.',
  over_cap: () => 'More meetings than the cap allows.',
  no_common_round: ({ meetingWindows }) =>
    meetingWindows === undefined ? 'No round in which both clusters are available.' : 'No round inside their meeting windows in which both clusters are available.',
  unavailable: () => 'A cluster is not available in that round.',
  outside_meeting_window: () => 'This round is outside the meeting windows of these two clusters.',
  table_taken: () => 'This table is already taken in that round.',
  cluster_busy: () => 'This cluster already has a meeting in that round.',
  over_tables: () => 'More meetings than tables in that round.',
  wrong_value: () => 'This value does not follow the rules of the event.',
  no_value: () => 'A meeting of no interest to either cluster.',
  missing: () => 'Required, but missing.',
  mismatch: () => 'Does not match what is expected.',
  not_locked: () => 'A meeting fixed by the organiser is missing or has changed.',
  infeasible: ({ meetingWindows }) =>
    meetingWindows === undefined ? 'Impossible with the event’s rounds, tables and caps.' : 'Impossible with the event’s rounds, tables, caps and meeting windows.',
  timed_out: () => 'No schedule was found within the time limit, and none was proven impossible: try a longer time limit.',

  also_requested: () => 'This cluster is also among your wished partners.',
  required_by_organiser: () => 'The organiser requires this meeting.',
  fixed_by_organiser: () => 'The organiser has already fixed this meeting.',
  too_many: tooManySentence({
    nouns: { clusters: 'clusters', requests: 'requests', sessions: 'sessions', rounds: 'rounds', tables: 'tables', windows: 'windows', attendees: 'attendees', pairs: 'pairs', events: 'events' },
    partners: 'partners',
    locale: 'en',
    atMost: (max, noun) => `At most ${max} ${noun}.`,
    tooMany: (noun) => `Too many ${noun}.`,
  }),
  conflicts_with_lock: () => 'Conflicts with a meeting fixed by the organiser.',
};
