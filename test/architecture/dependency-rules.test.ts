/**
 * The dependency rules of .dependency-cruiser.cjs, run as `npm test` runs
 * them (`npm run check:deps`): they pass on the tree, and they fail, naming
 * the rule and the import, when a file imports against the layers.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

function checkDeps(): { status: number | null; stdout: string } {
  const { status, stdout, stderr } = spawnSync('npm', ['run', '--silent', 'check:deps'], { cwd: root, encoding: 'utf8' });
  return { status, stdout: stdout + stderr };
}

/** Files added to the tree for one run of the check, removed afterwards whatever happens. */
function withFiles<T>(files: Record<string, string>, body: () => T): T {
  const paths = Object.keys(files);
  try {
    for (const path of paths) writeFileSync(join(root, path), `// Temporary file of test/architecture/dependency-rules.test.ts.\n${files[path]}`);
    return body();
  } finally {
    for (const path of paths) rmSync(join(root, path), { force: true });
  }
}

describe('dependency rules', () => {
  it('pass on the source tree', () => {
    const { status, stdout } = checkDeps();
    expect(stdout).not.toContain('error '); // shows the violations when there are some
    expect(status).toBe(0);
  });

  it('fail on imports that run against the layers, naming the rule and the import', () => {
    const probe = `dependency-probe-${process.pid}.ts`;
    const check = `solver/check/${probe}`;
    const solver = `solver/${probe}`;
    const store = `src/store/${probe}`;

    const { status, stdout } = withFiles(
      {
        [check]: "import { Board } from '../search/board';\nimport type { Instance } from '../search/instance';\nexport type Probe = [Board, Instance];\n",
        [solver]: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
        [store]: "import { createEvent } from '../app/create-event';\nexport const probe = createEvent;\n",
      },
      checkDeps,
    );

    expect(status).not.toBe(0);
    expect(stdout).toContain(`error checker-is-independent: ${check} → solver/search/board.ts`);
    expect(stdout).toContain(`error checker-is-independent: ${check} → solver/search/instance.ts`); // a type-only import counts
    expect(stdout).toContain(`error solver-is-pure: ${solver} → fs`);
    expect(stdout).toContain(`error use-cases-above-adapters-and-renderers: ${store} → src/app/create-event.ts`);
  });
});
