/**
 * Load with a killed worker and a Redis outage (issue 11, "Load"): 100
 * concurrent clients for 60 s on loopback (agenda JSON, `agenda.ics`,
 * wishes) against `maillage serve --no-worker` and two `maillage worker`
 * processes on a durable `redis-server`, while a 1,000-cluster solve runs and
 * the worker holding it is SIGKILLed; 25 s in, Redis itself is SIGKILLed and
 * started again 5 s later on the same files, a deliberate outage
 * (`bench/load-scenario.ts`, also `npm run bench -- --only load`).
 * Runs the built `dist/` (`npm run build` first). Timings are printed, not asserted.
 */
import { loadReport, runLoadScenario, type LoadFigures } from '../../bench/load-scenario';

const CLIENTS = 100;

let figures: LoadFigures;

beforeAll(async () => {
  figures = await runLoadScenario({ clients: CLIENTS, durationSeconds: 60, timeLimitSeconds: 20, outageAfterSeconds: 25, outageSeconds: 5 });
  console.log(loadReport(figures));
}, 200_000);

test(`no 5xx other than 503, and 503 only during the deliberate Redis outage, under ${CLIENTS} concurrent clients while a worker is killed`, () => {
  for (const kind of figures.kinds) expect(kind.answered).toBeGreaterThan(0);
  const failures = figures.kinds.map((k) => ({
    kind: k.kind,
    fiveXxOutside: k.outage.fiveXxOutside,
    otherFiveXx: k.outage.otherFiveXx,
    connectionErrors: k.connectionErrors,
  }));
  expect(failures).toEqual(figures.kinds.map((k) => ({ kind: k.kind, fiveXxOutside: 0, otherFiveXx: 0, connectionErrors: 0 })));
  expect(figures.connectionErrors).toBe(0);
  // The outage did happen under load, and the API said so with 503s.
  for (const kind of figures.kinds) expect(kind.outage.during).toBeGreaterThan(0);
  expect(figures.kinds.reduce((n, k) => n + k.outage.unavailable, 0)).toBeGreaterThan(0);
});

test('the API serves again after the outage without a restart', () => {
  expect(figures.apiRunning).toBe(true);
  for (const { kind, outage } of figures.kinds) {
    expect({ kind, servedAgain: outage.okAfter > 0 }).toEqual({ kind, servedAgain: true });
    expect({ kind, allOk: outage.okAfter }).toEqual({ kind, allOk: outage.sentAfter });
  }
});

test('every acknowledged wish is stored', () => {
  const { wishes } = figures;
  expect(wishes.acknowledged).toBeGreaterThan(0);
  expect(wishes.acknowledgedClusters).toBeGreaterThan(0);
  expect(wishes.lost).toEqual([]);
  expect(wishes.stored).toBe(wishes.clusters);
});

test('the solve survives its worker being killed and the Redis outage', () => {
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
