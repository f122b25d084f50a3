/**
 * `maillage serve [--no-worker]` and `maillage worker`: the service's processes.
 */
import { parseOptions, UsageError, type Io } from './io';
import { loadServer, withStartupErrors, type ServerModule } from './server-module';

async function start<T extends { close(): Promise<void> }>(io: Io, launch: (server: ServerModule) => Promise<T>): Promise<T> {
  const server = await loadServer();
  const handle = await withStartupErrors(server, () => launch(server));
  server.closeOnSignals(handle, io.err);
  return handle;
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
