/**
 * Which module may import which: the layers point one way.
 *
 *   entry points  src/cli, src/http, src/server, src/jobs/solve-worker.ts, src/jobs/mail-worker.ts
 *        ↓
 *   use cases     src/app
 *        ↓
 *   adapters      src/store, src/jobs (queues, thread runner, thread), src/mail (SMTP, outbox)
 *   renderers     src/calendar, src/export, src/email, src/web, src/i18n (and src/browser, bundled for the page)
 *        ↓
 *   solver        the pure core; solver/check is independent of the rest of it
 *
 * src/config and src/logger.ts are shared infrastructure for entry points, use
 * cases and adapters. Run by `npm run check:deps` (part of `npm test`) on
 * solver, src and bench. Type-only imports count (tsPreCompilationDeps): a
 * type ties two modules as much as a value does, and the few places where
 * types alone are allowed say so with `dependencyTypesNot: ['type-only']`.
 */

const ENTRY_POINTS = ['^src/cli/', '^src/http/', '^src/server/', '^src/jobs/(solve|mail)-worker\\.ts$'];
const USE_CASES = '^src/app/';
/** The interfaces the use cases define and the adapters implement. */
const PORTS = '^src/app/ports\\.ts$';
const ADAPTERS = ['^src/store/', '^src/jobs/(?!(solve|mail)-worker\\.ts$)', '^src/mail/'];
const RENDERERS = ['^src/calendar/', '^src/export/', '^src/email/', '^src/web/', '^src/i18n/', '^src/browser/'];
const INFRASTRUCTURE = ['^src/config/', '^src/logger\\.ts$'];
/** The solver's public surface for code that may hold its types only. */
const SOLVER_TYPES = '^solver/(index|model/types)\\.ts$';
/** What the checker may import; these import nothing else of the solver either. */
const CHECKER_SOURCES = ['^solver/model/(types|pair-key|defaults)\\.ts$', '^solver/time/'];
const NPM = '^node_modules/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two modules that import each other cannot be understood, tested or moved apart. Move what both need into a third module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable-import',
      severity: 'error',
      comment: 'An import that cannot be resolved escapes every other rule. Fix the path or install the package.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-test-code-in-build',
      severity: 'error',
      comment: 'solver, src and bench are compiled into dist/: they must not pull in test code. Share a helper from outside test/ (bench/random-event.ts).',
      from: { path: '^(solver|src|bench)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-dev-dependency-in-build',
      severity: 'error',
      comment: 'Production code runs with the dependencies only. A devDependency (typescript, jest…) belongs to the build or the tests.',
      from: { path: '^(solver|src)/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },

    // The solver.
    {
      name: 'solver-is-pure',
      severity: 'error',
      comment: 'solver/ does no I/O and knows nothing of the shell: it imports only solver/ and npm packages, no Node.js core module and nothing from src/, bench/ or test/.',
      from: { path: '^solver/' },
      to: { pathNot: ['^solver/', NPM] },
    },
    {
      name: 'checker-is-independent',
      severity: 'error',
      comment: 'solver/check/ re-verifies what the solver produced, so it shares only the model\'s types, pair key and defaults and the time grid, never the value rules, the search, the exact path, the output or the validation (not even a type).',
      from: { path: '^solver/check/' },
      to: { pathNot: ['^solver/check/', ...CHECKER_SOURCES, NPM] },
    },
    {
      name: 'checker-sources-are-closed',
      severity: 'error',
      comment: 'What the checker imports must not reach the rest of the solver either, or checker-is-independent would hold only one level deep.',
      from: { path: CHECKER_SOURCES },
      to: { pathNot: [...CHECKER_SOURCES, NPM] },
    },
    {
      name: 'shell-uses-solver-entry',
      severity: 'error',
      comment: 'src/ reaches the solver through solver/index.ts (or the plain types of solver/model/types.ts), so that the solver\'s internals can move freely.',
      from: { path: '^src/' },
      to: { path: '^solver/', pathNot: SOLVER_TYPES },
    },

    // The layers of src/.
    {
      name: 'entry-points-on-top',
      severity: 'error',
      comment: 'Only an entry point (CLI, HTTP, server wiring, job processor) imports an entry point. Move what is shared down into a use case, an adapter or a renderer.',
      from: { pathNot: ENTRY_POINTS },
      to: { path: ENTRY_POINTS },
    },
    {
      name: 'use-cases-above-adapters-and-renderers',
      severity: 'error',
      comment: 'Adapters and renderers do not call use cases: the use case calls them. An adapter may import the types of src/app/ports.ts, the interfaces it implements.',
      from: { path: [...ADAPTERS, ...RENDERERS] },
      to: { path: USE_CASES, pathNot: PORTS },
    },
    {
      name: 'adapters-implement-ports-by-type',
      severity: 'error',
      comment: 'An adapter takes only types from src/app/ports.ts, never a value.',
      from: { path: ADAPTERS },
      to: { path: PORTS, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderers-use-no-adapter',
      severity: 'error',
      comment: 'Renderers turn data into text: they get their data from the use case, not from Redis, the queue or the thread runner.',
      from: { path: RENDERERS },
      to: { path: ADAPTERS },
    },
    {
      name: 'renderers-use-no-infrastructure',
      severity: 'error',
      comment: 'src/config and src/logger.ts serve entry points, use cases and adapters; a renderer is given what it needs as arguments.',
      from: { path: RENDERERS },
      to: { path: INFRASTRUCTURE },
    },
    {
      name: 'infrastructure-is-a-leaf',
      severity: 'error',
      comment: 'src/config and src/logger.ts import nothing of the project but each other.',
      from: { path: INFRASTRUCTURE },
      to: { path: '^(src|solver|bench)/', pathNot: INFRASTRUCTURE },
    },
    {
      name: 'i18n-is-self-contained',
      severity: 'error',
      comment: 'src/i18n (the dictionaries, shared with the browser bundle) imports only src/i18n and the solver\'s types.',
      from: { path: '^src/i18n/' },
      to: { pathNot: ['^src/i18n/', SOLVER_TYPES] },
    },
    {
      name: 'browser-is-self-contained',
      severity: 'error',
      comment: 'src/browser is bundled for the page: it imports only src/browser, src/i18n and the solver\'s types, nothing that runs on the server.',
      from: { path: '^src/browser/' },
      to: { pathNot: ['^src/browser/', '^src/i18n/', SOLVER_TYPES] },
    },
    {
      name: 'solver-types-only-in-i18n-and-browser',
      severity: 'error',
      comment: 'src/i18n and src/browser take types from the solver, never code (use `import type`).',
      from: { path: ['^src/i18n/', '^src/browser/'] },
      to: { path: '^solver/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^test/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'node', 'default', 'types'],
      mainFields: ['main', 'types'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
