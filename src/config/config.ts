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
  /** Sentinels that name the current Redis master (`REDIS_SENTINELS`); when any, `redisUrl` is not used and no embedded Redis starts. @defaultValue none */
  redisSentinels: SentinelAddress[];
  /** Name of the master the Sentinels watch. @defaultValue `mymaster` */
  redisSentinelName: string;
  /** Replicas that must confirm a store write (Redis `WAIT`) before it is acknowledged. @defaultValue 1 with Sentinels, 0 otherwise */
  redisWaitReplicas: number;
  /** How long a write waits for those replicas before it answers 503. @defaultValue 2000 */
  redisWaitTimeoutMs: number;
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
  /** Events one organiser account may keep. @defaultValue 500 */
  maxEventsPerOrganiser: number;
  /** Failed token attempts allowed per address, per token prefix, and their window. @defaultValue 100, 10, 900 s */
  authFailures: { perAddress: number; perTokenPrefix: number; windowSeconds: number };
  /** Express's `trust proxy`: which proxies' `X-Forwarded-For` gives the caller's address. @defaultValue false (none) */
  trustProxy: boolean | number | string;
  /**
   * Origins (`https://host[:port]`) whose pages may call the API from a browser (CORS).
   * Empty: no CORS header at all, so browsers refuse every cross-origin read. @defaultValue `[]`
   */
  corsOrigins: string[];
  /** Where emails go: `smtp://…` (STARTTLS when offered) or `smtps://…`. Absent: written as `.eml` files under `DATA_DIR/outbox/`. @defaultValue none */
  smtpUrl?: string;
  /** The `From` of every email, and the domain of their `Message-ID`s. @defaultValue `maillage <no-reply@localhost>` */
  mailFrom: string;
}

/** One Sentinel of `REDIS_SENTINELS`. */
export interface SentinelAddress {
  host: string;
  port: number;
}

/** A setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `scheme://host[:port]` exactly as a browser sends it in `Origin`: no path, no trailing slash, no wildcard. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.origin === text;
  } catch {
    return false;
  }
}

/** `smtp://` or `smtps://` with a host, as nodemailer takes it. */
function isSmtpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return /^smtps?:$/.test(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `name <address@domain>` or `address@domain`, on one line. */
const mailbox = /^(?:[^<>\r\n"]*<[^\s<>@]+@[A-Za-z0-9.-]+>|[^\s<>@]+@[A-Za-z0-9.-]+)$/;

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `host:port,host:port…`, an IPv6 host in brackets (`[::1]:26379`). */
const sentinelList = z.string().transform((list, ctx): SentinelAddress[] => {
  const addresses: SentinelAddress[] = [];
  for (const item of list.split(',').map((part) => part.trim())) {
    const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(item);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65535) {
      ctx.addIssue({ code: 'custom', message: `"${item}" is not host:port (a comma-separated list of Sentinels)` });
      continue;
    }
    addresses.push({ host: match[1]!.replace(/^\[(.*)\]$/, '$1'), port });
  }
  return addresses;
});

const envSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  REDIS_SENTINELS: sentinelList.optional(),
  REDIS_SENTINEL_NAME: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "-", "_" or "." only').default('mymaster'),
  REDIS_WAIT_REPLICAS: integer(0, 100).optional(),
  // WAIT 0 would wait for ever.
  REDIS_WAIT_TIMEOUT_MS: integer(1, 60_000).default(2000),
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
  MAX_EVENTS_PER_ORGANISER: integer(1, 1_000_000).default(500),
  AUTH_FAILURES_PER_ADDRESS: integer(1, 1_000_000).default(100),
  AUTH_FAILURES_PER_TOKEN_PREFIX: integer(1, 1_000_000).default(10),
  AUTH_FAILURE_WINDOW_SECONDS: integer(1, 86_400).default(900),
  TRUST_PROXY: z.string().optional(),
  CORS_ORIGINS: z
    .string()
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
    .refine((origins) => origins.every(isOrigin), 'must be origins such as https://app.example.org (no path, no "*"), separated by commas')
    .optional(),
  SMTP_URL: z
    .string()
    .refine(isSmtpUrl, 'must be an smtp:// or smtps:// URL with a host, such as smtp://user:password@mail.example.org:587')
    .optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(mailbox, 'must be an address, alone or as name <address@domain> (no quotes, on one line)')
    .default('maillage <no-reply@localhost>'),
});

/** `TRUST_PROXY`: `true`/`false`, a count of proxies, or addresses and names such as `loopback, 10.0.0.0/8`. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

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
    redisSentinels: e.REDIS_SENTINELS ?? [],
    redisSentinelName: e.REDIS_SENTINEL_NAME,
    redisWaitReplicas: e.REDIS_WAIT_REPLICAS ?? (e.REDIS_SENTINELS ? 1 : 0),
    redisWaitTimeoutMs: e.REDIS_WAIT_TIMEOUT_MS,
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
    maxEventsPerOrganiser: e.MAX_EVENTS_PER_ORGANISER,
    authFailures: {
      perAddress: e.AUTH_FAILURES_PER_ADDRESS,
      perTokenPrefix: e.AUTH_FAILURES_PER_TOKEN_PREFIX,
      windowSeconds: e.AUTH_FAILURE_WINDOW_SECONDS,
    },
    trustProxy: trustProxy(e.TRUST_PROXY),
    corsOrigins: e.CORS_ORIGINS ?? [],
    ...(e.SMTP_URL !== undefined ? { smtpUrl: e.SMTP_URL } : {}),
    mailFrom: e.MAIL_FROM,
  };
}
