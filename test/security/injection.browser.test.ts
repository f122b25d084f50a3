/**
 * The hostile event of hostile-event.ts in a real Chromium: the organiser
 * console (events list, event page, clusters, the published grid, the
 * settings form) and a cluster's page. No dialog opens, no script runs, no
 * element a name tried to add exists, and each name reads literally.
 *
 * test/browser/console.browser.test.ts and cluster-page.browser.test.ts check
 * a name or two along their flows; this file puts every hostile text of one
 * event in front of every screen at once.
 */
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import type { EventFile, Schedule } from '../../solver';
import { freePort } from '../../src/server/net-probe';
import { ORGANIZER, startHarness, waitForJob, type Harness } from '../http/harness';
import { CLUSTER_IDS, EVENT_NAME, hostileEvent, stored, TABLE_NAMES } from './hostile-event';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ID = 'hostile-browser';

let h: Harness;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
let event: EventFile;
let tokens: Record<string, string>;
let schedule: Schedule;
/** Every dialog a page opened (alert, confirm, prompt): none may. */
const dialogs: string[] = [];
const pageErrors: string[] = [];

const nameOf = (id: string) => stored(event.clusters.find((c) => c.id === id)!.name);

async function open(url: string): Promise<Page> {
  const p = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1200, height: 900 } });
  p.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  p.on('pageerror', (error) => pageErrors.push(error.message));
  await p.goto(url);
  return p;
}

/**
 * Nothing a name carried became markup or ran: no image, no inline or foreign
 * script, no event-handler attribute, no element named as the payloads' tags.
 * Strings, not functions: the tests are compiled without the DOM's types.
 */
async function expectNothingInjected(p: Page): Promise<void> {
  const found = await p.evaluate(`({
    images: document.querySelectorAll('img').length,
    bold: document.querySelectorAll('b').length,
    scripts: Array.from(document.scripts).map((s) => s.src ? new URL(s.src).pathname : s.type),
    handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
  })`);
  expect(found).toEqual({ images: 0, bold: 0, scripts: expect.any(Array), handlers: 0 });
  for (const script of (found as { scripts: string[] }).scripts) expect(script).toMatch(/^(\/assets\/[a-z-]+\.js|application\/json)$/);
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  h = await startHarness('injection-browser', { PUBLIC_URL: base });
  h.startWorker();
  event = hostileEvent(ID);
  const created = await h.organizer.post('/api/events').send(event).expect(201);
  tokens = Object.fromEntries((created.body.clusters as { id: string; token: string }[]).map((c) => [c.id, c.token]));
  await request(h.app).post(`/api/events/${ID}/preferences`).set('Authorization', `Bearer ${tokens['h-img']}`).send({ requests: [{ to: 'csv_-4', priority: 1 }] }).expect(200);
  const { jobId } = (await h.organizer.post(`/api/events/${ID}/solve`).send({ seed: 1 }).expect(202)).body;
  expect((await waitForJob(h, jobId)).state).toBe('completed');
  schedule = (await h.organizer.get(`/api/events/${ID}/schedule`).expect(200)).body;
  server = await new Promise<Server>((resolve) => {
    const s = h.app.listen(port, '127.0.0.1', () => resolve(s));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await h?.stop();
});

describe('the organiser console keeps hostile texts inert', () => {
  beforeAll(async () => {
    page = await open(`${base}/`);
    await page.getByLabel('Jeton organisateur').fill(ORGANIZER);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vos événements' }).waitFor();
  });

  it('lists the event under its name, literally', async () => {
    const item = page.locator('.event-item', { hasText: 'Journée' });
    await item.waitFor();
    expect(await item.locator('h2').textContent()).toBe(stored(EVENT_NAME));
    await expectNothingInjected(page);
  });

  it("shows the event page's heading, clusters and settings literally", async () => {
    await page.locator('.event-item h2 a').click();
    await page.locator('.cluster-row').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe(stored(EVENT_NAME));
    expect((await page.locator('.cluster-name').allTextContents()).sort()).toEqual(CLUSTER_IDS.map(nameOf).sort());
    const values = (await page.evaluate(`Array.from(document.querySelectorAll('input, textarea')).map((e) => e.value)`)) as string[];
    // A one-line field drops line breaks (HTML's value sanitisation); the rest is the name as typed.
    expect(values).toContain(stored(EVENT_NAME).replace(/[\r\n]/g, ''));
    await expectNothingInjected(page);
  });

  it('shows the published grid with table and cluster names literally', async () => {
    await page.locator('table.grid').waitFor();
    const headers = (await page.locator('table.grid thead th').allTextContents()).map((t) => t.trim());
    for (const name of TABLE_NAMES) expect(headers).toContain(name);
    const grid = (await page.locator('table.grid tbody').textContent()) as string;
    for (const id of new Set(schedule.meetings.flatMap((m) => m.clusters))) expect(grid).toContain(nameOf(id));
    await expectNothingInjected(page);
  });

  it('runs no script of a name in any language', async () => {
    await page.goto(`${base}/?lang=en#/evenements/${ID}`);
    await page.locator('table.grid').waitFor();
    expect(await page.locator('h1').textContent()).toBe(stored(EVENT_NAME));
    await expectNothingInjected(page);
  });
});

describe("a cluster's page keeps hostile texts inert", () => {
  it.each(['h.script', 'h-img'])('shows the page of %s with its agenda and suggestions as text', async (id) => {
    const p = await open(`${base}/e/${ID}/c/${id}?token=${tokens[id]}`);
    await p.locator('#suggestions-body[aria-busy="false"]').waitFor();
    await p.locator('#agenda-body li.meeting').first().waitFor();
    expect(await p.locator('h1').textContent()).toBe(nameOf(id));
    const agenda = (await p.locator('#agenda-body').textContent()) as string;
    for (const m of schedule.meetings.filter((x) => x.clusters.includes(id))) expect(agenda).toContain(nameOf(m.clusters.find((c) => c !== id)!));
    const suggestions = await p.locator('li.suggestion h3').allTextContents();
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(CLUSTER_IDS.map(nameOf)).toContain(s);
    await expectNothingInjected(p);
    await p.close();
  });
});
