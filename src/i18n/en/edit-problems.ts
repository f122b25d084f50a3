import type { EditProblemWords } from '../edit-problem-words';
import { exportsEn } from './exports';

const meetings = (n: string | number | undefined) => (Number(n) === 1 ? `${n} meeting` : `${n} meetings`);
const table = (t: string | number | undefined) => exportsEn.tableLabel(String(t ?? ''));

export const editProblemsEn: EditProblemWords = {
  cluster_busy: ({ cluster, round }) => `${cluster} already has a meeting in round ${round}`,
  table_taken: ({ table: t, round }) => `In round ${round}, ${table(t)} is already taken`,
  over_cap: ({ cluster, cap }) => `${cluster} would go over its cap of ${meetings(cap)}`,
  unavailable: ({ cluster, round }) => `${cluster} is not available in round ${round}`,
  outside_meeting_window: ({ a, b, round }) => `${a} and ${b} may meet only inside their meeting windows: round ${round} is outside them`,
  unknown_round: ({ round, rounds }) => `There is no round ${round}: the event has ${rounds}`,
  unknown_table: ({ table: t }) => `There is no ${table(t)}`,
  duplicate: ({ a, b }) => `${a} and ${b} already meet`,
  never_meet: ({ a, b }) => `${a} and ${b} must not meet`,
  over_tables: ({ round, tables }) => `Round ${round} would have more meetings than tables (${tables})`,
  self_pair: () => 'A cluster cannot meet itself',
  unknown_cluster: ({ cluster }) => `${cluster} does not take part in the event`,
  missing: ({ a, b }) => `${a} and ${b} must meet: the organiser requires it`,
};
