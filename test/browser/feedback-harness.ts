/**
 * What the Chromium tests of « Vos retours » and of the « Bilan » share: the
 * app on a real Redis behind a real port, with an event of `smallEvent`'s
 * clusters solved and published, one Chromium page that records its script
 * errors and its failed requests, and axe-core.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { EventFile } from '../../solver';
import { freePort } from '../../src/server/net-probe';
import { createWithTokens, startHarness, waitForJob, type Harness } from '../http/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PublishedDay {
  h: Harness;
  base: string;
  /** Each cluster's token, by id. */
  tokens: Record<string, string>;
  page: Page;
  /** Script errors and dialogs the page met. */
  pageErrors: string[];
  /** Every answer of 400 or more the page received: `status METHOD path`. */
  failedRequests: string[];
  stop(): Promise<void>;
}

/** Starts the app, creates `event`, solves and publishes it with `seed`, and opens a French Chromium page. */
export async function startPublishedDay(label: string, event: EventFile, seed: number): Promise<PublishedDay> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const h = await startHarness(label, { PUBLIC_URL: base });
  h.startWorker();
  const server = await new Promise<Server>((resolve) => {
    const s = h.app.listen(port, '127.0.0.1', () => resolve(s));
  });
  const tokens = await createWithTokens(h, event);
  const started = await h.organizer.post(`/api/events/${event.event.id}/solve`).send({ timeLimitSeconds: 10, seed }).expect(202);
  const job = await waitForJob(h, started.body.jobId);
  if (job.state !== 'completed') throw new Error(`solve: ${JSON.stringify(job)}`);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    pageErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  mkdirSync('/tmp/shots', { recursive: true });
  return {
    h,
    base,
    tokens,
    page,
    pageErrors,
    failedRequests,
    stop: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await h.stop();
    },
  };
}

/** axe-core on the page as it is: its serious and critical violations. Evaluated, so the page's policy allows it. */
export async function axeProblems(page: Page): Promise<string[]> {
  if ((await page.evaluate('typeof window.axe')) === 'undefined') await page.evaluate(AXE);
  return (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`)) as string[];
}
