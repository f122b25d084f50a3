/** The readable summary printed by `maillage solve`. */
import type { EventFile, Schedule } from '../../solver';

const hhmm = (iso: string) => iso.slice(11, 16);

export function formatSummary(event: EventFile, schedule: Schedule): string {
  const { stats } = schedule;
  const names = new Map(event.clusters.map((c) => [c.id, c.name]));
  const lines: string[] = [];
  const tables = event.event.tables === undefined ? 'unlimited tables' : `${typeof event.event.tables === 'number' ? event.event.tables : event.event.tables.length} tables`;
  lines.push(`${event.event.name} — ${stats.rounds} rounds, ${tables}, objective "${stats.objective}"`);
  lines.push('');

  const byRound = new Map<number, Schedule['meetings']>();
  for (const m of schedule.meetings) byRound.set(m.round, [...(byRound.get(m.round) ?? []), m]);
  const width = Math.max(2, ...schedule.meetings.map((m) => m.table.length));
  for (const round of schedule.rounds) {
    const meetings = byRound.get(round.index) ?? [];
    lines.push(`Round ${round.index}  ${round.start.slice(0, 10)} ${hhmm(round.start)}–${hhmm(round.end)}  (${meetings.length} meetings)`);
    for (const m of meetings) {
      const lock = m.locked ? '  [locked]' : '';
      lines.push(`  ${m.table.padEnd(width)}  ${m.clusters[0]} ↔ ${m.clusters[1]}  value ${m.value}${lock}`);
    }
  }
  lines.push('');

  const count = new Map(event.clusters.map((c) => [c.id, 0]));
  for (const m of schedule.meetings) for (const id of m.clusters) count.set(id, (count.get(id) ?? 0) + 1);
  const histogram = new Map<number, number>();
  for (const n of count.values()) histogram.set(n, (histogram.get(n) ?? 0) + 1);
  const parts = [...histogram.entries()].sort((a, b) => b[0] - a[0]).map(([n, k]) => `${k} with ${n}`);
  lines.push(`Meetings per cluster: ${parts.join(', ')}`);
  const without = [...count.entries()].filter(([, n]) => n === 0).map(([id]) => `${id} (${names.get(id)})`);
  if (without.length > 0) lines.push(`Without a meeting: ${without.join(', ')}`);
  lines.push('');

  if (schedule.unmet.length > 0) {
    lines.push(`Unmet requests (${schedule.unmet.length}):`);
    for (const u of schedule.unmet) lines.push(`  ${u.from} → ${u.to}: ${u.reason}`);
    lines.push('');
  }
  const proof = stats.optimal ? 'proven optimal' : `not proven optimal (at most ${stats.upperBound - stats.value} below the bound)`;
  lines.push(
    `Value ${stats.value} / upper bound ${stats.upperBound} — ${proof}; ${stats.covered}/${event.clusters.length} clusters covered, ` +
      `${stats.meetings} meetings, ${stats.idleRounds} idle rounds, ${stats.solveMs} ms`,
  );
  return lines.join('\n');
}
