/**
 * The page's stylesheet and script: plain files under `src/web/assets/`,
 * served as they are (there is no build step for the browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Asset {
  contentType: string;
  body: string;
}

/**
 * The assets directory: next to this module when running from the sources,
 * in `src/web/assets` of the package when running from `dist/` (where `tsc`
 * does not copy them).
 */
function assetsDir(): string {
  const candidates = [join(__dirname, 'assets'), join(__dirname, '..', '..', '..', 'src', 'web', 'assets')];
  const found = candidates.find((dir) => existsSync(join(dir, 'cluster-page.js')));
  if (!found) throw new Error(`the web page's assets are missing (looked in ${candidates.join(', ')})`);
  return found;
}

/** Reads the assets once. @throws Error when they are missing: a broken install should not start. */
export function loadAssets(): { css: Asset; js: Asset } {
  const dir = assetsDir();
  return {
    css: { contentType: 'text/css; charset=utf-8', body: readFileSync(join(dir, 'cluster-page.css'), 'utf8') },
    js: { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(dir, 'cluster-page.js'), 'utf8') },
  };
}
