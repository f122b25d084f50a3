/**
 * `maillage serve [--no-worker]` and `maillage worker`: the service's processes.
 * The server modules (Express, BullMQ, ioredis) load only here, so that
 * `solve`, `validate` and `export` start fast.
 */
import { parseOptions, UsageError, type Io } from './io';
import { InputError } from './read-json';

type Server = typeof import('../server');

async function start<T extends { close(): Promise<void> }>(io: Io, launch: (server: Server) => Promise<T>): Promise<T> {
  const server = await import('../server');
  const { closeOnSignals, ConfigError, StartupError } = server;
  try {
    const handle = await launch(server);
    closeOnSignals(handle, io.err);
    return handle;
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError([{ path: 'environment', code: 'invalid_value', message: error.message }]);
    if (error instanceof StartupError) throw new InputError([{ path: 'startup', code: 'invalid_value', message: error.message }]);
    throw error;
  }
}

export async function serveCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseOptions(args, { 'no-worker': { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError('serve takes no file');
  const handle = await start(io, async ({ startServer, loadConfig }) => startServer(loadConfig(), { worker: !values['no-worker'] }));
  io.err(`maillage API listening on ${handle.url}${values['no-worker'] ? ' (no worker)' : ' with a solve worker'}`);
}

export async function workerCommand(args: string[], io: Io): Promise<void> {
  const { positionals } = parseOptions(args, {});
  if (positionals.length > 0) throw new UsageError('worker takes no file');
  await start(io, async ({ startWorker, loadConfig }) => startWorker(loadConfig()));
  io.err('maillage solve worker started');
}
