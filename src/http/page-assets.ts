/**
 * The page's script and stylesheet, as `npm run build` bundles them from
 * src/browser into dist/browser (esbuild). Read once at start-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Asset {
  contentType: string;
  body: string;
}

/**
 * `dist/browser`: beside `dist/src/http` when running the build, at the root
 * of the package when running the sources (the tests).
 */
function bundleDir(): string {
  const candidates = [join(__dirname, '..', '..', 'browser'), join(__dirname, '..', '..', 'dist', 'browser')];
  const found = candidates.find((dir) => existsSync(join(dir, 'cluster-page.js')));
  if (!found) throw new Error(`the web page's bundle is missing: run \`npm run build\` (looked in ${candidates.join(', ')})`);
  return found;
}

/** @throws Error when the bundle is missing: a broken install should not start. */
export function loadPageAssets(): { css: Asset; js: Asset } {
  const dir = bundleDir();
  return {
    css: { contentType: 'text/css; charset=utf-8', body: readFileSync(join(dir, 'cluster-page.css'), 'utf8') },
    js: { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(dir, 'cluster-page.js'), 'utf8') },
  };
}
