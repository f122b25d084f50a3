import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config';
import { createApp } from '../http/app';
import { answerClientErrors } from '../http/client-errors';
import { createLogger } from '../logger';
import { ensureRedis, type EmbeddedRedisOptions } from './embedded-redis';
import { createRuntime } from './runtime';
import { attachWorker } from './start-worker';

export interface ServerHandle {
  /** `http://127.0.0.1:<port>`, where the API answers. */
  url: string;
  port: number;
  redisUrl: string;
  /** Stops taking requests, lets the running job finish, closes the connections (and the embedded Redis). */
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Also run a solve worker in this process. */
  worker: boolean;
  /** Where to look for, or start, the embedded Redis when `REDIS_URL` is unset. */
  embeddedRedis?: EmbeddedRedisOptions;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

/**
 * The API (`maillage serve`), with a solve worker unless `worker` is false.
 * Throws `StartupError` when Redis cannot be had.
 */
export async function startServer(config: Config, options: ServerOptions): Promise<ServerHandle> {
  const logger = createLogger(config.logLevel);
  const redis = await ensureRedis(config, logger, options.embeddedRedis);
  const runtime = createRuntime(config, redis.url, logger);
  const worker = options.worker ? attachWorker(config, redis.url, runtime.deps, logger) : undefined;
  const server = createServer(createApp(runtime.deps, { logger, maxBodyBytes: config.maxBodyBytes, trustProxy: config.trustProxy, corsOrigins: config.corsOrigins }));
  answerClientErrors(server);

  const shutdown = async () => {
    if (server.listening) await closeServer(server);
    await worker?.close();
    await runtime.close();
    await redis.stop();
  };
  let port: number;
  try {
    port = await listen(server, config.port);
  } catch (error) {
    await shutdown();
    throw error;
  }
  if (config.organizerTokenGenerated) {
    process.stdout.write(`ORGANIZER_TOKEN is not set; the organiser token for this run is:\n  ${config.organizerToken}\n`);
  }
  logger.info({ port, publicUrl: config.publicUrl, worker: options.worker }, 'API listening');
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    redisUrl: redis.url,
    close: () =>
      (closing ??= shutdown().then(() => {
        logger.info('API stopped');
      })),
  };
}
