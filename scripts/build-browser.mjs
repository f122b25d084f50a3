/**
 * Bundles the pages' browser code with esbuild: the cluster's page and the
 * organiser console, each from its TypeScript in src/browser (with the
 * dictionaries of src/i18n it imports) into one script, and its stylesheet,
 * in dist/browser (cluster-page.js/.css, console.js/.css). The server serves
 * them from there. Type checking is `npm run typecheck`'s job: esbuild only
 * strips the types.
 */
import { build } from 'esbuild';

await build({
  entryPoints: [
    { in: 'src/browser/cluster-page.ts', out: 'cluster-page' },
    { in: 'src/browser/cluster-page.css', out: 'cluster-page' },
    { in: 'src/browser/console/console-page.ts', out: 'console' },
    { in: 'src/browser/console/console.css', out: 'console' },
  ],
  outdir: 'dist/browser',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
