/**
 * The organiser's report to its funders: which meetings took place, which
 * lead to a follow-up, how they were rated, by sector pair and by region pair.
 */
import type { ClusterInput } from '../../solver';
import { reportCsv } from '../export/report-csv';
import { solverAbsences } from './absences';
import { AppError } from './errors';
import { loadEvent } from './event-access';
import { exportQuerySchema, type ExportFile } from './export-file';
import { meetingOutcomes } from './meeting-outcomes';
import type { AppDeps, FollowUp, MeetingOutcome } from './ports';
import { parseQuery } from './problems';

type FollowUps = Record<FollowUp, number>;

export interface PairRow {
  /** Two sectors (or regions), the smaller first; `null` where a cluster gave none. */
  pair: [string | null, string | null];
  planned: number;
  held: number;
  followUps: FollowUps;
}

export interface EventReport {
  planned: number;
  held: number;
  noShows: number;
  followUps: FollowUps;
  /** Mean of the ratings given, to two decimals; `null` without any. */
  averageRating: number | null;
  /** Clusters that answered about at least one meeting, of those that had one. */
  answers: { received: number; expected: number };
  bySectorPair: PairRow[];
  byRegionPair: PairRow[];
}

const noFollowUps = (): FollowUps => ({ yes: 0, maybe: 0, no: 0 });

function orderedPair(x: string | null, y: string | null): [string | null, string | null] {
  if (x === null) return [y, null];
  if (y === null) return [x, null];
  return x <= y ? [x, y] : [y, x];
}

function pairRows(outcomes: readonly MeetingOutcome[], clusters: ReadonlyMap<string, ClusterInput>, field: 'sector' | 'region'): PairRow[] {
  const rows = new Map<string, PairRow>();
  for (const o of outcomes) {
    const [a, b] = o.meeting.clusters.map((id) => clusters.get(id)?.[field]?.trim() || null);
    const pair = orderedPair(a, b);
    const key = JSON.stringify(pair);
    const row = rows.get(key) ?? { pair, planned: 0, held: 0, followUps: noFollowUps() };
    row.planned++;
    if (o.state === 'held') row.held++;
    if (o.followUp) row.followUps[o.followUp]++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((x, y) => y.planned - x.planned || JSON.stringify(x.pair).localeCompare(JSON.stringify(y.pair)));
}

/** The report of what `outcomes` say. */
export function summariseOutcomes(clusters: readonly ClusterInput[], outcomes: readonly MeetingOutcome[]): EventReport {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const followUps = noFollowUps();
  const ratings: number[] = [];
  const expected = new Set<string>();
  const received = new Set<string>();
  for (const o of outcomes) {
    if (o.followUp) followUps[o.followUp]++;
    o.meeting.clusters.forEach((id, side) => {
      expected.add(id);
      const answer = o.answers[side];
      if (!answer) return;
      received.add(id);
      if (answer.rating !== undefined) ratings.push(answer.rating);
    });
  }
  const mean = ratings.length > 0 ? Math.round((100 * ratings.reduce((s, r) => s + r, 0)) / ratings.length) / 100 : null;
  return {
    planned: outcomes.length,
    held: outcomes.filter((o) => o.state === 'held').length,
    noShows: outcomes.filter((o) => o.state === 'noShow').length,
    followUps,
    averageRating: mean,
    answers: { received: received.size, expected: expected.size },
    bySectorPair: pairRows(outcomes, byId, 'sector'),
    byRegionPair: pairRows(outcomes, byId, 'region'),
  };
}

async function loadOutcomes(deps: Pick<AppDeps, 'store' | 'life'>, eventId: string) {
  const { event } = await loadEvent(deps, eventId);
  const [published, feedback, absences] = await Promise.all([
    deps.store.getPublication(eventId),
    deps.life.getAllFeedback(eventId),
    deps.life.getAbsences(eventId),
  ]);
  if (!published) throw new AppError('not_found', `event "${eventId}" has no published schedule yet`);
  const outcomes = meetingOutcomes(event, published.schedule.meetings, feedback, solverAbsences(absences));
  return { event, outcomes, storedAt: new Date(published.storedAt) };
}

/** The report of the published schedule; 404 before the first publication. */
export async function getReport(deps: Pick<AppDeps, 'store' | 'life'>, eventId: string): Promise<EventReport> {
  const { event, outcomes } = await loadOutcomes(deps, eventId);
  return summariseOutcomes(event.clusters, outcomes);
}

/** One row per published meeting with what came of it (`?lang=fr|en`). */
export async function getReportCsv(deps: Pick<AppDeps, 'store' | 'life' | 'now'>, eventId: string, query: unknown): Promise<ExportFile> {
  const { lang } = parseQuery(exportQuerySchema, query);
  const { event, outcomes } = await loadOutcomes(deps, eventId);
  return {
    body: reportCsv(event, outcomes, { lang }),
    mediaType: 'text/csv',
    fileName: `${eventId}-bilan.csv`,
    disposition: 'attachment',
    // Answers come in at any time: the file is as of now.
    modifiedAt: new Date(Math.floor(deps.now().getTime() / 1000) * 1000),
  };
}
