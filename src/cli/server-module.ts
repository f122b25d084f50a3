/**
 * The server modules (Express, BullMQ, ioredis), loaded only by the commands
 * that need them, so that `solve`, `validate` and `export` start fast.
 */
import { InputError } from './read-json';

export type ServerModule = typeof import('../server');

export const loadServer = (): Promise<ServerModule> => import('../server');

/** Runs `launch`, turning bad settings and a Redis that cannot be had into input errors (exit 2). */
export async function withStartupErrors<T>(server: ServerModule, launch: () => Promise<T>): Promise<T> {
  try {
    return await launch();
  } catch (error) {
    if (error instanceof server.ConfigError) throw new InputError([{ path: 'environment', code: 'invalid_value', message: error.message }]);
    if (error instanceof server.StartupError) throw new InputError([{ path: 'startup', code: 'invalid_value', message: error.message }]);
    throw error;
  }
}
