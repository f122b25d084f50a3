/**
 * What the CLI needs to run the service: `maillage serve [--no-worker]` and
 * `maillage worker`.
 */
export { loadConfig, ConfigError, type Config } from '../config/config';
export { startServer, type ServerHandle, type ServerOptions } from './start-server';
export { startWorker, type WorkerHandle } from './start-worker';
export { openStore, type StoreSession } from './open-store';
export { closeOnSignals } from './signals';
export { StartupError } from './startup-error';
