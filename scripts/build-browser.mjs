/**
 * Bundles the cluster's page for the browser with esbuild: the TypeScript of
 * src/browser (with the dictionaries of src/i18n it imports) into one script,
 * and its stylesheet, in dist/browser/. The server serves both from there.
 * Type checking is `npm run typecheck`'s job: esbuild only strips the types.
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['src/browser/cluster-page.ts', 'src/browser/cluster-page.css'],
  outdir: 'dist/browser',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
