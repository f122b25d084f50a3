/**
 * Load with a killed worker (issue 11, "Load"): 100 concurrent clients for
 * 60 s on loopback (agenda JSON, `agenda.ics`, wishes) against
 * `maillage serve --no-worker` and two `maillage worker` processes on a
 * private `redis-server`, while a 1,000-cluster solve runs and the worker
 * holding it is SIGKILLed (`bench/load-scenario.ts`, also `npm run bench -- --only load`).
 * There is no deliberate outage, so no 5xx and no connection error at all.
 * Runs the built `dist/` (`npm run build` first). Timings are printed, not asserted.
 */
import { loadReport, runLoadScenario, type LoadFigures } from '../../bench/load-scenario';

const CLIENTS = 100;

let figures: LoadFigures;

beforeAll(async () => {
  figures = await runLoadScenario({ clients: CLIENTS, durationSeconds: 60, timeLimitSeconds: 20 });
  console.log(loadReport(figures));
}, 200_000);

test(`no 5xx under ${CLIENTS} concurrent clients while a worker is killed`, () => {
  for (const kind of figures.kinds) expect(kind.answered).toBeGreaterThan(0);
  const failures = figures.kinds.map((k) => ({
    kind: k.kind,
    fiveXx: Object.entries(k.statuses).filter(([status]) => Number(status) >= 500),
    connectionErrors: k.connectionErrors,
  }));
  expect(failures).toEqual(figures.kinds.map((k) => ({ kind: k.kind, fiveXx: [], connectionErrors: 0 })));
  expect(figures.fiveXx).toBe(0);
  expect(figures.connectionErrors).toBe(0);
});

test('every acknowledged wish is stored', () => {
  const { wishes } = figures;
  expect(wishes.acknowledged).toBeGreaterThan(0);
  expect(wishes.clusters).toBeGreaterThan(0);
  expect(wishes.lost).toEqual([]);
  expect(wishes.stored).toBe(wishes.clusters);
});

test('the solve survives its worker being killed', () => {
  const { solve } = figures;
  // The kill hit the solve in flight, and the other worker took it over.
  expect(solve.completedBeforeKill).toBe(false);
  expect(solve.retakenAfterSeconds).toBeDefined();
  expect({ state: solve.state, error: solve.error }).toEqual({ state: 'completed', error: undefined });
  expect(solve.completedAfterSeconds).toBeDefined();
  expect(solve.result?.published).toBe(true);
  expect(solve.result?.meetings).toBeGreaterThan(0);
  expect(solve.publishedMeetings).toBe(solve.result?.meetings);
});
