/**
 * The event file through the CLI, fuzzed: malformed and hostile files always
 * give exit 2 with one located problem per line (`path: message`), a valid
 * one exit 0; never exit 1, a throw or a hang. In-process for most inputs,
 * and some through the real `node bin/maillage.js` (the build in `dist/`).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateEvent } from '../../solver';
import { cli, tempDir } from '../cli/run-cli';
import { FUZZ_SEED, fuzzReport, hostileValue, mutated, richEvent, targetedEvents, toJson } from './hostile';

const ROOT = join(__dirname, '..', '..');
const IN_PROCESS_RUNS = 3_530;
const SOLVE_RUNS = 25;
const PROCESS_RUNS = 20;
/** Longest any one input may take before it counts as a hang. */
const PER_INPUT_MS = 15_000;

const temp = tempDir('fuzz-cli');
let inputs = 0;
afterAll(() => {
  console.log(fuzzReport('test/fuzz/cli-fuzz.test.ts', inputs));
  temp.remove();
});

/** Broken files: cut short, empty, a byte-order mark, bytes that are not UTF-8, JSON of another kind. */
const brokenText: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.nat({ max: 2000 }).map((n) => toJson(richEvent('cut')).slice(0, n)),
  fc.constantFrom('', ' ', '\n\n', '\uFEFF', '\uFEFF{}', '{', '}', '[', 'null', '0', '"event"', '{"event":}', '{"a":1,}', "{'event': 1}", 'NaN', '{"event": NaN}', '{"event": 1e999}'),
  fc.uint8Array({ maxLength: 200 }),
  fc.constant(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xff, 0xfe, 0x7d])),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** What the CLI reads: an event broken in a few places, an event broken in one place on purpose, a hostile value, or a broken file. */
const eventFileText: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { arbitrary: mutated(richEvent('fuzz-cli')).map(toJson), weight: 12 },
  { arbitrary: targetedEvents('fuzz-cli').map(toJson), weight: 3 },
  { arbitrary: hostileValue.map(toJson), weight: 2 },
  { arbitrary: brokenText, weight: 2 },
  { arbitrary: fc.constant(toJson(richEvent('fuzz-cli'))), weight: 1 },
);

/** A problem line (`clusters[2].id: "x y" is not a valid id`), or the line naming the command's failure. */
const LOCATED = /^(maillage: (?!internal error).+|[^\s:][^\n]*?: .+)$/;
const STACK = /^\s+at /m;

function expectExit(code: number, err: string, valid: boolean | undefined): void {
  expect([0, 2]).toContain(code);
  if (valid !== undefined) expect(code).toBe(valid ? 0 : 2);
  if (code === 2) {
    const lines = err.split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !LOCATED.test(line))).toEqual([]);
  }
  expect(err).not.toMatch(STACK);
}

/** The validator's verdict on the text, when it is JSON text of a size worth reading twice (the large ones are few, and slow). */
function verdict(text: string | Uint8Array): boolean | undefined {
  if (typeof text !== 'string' || text.length > 2_000) return undefined;
  try {
    return validateEvent(JSON.parse(text.replace(/^\uFEFF/, ''))).ok;
  } catch {
    return false;
  }
}

let n = 0;
const write = (text: string | Uint8Array): string => {
  const file = join(temp.dir, `event-${n++ % 8}.json`);
  writeFileSync(file, text);
  return file;
};

describe('the event file through the CLI, fuzzed', () => {
  it('maillage validate exits 2 with located lines for every malformed or hostile file, 0 for a valid one', async () => {
    await fc.assert(
      fc.asyncProperty(eventFileText, async (text) => {
        inputs++;
        const { code, err } = await cli('validate', write(text));
        expectExit(code, err, verdict(text));
      }),
      { numRuns: IN_PROCESS_RUNS, seed: FUZZ_SEED, timeout: PER_INPUT_MS, markInterruptAsFailure: true },
    );
  }, 120_000);

  it('maillage solve refuses the same files with exit 2 before solving, and solves the valid ones with exit 0', async () => {
    const out = join(temp.dir, 'schedule.json');
    await fc.assert(
      fc.asyncProperty(eventFileText, async (text) => {
        inputs++;
        const { code, err } = await cli('solve', write(text), '--out', out, '--time-limit', '5', '--seed', '1');
        expectExit(code, err, verdict(text));
      }),
      { numRuns: SOLVE_RUNS, seed: FUZZ_SEED + 1, timeout: PER_INPUT_MS, markInterruptAsFailure: true },
    );
  }, 120_000);

  it('node bin/maillage.js validate exits 2 or 0 the same way, as a real process, and never hangs', async () => {
    const texts = fc.sample(eventFileText, { numRuns: PROCESS_RUNS, seed: FUZZ_SEED + 2 });
    const files = texts.map((text, i) => {
      const file = join(temp.dir, `process-${i}.json`);
      writeFileSync(file, text);
      return file;
    });
    const runOne = (file: string) =>
      new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'maillage.js'), 'validate', file], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: PER_INPUT_MS });
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
        child.on('close', (code, signal) => resolve({ code, signal, err }));
      });
    const results: { code: number | null; signal: NodeJS.Signals | null; err: string }[] = new Array(files.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        while (next < files.length) {
          const i = next++;
          results[i] = await runOne(files[i]);
        }
      }),
    );
    inputs += files.length;
    results.forEach((result, i) => {
      expect({ file: i, signal: result.signal }).toEqual({ file: i, signal: null });
      expectExit(result.code ?? -1, result.err.replace(/\n$/, ''), verdict(texts[i]));
    });
  }, 120_000);
});
