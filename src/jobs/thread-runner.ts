/**
 * Runs `solve` in a worker thread, one thread per solve.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SolveResult } from '../../solver';
import type { SolveRunner } from '../app/ports';
import type { ThreadInput, ThreadMessage } from './solve-thread';

/** How long past its time limit a solve may run before its thread is stopped. */
const GRACE_MS = 60_000;

/**
 * From the TypeScript sources (tests, development) there is no compiled
 * entry: the thread then compiles the `.ts` files it loads, with the
 * project's own `typescript`.
 */
const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { readFileSync } = require('node:fs');
const load = createRequire(workerData.entry);
const ts = load('typescript');
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};
load(workerData.entry);
`;

function startThread(input: ThreadInput): Worker {
  const compiled = join(__dirname, 'solve-thread.js');
  if (existsSync(compiled)) return new Worker(compiled, { workerData: input });
  return new Worker(TS_BOOTSTRAP, { eval: true, workerData: { ...input, entry: join(__dirname, 'solve-thread.ts') } });
}

export const runSolveInThread: SolveRunner = (event, { onProgress, ...options }) =>
  new Promise<SolveResult>((resolve, reject) => {
    const thread = startThread({ event, options });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      outcome();
    };
    const guard = setTimeout(() => {
      settle(() => reject(new Error('the solver did not stop within its time limit')));
      void thread.terminate();
    }, (options.timeLimitMs ?? 30_000) + GRACE_MS);

    thread.on('message', (message: ThreadMessage) => {
      if (message.type === 'progress') onProgress?.(message.percent);
      else settle(() => resolve(message.result));
    });
    thread.on('error', (error) => settle(() => reject(error)));
    thread.on('exit', (code) => settle(() => reject(new Error(`the solver thread stopped (exit code ${code})`))));
  });
