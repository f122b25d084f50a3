/**
 * The time limit is a promise (issue 10, item 6): a solve thread still
 * running past its limit is ended, and the best schedule it handed over is
 * the result. The stuck threads stand for a solve caught in a long LP call.
 */
import { join } from 'node:path';
import { checkSchedule, solve, type EventFile, type Schedule } from '../../solver';
import { promisedReturnMs, threadRunner } from '../../src/jobs/thread-runner';
import { readFixture } from '../support/fixtures';

const stuck = threadRunner(join(__dirname, 'threads', 'stuck-after-incumbent.js'));

describe('time limit is a promise', () => {
  it('promises the limit + 10 %, + 1 s at most', () => {
    expect(promisedReturnMs(2_000)).toBe(2_200);
    expect(promisedReturnMs(30_000)).toBe(31_000);
  });

  const fixture = readFixture('interclustering-2015.json');
  const handedOver = solve(fixture, { seed: 3 }).schedule!;

  it('ends a solve thread past its limit and returns the schedule it handed over', async () => {
    const event = { ...fixture, handedOver } as EventFile;
    const incumbents: Schedule[] = [];
    const result = await stuck(event, { seed: 1, timeLimitMs: 200, onIncumbent: (s) => incumbents.push(s) });
    expect(result.status).toBe(handedOver.stats.optimal ? 'optimal' : 'timedout');
    expect(result.schedule).toEqual(handedOver);
    expect(incumbents).toEqual([handedOver]);
  });

  it('answers timed_out, located at the time limit, when the thread handed over nothing', async () => {
    const free: EventFile = { ...fixture, constraints: { ...fixture.constraints, mustMeet: [] } };
    const result = await stuck(free, { seed: 2, timeLimitMs: 200 });
    expect(result).toEqual({
      status: 'timedout',
      schedule: null,
      problems: [expect.objectContaining({ path: 'timeLimitSeconds', code: 'timed_out', params: { timeLimitMs: 200 } })],
    });
  });
});

describe('solver hands over each better schedule', () => {
  const events: Array<[string, EventFile]> = [['the fixture', readFixture('interclustering-2015.json')]];

  it.each(events)('on %s: every schedule handed over is valid, none worse than the one before, the result at least as good', (_name, event) => {
    const handed: Schedule[] = [];
    const result = solve(event, { seed: 1, method: 'heuristic', onIncumbent: (s) => handed.push(s) });
    expect(handed.length).toBeGreaterThan(0);
    for (const schedule of handed) {
      expect(checkSchedule(event, schedule)).toEqual([]);
      expect(schedule.stats.upperBound).toBeGreaterThanOrEqual(schedule.stats.value);
      expect(schedule.stats.upperBound).toBeGreaterThanOrEqual(result.schedule!.stats.value);
    }
    for (let i = 1; i < handed.length; i++) expect(handed[i].stats.covered * 1e6 + handed[i].stats.value).toBeGreaterThanOrEqual(handed[i - 1].stats.covered * 1e6 + handed[i - 1].stats.value);
    const last = handed[handed.length - 1].stats;
    expect(result.schedule!.stats.covered * 1e6 + result.schedule!.stats.value).toBeGreaterThanOrEqual(last.covered * 1e6 + last.value);
    expect(result.schedule!.stats.upperBound).toBeLessThanOrEqual(Math.min(...handed.map((s) => s.stats.upperBound)));
  });
});
