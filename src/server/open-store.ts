/**
 * The store alone, for a command that reads or writes it and exits
 * (`maillage organiser …`): the Redis of the settings, found or started as
 * `serve` does.
 */
import type { AppDeps } from '../app/ports';
import type { Config } from '../config/config';
import { createLogger } from '../logger';
import { ensureRedis } from './embedded-redis';
import { createRuntime } from './runtime';

export interface StoreSession {
  deps: Pick<AppDeps, 'store' | 'organisers' | 'now'>;
  /** Closes the connection (and stops the `redis-server` it started, if any). */
  close(): Promise<void>;
}

export async function openStore(config: Config): Promise<StoreSession> {
  // Failures reach the caller as errors; logs would mix with what the command prints.
  const logger = createLogger('silent');
  const redis = await ensureRedis(config, logger);
  const runtime = createRuntime(config, redis.url, logger);
  return {
    deps: runtime.deps,
    close: async () => {
      await runtime.close();
      await redis.stop();
    },
  };
}
