/**
 * `maillage serve` stopped with SIGTERM while a solve runs and requests are
 * half-sent: it refuses new connections, answers the requests it had, lets
 * the solve finish (or gives its job back), and exits 0.
 */
import { request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { brokerage } from '../../bench/families';
import { startApi, type ApiProcess, type Deployment } from '../../bench/service-process';
import { smallEvent } from '../http/harness';
import { startRedisServer, type TestRedis } from '../support/redis-server';
import { asOrganizer, call, expectStatus, faultDeployment, ORGANIZER_TOKEN, tokensOf, waitForJob } from './service-calls';

let redis: TestRedis;
let deployment: Deployment;
const apis: ApiProcess[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  deployment = faultDeployment(redis.url, 'sigterm');
});
afterAll(async () => {
  await Promise.all(apis.map((api) => api.stop()));
  await redis?.stop();
});

/** A request whose body is sent in two halves: the second only when `finish` is called. */
function halfSent(port: number, method: string, path: string, token: string, body: unknown) {
  const bytes = Buffer.from(JSON.stringify(body));
  let finish = () => undefined as void;
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': bytes.length },
      },
      (res: IncomingMessage) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.write(bytes.subarray(0, bytes.length >> 1));
    finish = () => void req.end(bytes.subarray(bytes.length >> 1));
  });
  return { answer, finish: () => finish() };
}

/** Resolves with the error code of a new TCP connection to the port, or `connected`. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

it('SIGTERM stops accepting, finishes in-flight requests, the worker finishes or returns its job, exit 0', async () => {
  const started = Date.now();
  const api = await startApi(deployment, { worker: true });
  apis.push(api);
  // 1,000 clusters: the solve runs for its whole time limit.
  const large = brokerage(3);
  expectStatus(await asOrganizer(api, 'POST', '/api/events', large), 201, 'create the large event');
  const day = smallEvent('sigterm-day');
  const tokens = tokensOf(expectStatus(await asOrganizer(api, 'POST', '/api/events', day), 201, 'create the small event'));
  const solve = expectStatus(await asOrganizer(api, 'POST', `/api/events/${large.event.id}/solve`, { timeLimitSeconds: 5, seed: 2 }), 202, 'solve');
  await waitForJob(api, solve.body.jobId, 20_000, (state) => state === 'active');

  const late = smallEvent('sent-during-the-stop');
  const creation = halfSent(api.port, 'POST', '/api/events', ORGANIZER_TOKEN, late);
  const wishes = { requests: [{ to: 'minalogic', priority: 1 }], declines: ['viameca'] };
  const submission = halfSent(api.port, 'POST', `/api/events/${day.event.id}/preferences`, tokens.axelera, wishes);
  // Let the server read their headers before the signal.
  await new Promise((r) => setTimeout(r, 300));

  // The solve is still running when the signal comes.
  expect((await asOrganizer(api, 'GET', `/api/jobs/${solve.body.jobId}`)).body.state).toBe('active');
  const signalled = Date.now();
  api.signal('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  expect(api.running()).toBe(true);
  expect(await tryConnect(api.port)).toBe('ECONNREFUSED');

  creation.finish();
  submission.finish();
  const [created, submitted] = await Promise.all([creation.answer, submission.answer]);
  expect(created.status).toBe(201);
  expect(created.body.id).toBe(late.event.id);
  expect(submitted.status).toBe(200);
  expect(submitted.body).toMatchObject({ clusterId: 'axelera', submitted: true, ...wishes });

  expect(await api.exited()).toEqual({ code: 0, signal: null });
  const exitedAfter = Date.now() - signalled;

  // A new API (and worker) on the same Redis: the job is completed, or completes now.
  const next = await startApi(deployment, { worker: true });
  apis.push(next);
  const stateAtRestart = (await asOrganizer(next, 'GET', `/api/jobs/${solve.body.jobId}`)).body.state;
  expect(['completed', 'waiting', 'active']).toContain(stateAtRestart);
  const job = await waitForJob(next, solve.body.jobId, 60_000);
  expect(job).toMatchObject({ state: 'completed', result: { published: true } });
  expectStatus(await asOrganizer(next, 'GET', `/api/events/${large.event.id}/schedule`), 200, 'the schedule');
  expect((await asOrganizer(next, 'GET', `/api/events/${late.event.id}`)).body).toEqual(late);
  expect((await call(next.url, tokens.axelera, 'GET', `/api/events/${day.event.id}/preferences`)).body).toEqual(submitted.body);
  console.log(`sigterm: exit 0 ${exitedAfter} ms after SIGTERM; job ${stateAtRestart} at restart (${job.result.status}); ${Date.now() - started} ms in all`);
});
