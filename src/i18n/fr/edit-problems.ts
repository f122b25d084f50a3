import type { EditProblemWords } from '../edit-problem-words';
import { exportsFr } from './exports';

const rencontres = (n: string | number | undefined) => (Number(n) <= 1 ? `${n} rencontre` : `${n} rencontres`);
const table = (t: string | number | undefined) => exportsFr.tableLabel(String(t ?? ''));

export const editProblemsFr: EditProblemWords = {
  cluster_busy: ({ cluster, round }) => `${cluster} a déjà une rencontre au tour ${round}`,
  table_taken: ({ table: t, round }) => `Au tour ${round}, ${table(t)} est déjà occupée`,
  over_cap: ({ cluster, cap }) => `${cluster} dépasserait son maximum de ${rencontres(cap)}`,
  unavailable: ({ cluster, round }) => `${cluster} n’est pas disponible au tour ${round}`,
  outside_meeting_window: ({ a, b, round }) => `${a} et ${b} ne peuvent se rencontrer que dans leurs créneaux de rencontre\u00a0: le tour ${round} n’en fait pas partie`,
  unknown_round: ({ round, rounds }) => `Il n’y a pas de tour ${round}\u00a0: la journée en compte ${rounds}`,
  unknown_table: ({ table: t }) => `Il n’y a pas de ${table(t)}`,
  duplicate: ({ a, b }) => `${a} et ${b} se rencontrent déjà`,
  never_meet: ({ a, b }) => `${a} et ${b} ne doivent pas se rencontrer`,
  over_tables: ({ round, tables }) => `Le tour ${round} aurait plus de rencontres que de tables (${tables})`,
  self_pair: () => 'Un cluster ne peut pas se rencontrer lui-même',
  unknown_cluster: ({ cluster }) => `${cluster} ne participe pas à la journée`,
  missing: ({ a, b }) => `${a} et ${b} doivent se rencontrer\u00a0: l’organisateur l’impose`,
};
