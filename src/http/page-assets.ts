/**
 * The pages' scripts and stylesheets, as `npm run build` bundles them from
 * src/browser into dist/browser (esbuild): the cluster page's and the
 * organiser console's. Read once at start-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Asset {
  contentType: string;
  body: string;
}

/** The bundles of dist/browser, by the name of their files. */
export type Bundle = 'cluster-page' | 'console';

/**
 * `dist/browser`: beside `dist/src/http` when running the build, at the root
 * of the package when running the sources (the tests).
 */
function bundleDir(bundle: Bundle): string {
  const candidates = [join(__dirname, '..', '..', 'browser'), join(__dirname, '..', '..', 'dist', 'browser')];
  const found = candidates.find((dir) => existsSync(join(dir, `${bundle}.js`)));
  if (!found) throw new Error(`the web page's bundle ${bundle}.js is missing: run \`npm run build\` (looked in ${candidates.join(', ')})`);
  return found;
}

/** @throws Error when the bundle is missing: a broken install should not start. */
export function loadBundle(bundle: Bundle): { css: Asset; js: Asset } {
  const dir = bundleDir(bundle);
  return {
    css: { contentType: 'text/css; charset=utf-8', body: readFileSync(join(dir, `${bundle}.css`), 'utf8') },
    js: { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(dir, `${bundle}.js`), 'utf8') },
  };
}

/** The cluster page's bundle. @throws Error when it is missing. */
export function loadPageAssets(): { css: Asset; js: Asset } {
  return loadBundle('cluster-page');
}
