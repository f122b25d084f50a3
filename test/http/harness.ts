/**
 * An API on a private Redis for one test file, driven with supertest.
 */
import type { Express } from 'express';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { performance } from 'node:perf_hooks';
import { solve, type EventFile } from '../../solver';
import type { AppDeps, SolveRunner } from '../../src/app/ports';
import { loadConfig, type Config } from '../../src/config/config';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { createRuntime, type Runtime } from '../../src/server/runtime';
import { attachWorker, type Workers } from '../../src/server/start-worker';
import { startRedisServer, uniqueNames, type TestRedis } from '../support/redis-server';

export const ORGANIZER = 'organiser-token-for-the-tests';

export function testConfig(redisUrl: string, label: string, env: Record<string, string> = {}): Config {
  const names = uniqueNames(label);
  return loadConfig({
    REDIS_URL: redisUrl,
    ORGANIZER_TOKEN: ORGANIZER,
    LOG_LEVEL: 'silent',
    PORT: '0',
    PUBLIC_URL: 'http://maillage.test',
    SOLVE_TIME_LIMIT_SECONDS: '5',
    REDIS_KEY_PREFIX: names.keyPrefix,
    QUEUE_NAME: names.queueName,
    // Tests try many wrong tokens from one address; the limits have their own tests.
    AUTH_FAILURES_PER_ADDRESS: '100000',
    AUTH_FAILURES_PER_TOKEN_PREFIX: '100000',
    // Without SMTP_URL, emails go to DATA_DIR/outbox/: never into the working tree.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'maillage-test-')),
    ...env,
  });
}

/** `solve` on the main thread: the worker-thread runner has its own tests, and is slower to start from sources. */
export const solveInline: SolveRunner = async (event, options) => solve(event, { ...options, now: () => performance.now() });

export interface Harness {
  redis: TestRedis;
  config: Config;
  runtime: Runtime;
  deps: AppDeps;
  app: Express;
  /** Starts the in-process solve and mail workers (not started by default). */
  startWorker(): Workers;
  /** supertest with the organiser's bearer token */
  organizer: {
    get(path: string): request.Test;
    post(path: string): request.Test;
    put(path: string): request.Test;
    delete(path: string): request.Test;
  };
  stop(): Promise<void>;
}

export async function startHarness(label: string, env: Record<string, string> = {}): Promise<Harness> {
  const redis = await startRedisServer();
  const config = testConfig(redis.url, label, env);
  const logger = createLogger('silent');
  const runtime = createRuntime(config, redis.url, logger);
  const deps: AppDeps = { ...runtime.deps, runSolve: solveInline };
  const app = createApp(deps, { logger, maxBodyBytes: config.maxBodyBytes, trustProxy: config.trustProxy });
  const workers: Workers[] = [];
  const auth = `Bearer ${ORGANIZER}`;
  return {
    redis,
    config,
    runtime,
    deps,
    app,
    startWorker: () => {
      const worker = attachWorker(config, redis.url, deps, logger);
      workers.push(worker);
      return worker;
    },
    organizer: {
      get: (path) => request(app).get(path).set('Authorization', auth),
      post: (path) => request(app).post(path).set('Authorization', auth),
      put: (path) => request(app).put(path).set('Authorization', auth),
      delete: (path) => request(app).delete(path).set('Authorization', auth),
    },
    stop: async () => {
      await Promise.all(workers.map((w) => w.close()));
      await runtime.close();
      await redis.stop();
    },
  };
}

/** Polls a job until it is completed or failed. */
export async function waitForJob(h: Harness, jobId: string, timeoutMs = 30_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await h.organizer.get(`/api/jobs/${jobId}`);
    if (res.status !== 200) throw new Error(`GET /api/jobs/${jobId}: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.state === 'completed' || res.body.state === 'failed') return res.body;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${res.body.state}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A small event: six clusters, one morning session of three 20-minute rounds, three tables. */
export function smallEvent(id = 'demo-day'): EventFile {
  const clusters = [
    { id: 'axelera', name: 'Axelera', offers: ['chimie verte'], seeks: ['numérique'] },
    { id: 'minalogic', name: 'Minalogic', offers: ['numérique', 'photonique'], seeks: ['chimie verte'] },
    { id: 'techtera', name: 'Techtera', offers: ['textiles techniques'], seeks: ['photonique'] },
    { id: 'lyonbiopole', name: 'Lyonbiopôle', offers: ['santé'], seeks: ['numérique'] },
    { id: 'tenerrdis', name: 'Tenerrdis', offers: ['énergie'], seeks: ['chimie verte'] },
    { id: 'viameca', name: 'ViaMéca', offers: ['mécanique'], seeks: ['textiles techniques'] },
  ];
  return {
    event: {
      id,
      name: 'Demo interclustering',
      timezone: 'Europe/Paris',
      sessions: [{ date: '2025-06-12', start: '09:00', end: '10:00' }],
      meetingMinutes: 20,
      tables: 3,
      maxMeetingsPerCluster: 3,
    },
    clusters,
    requests: [{ from: 'axelera', to: 'minalogic', priority: 1 }],
  };
}

/** Creates an event and returns each cluster's token by id. */
export async function createWithTokens(h: Harness, event: EventFile): Promise<Record<string, string>> {
  const res = await h.organizer.post('/api/events').send(event);
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return Object.fromEntries((res.body.clusters as { id: string; token: string }[]).map((c) => [c.id, c.token]));
}

/** A matcher for one error detail: its path, its code and its English message. */
export const detail = (path: string, code: string, message: string): unknown => expect.objectContaining({ path, code, message });
