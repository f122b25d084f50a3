/**
 * Settings of the service, read once from the environment (see `.env.example`).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export interface Config {
  /** HTTP port; 0 picks a free one. @defaultValue 3000 */
  port: number;
  /** @defaultValue `redis://127.0.0.1:6379` */
  redisUrl: string;
  /** False when `REDIS_URL` is unset: `serve` may then start its own `redis-server`. */
  redisUrlFromEnv: boolean;
  organizerToken: string;
  /** True when `ORGANIZER_TOKEN` was unset and a token was generated for this run. */
  organizerTokenGenerated: boolean;
  /** Base of the cluster links, without a trailing slash. @defaultValue `http://localhost:PORT` */
  publicUrl: string;
  /** Solve jobs run at once by one worker. @defaultValue 1 */
  workerConcurrency: number;
  /** Time budget of a solve that does not set one. @defaultValue 20 */
  solveTimeLimitSeconds: number;
  /** pino level; `silent` in tests. @defaultValue `info` */
  logLevel: string;
  /** Prefix of every Redis key, BullMQ's included. @defaultValue `maillage:` */
  keyPrefix: string;
  /** @defaultValue `maillage-solve` */
  queueName: string;
  /** Where the embedded `redis-server` keeps its files. @defaultValue `./data` */
  dataDir: string;
  /** Largest accepted request body. @defaultValue 1048576 (1 MB) */
  maxBodyBytes: number;
  /** Cap on the rendered feeds and CSV of published schedules that one API process keeps; 0 keeps none. @defaultValue 67108864 (64 MiB) */
  exportCacheBytes: number;
}

/** A setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  ORGANIZER_TOKEN: z.string().min(16, 'must be at least 16 characters long').optional(),
  PUBLIC_URL: z.url().optional(),
  WORKER_CONCURRENCY: integer(1, 64).default(1),
  SOLVE_TIME_LIMIT_SECONDS: z.coerce.number().positive().max(3600).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_KEY_PREFIX: z.string().min(1).default('maillage:'),
  QUEUE_NAME: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "-", "_" or "." only').default('maillage-solve'),
  DATA_DIR: z.string().min(1).default('./data'),
  MAX_BODY_BYTES: integer(1024, 1024 ** 3).default(1024 * 1024),
  EXPORT_CACHE_MB: integer(0, 1024 * 1024).default(64),
});

/** Reads the settings; empty variables count as unset. Throws {@link ConfigError}. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid settings:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    redisUrl: e.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisUrlFromEnv: e.REDIS_URL !== undefined,
    organizerToken: e.ORGANIZER_TOKEN ?? randomBytes(32).toString('base64url'),
    organizerTokenGenerated: e.ORGANIZER_TOKEN === undefined,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    workerConcurrency: e.WORKER_CONCURRENCY,
    solveTimeLimitSeconds: e.SOLVE_TIME_LIMIT_SECONDS,
    logLevel: e.LOG_LEVEL,
    keyPrefix: e.REDIS_KEY_PREFIX,
    queueName: e.QUEUE_NAME,
    dataDir: e.DATA_DIR,
    maxBodyBytes: e.MAX_BODY_BYTES,
    exportCacheBytes: e.EXPORT_CACHE_MB * 1024 * 1024,
  };
}
