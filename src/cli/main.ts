/**
 * `maillage` command line. Exit codes: 0 success, 2 invalid input (one
 * located problem per line on stderr), 1 internal error or a solve that ran
 * out of time before placing the required meetings (`timed_out`).
 */
import { AppError } from '../app/errors';
import { exportCommand } from './export-command';
import { UsageError, type Io } from './io';
import { organiserCommand } from './organiser-command';
import { InputError } from './read-json';
import { serveCommand, workerCommand } from './serve-command';
import { solveCommand } from './solve-command';
import { validateCommand } from './validate-command';

const USAGE = `Usage:
  maillage solve <event.json> [--out schedule.json] [--ics <dir>] [--json] [--time-limit <s>] [--seed <n>] [--lang fr|en]
  maillage export <event.json> <schedule.json> (--ics <dir> | --csv <file>) [--lang fr|en]
  maillage validate <event.json>
  maillage serve [--no-worker]     API (and a solve worker) — settings in .env.example
  maillage worker                  a solve worker alone, for more machines
  maillage organiser add|rotate|revoke <name> [--lang fr|en]   an agency's account (its new token printed once)
  maillage organiser list [--lang fr|en]

--lang: language of the summary, calendars and CSV (default fr).
Exit codes: 0 success, 2 invalid input, 1 internal error or out of time (--time-limit).`;

type Command = (args: string[], io: Io) => Promise<void>;

const commands: Record<string, Command> = {
  solve: solveCommand,
  export: exportCommand,
  validate: validateCommand,
  serve: serveCommand,
  worker: workerCommand,
  organiser: organiserCommand,
};

/** Runs the CLI and returns its exit code (no process exit, for tests). */
export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    await command(rest, io);
    return 0;
  } catch (error) {
    return reportError(error, io);
  }
}

/** Writes what went wrong on stderr and returns the exit code: 2 for the input, 1 for the rest. */
export function reportError(error: unknown, io: Pick<Io, 'err'>): number {
  if (error instanceof UsageError) {
    io.err(`maillage: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (error instanceof AppError && error.code === 'timed_out') {
    // Not an input error: the same event may be scheduled with more time.
    io.err(`maillage: ${error.message}`);
    for (const p of error.details) io.err(`${p.path}: ${p.message}`);
    return 1;
  }
  if (error instanceof InputError || (error instanceof AppError && error.httpStatus < 500)) {
    const problems = error instanceof InputError ? error.problems : error.details;
    if (error instanceof AppError) io.err(`maillage: ${error.message}`);
    for (const p of problems) io.err(`${p.path}: ${p.message}`);
    return 2;
  }
  io.err(`maillage: internal error: ${(error as Error)?.message ?? String(error)}`);
  return 1;
}

export function main(argv: string[]): void {
  const io: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };
  run(argv, io).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`maillage: internal error: ${(error as Error)?.message}\n`);
      process.exitCode = 1;
    },
  );
}
