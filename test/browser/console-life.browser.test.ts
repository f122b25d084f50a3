/**
 * The event's life in the organiser console, in a real Chromium against the
 * app on a real Redis: the clusters part sends the invitations and names the
 * unreachable clusters; on the « Aujourd'hui » screen at 15:00 the round in
 * progress shows who sits where, a cluster is marked absent, the rest of the
 * day is re-planned, its changes read by names, and published: the cluster's
 * agenda then has none of its later meetings. axe-core checks each screen;
 * screenshots go to /tmp/shots/.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import type { EventFile, Schedule } from '../../solver';
import { freePort } from '../../src/server/net-probe';
import { ORGANIZER, startHarness, waitForJob, type Harness } from '../http/harness';
import { axeProblems } from './feedback-harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SHOTS = '/tmp/shots';
const EVENT = 'interclustering-2015-lyon';
/** A cluster without an attendee's address: no message reaches it. */
const UNREACHABLE = 'thesame';

function fixture(): EventFile {
  const file: EventFile = JSON.parse(readFileSync(join(__dirname, '../../fixtures/interclustering-2015.json'), 'utf8'));
  for (const c of file.clusters) if (c.id === UNREACHABLE) c.attendees = [{ name: 'Accueil' }];
  return file;
}
const nameOf = (id: string) => fixture().clusters.find((c) => c.id === id)?.name ?? id;

let h: Harness;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
let published: Schedule;
/** The cluster marked absent: it meets in the round in progress at 15:00 and later. */
let absent: string;
const pageErrors: string[] = [];
const failedRequests: string[] = [];

const api = (path: string) => h.organizer.get(path).expect(200).then((res) => res.body);
const clustersPart = () => page.locator('section[aria-labelledby="clusters-title"]');

async function expectAccessible(p: Page, screen: string): Promise<void> {
  expect([screen, await axeProblems(p)]).toEqual([screen, []]);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  h = await startHarness('console-life', { PUBLIC_URL: base, DATA_DIR: mkdtempSync(join(tmpdir(), 'maillage-life-')) });
  h.startWorker();
  server = await new Promise<Server>((resolve) => {
    const s = h.app.listen(port, '127.0.0.1', () => resolve(s));
  });
  // An event with a published schedule, as the day before.
  await h.organizer.post('/api/events').send(fixture()).expect(201);
  const started = await h.organizer.post(`/api/events/${EVENT}/solve`).send({ publish: false }).expect(202);
  expect((await waitForJob(h, started.body.jobId)).state).toBe('completed');
  await h.organizer.post(`/api/events/${EVENT}/publish`).expect(200);
  published = await api(`/api/events/${EVENT}/schedule?version=published`);
  const roundsOf = (id: string) => published.meetings.filter((m) => m.clusters.includes(id)).map((m) => m.round);
  absent = fixture().clusters.map((c) => c.id).find((id) => roundsOf(id).includes(3) && roundsOf(id).some((r) => r > 3))!;
  expect(absent).toBeDefined();

  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR' });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(`${base}/#/evenements/${EVENT}`);
  await page.getByLabel('Jeton organisateur').fill(ORGANIZER);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Journée Interclustering Auvergne – Rhône-Alpes' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await h?.stop();
});

describe('the event’s life in the console', () => {
  it('sends the invitations, says how many are queued, and names the clusters no address reaches', async () => {
    const part = clustersPart();
    await part.getByRole('button', { name: 'Envoyer les invitations', exact: true }).click();
    const status = page.locator('#mail-status.ok');
    await status.waitFor();
    expect(await status.textContent()).toBe(`39 messages en file d’envoi. Injoignables (aucune adresse e-mail)\u00a0: ${nameOf(UNREACHABLE)}.`);
    expect(await part.getByRole('button', { name: 'Relancer les retardataires', exact: true }).count()).toBe(1);
    expect(await part.getByRole('button', { name: 'Demander les retours', exact: true }).count()).toBe(1);
    expect(await part.locator('.unreachable-list li').allTextContents()).toEqual([nameOf(UNREACHABLE)]);
    expect(await part.locator('.outbox-note').textContent()).toBe(
      'Aucun serveur d’envoi n’est configuré\u00a0: les messages sont déposés dans le dossier outbox du serveur.',
    );
    // The date is the sending's, once the mail worker has sent it: read again then.
    const sentAt = async () => ((await api(`/api/events/${EVENT}/clusters`)).clusters as { id: string; mail: { invitation?: string } }[]).find((c) => c.id === 'axelera')?.mail.invitation;
    while (!(await sentAt())) await new Promise((resolve) => setTimeout(resolve, 100));
    await page.reload();
    const row = part.locator('.cluster-row', { has: page.locator('.cluster-name', { hasText: /^Axelera$/ }) });
    await row.locator('.cluster-mail dd').first().filter({ hasText: /\d{4} à \d{2}:\d{2}/ }).waitFor();
    expect(await row.locator('.cluster-mail dt').allTextContents()).toEqual(['Invité le', 'Relancé le']);
    expect(await row.locator('.cluster-mail dd').nth(1).textContent()).toBe('—');
    await part.getByRole('button', { name: 'Relancer les retardataires', exact: true }).click();
    await page.locator('#mail-status.ok', { hasText: '39 messages en file d’envoi.' }).waitFor();
    await expectAccessible(page, 'event page with the messages');
    await part.screenshot({ path: join(SHOTS, 'console-clusters-part.png') });
  });

  it('shows the round in progress at 15:00 with who sits at which table, by name', async () => {
    await page.getByRole('link', { name: "Aujourd'hui", exact: true }).click();
    await page.getByRole('heading', { level: 1, name: "Aujourd'hui" }).waitFor();
    expect(await page.locator('.crumbs a').allTextContents()).toEqual(['Tous les événements', 'Journée Interclustering Auvergne – Rhône-Alpes']);
    await page.getByLabel('Heure').fill('2015-09-10T15:00');
    await page.getByLabel('Heure').dispatchEvent('change');
    await page.getByRole('heading', { level: 2, name: 'Créneau 3 · 14:50–15:10' }).waitFor();
    const round3 = published.meetings.filter((m) => m.round === 3);
    const rows = await page.locator('.round-tables tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0].textContent, tr.children[1].textContent]));
    expect(rows).toHaveLength(round3.length);
    expect(rows.map(([table]) => table).sort()).toEqual(round3.map((m) => m.table).sort());
    for (const m of round3) expect(rows).toContainEqual([m.table, `${nameOf(m.clusters[0])} × ${nameOf(m.clusters[1])}`]);
    expect(await page.locator('.round-tables thead th').allTextContents()).toEqual(['Table', 'Participants']);
    await page.getByLabel('Heure').fill('2015-09-10T15:12');
    await page.getByLabel('Heure').dispatchEvent('change');
    await page.getByRole('heading', { level: 2, name: 'Aucun créneau en cours' }).waitFor();
    await page.getByLabel('Heure').fill('2015-09-10T15:00');
    await page.getByLabel('Heure').dispatchEvent('change');
    await page.getByRole('heading', { level: 2, name: 'Créneau 3 · 14:50–15:10' }).waitFor();
  });

  it('marks a late cluster absent until its arrival, on the event’s clock, then cancels the absence', async () => {
    const late = fixture().clusters.find((c) => c.id !== absent)!;
    const row = page.locator('.presence-row', { has: page.getByRole('rowheader', { name: late.name, exact: true }) });
    await row.getByLabel('Arrivée prévue à').fill('15:30');
    await row.getByRole('button', { name: 'Marquer absent', exact: true }).click();
    await row.getByRole('button', { name: 'Annuler l’absence', exact: true }).waitFor();
    expect(await row.locator('.presence-state').textContent()).toBe('Absent jusqu’à 15:30');
    expect(await page.locator('#presence-status').textContent()).toBe(`${late.name} est marqué absent.`);
    const stored = (await api(`/api/events/${EVENT}/absences`)).absences as { cluster: string; until?: string }[];
    expect(stored).toHaveLength(1);
    expect(Date.parse(stored[0].until!)).toBe(Date.parse('2015-09-10T15:30:00+02:00'));
    await row.getByRole('button', { name: 'Annuler l’absence', exact: true }).click();
    await row.getByRole('button', { name: 'Marquer absent', exact: true }).waitFor();
    expect(await row.locator('.presence-state').textContent()).toBe('Présent');
    expect((await api(`/api/events/${EVENT}/absences`)).absences).toEqual([]);
    // The focus stays on the row's button.
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Marquer absent');
  });

  it('marks a cluster absent, then re-plans the rest of the day and reads the changes by names and times', async () => {
    const row = page.locator('.presence-row', { has: page.getByRole('rowheader', { name: nameOf(absent), exact: true }) });
    expect(await row.locator('.presence-state').textContent()).toBe('Présent');
    await row.getByRole('button', { name: 'Marquer absent', exact: true }).click();
    await row.getByRole('button', { name: 'Annuler l’absence', exact: true }).waitFor();
    expect(await row.locator('.presence-state').textContent()).toBe('Absent');
    expect((await api(`/api/events/${EVENT}/absences`)).absences).toEqual([expect.objectContaining({ cluster: absent })]);
    await expectAccessible(page, 'today with an absence');
    await page.locator('section[aria-labelledby="presence-title"]').screenshot({ path: join(SHOTS, 'console-today-presence.png') });

    await page.getByRole('button', { name: 'Replanifier la suite', exact: true }).click();
    await page.locator('#replan-status.ok').waitFor({ timeout: 30_000 });
    expect(await page.locator('#replan-status').textContent()).toBe('La suite est replanifiée\u00a0: brouillon prêt.');
    const later = published.meetings.filter((m) => m.clusters.includes(absent) && m.round > 3);
    const changes = await api(`/api/events/${EVENT}/schedule/changes`);
    expect(changes.counts.cancelled).toBeGreaterThanOrEqual(later.length);
    const counts = await page.locator('.replan-result .changes-counts').textContent();
    expect(counts).toMatch(new RegExp(`${changes.counts.cancelled} annulées?`));
    const cancelled = await page.locator('.replan-result ul[aria-labelledby="today-cancelled-title"] li').allTextContents();
    for (const m of later) {
      const round = published.rounds[m.round - 1];
      const time = `${round.start.slice(11, 16)}–${round.end.slice(11, 16)}`;
      expect(cancelled).toContain(`${nameOf(m.clusters[0])} × ${nameOf(m.clusters[1])}, ${time}, table ${m.table}`);
    }
    expect(cancelled.join(' ')).not.toMatch(new RegExp(absent));
    await expectAccessible(page, 'today with the changes');
    await page.screenshot({ path: join(SHOTS, 'console-today.png'), fullPage: true });
  });

  it('publishes the re-planned day: the absent cluster’s agenda no longer has its later meetings', async () => {
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.locator('#today-publish-status.ok').waitFor();
    expect(await page.locator('#today-publish-status').textContent()).toBe(
      'Publié\u00a0: les agendas et calendriers sont à jour, les participants concernés sont prévenus par e-mail.',
    );
    const links = (await api(`/api/events/${EVENT}/clusters`)).clusters as { id: string; link: string }[];
    const token = new URL(links.find((c) => c.id === absent)!.link).searchParams.get('token')!;
    const agenda = await request(h.app).get(`/api/events/${EVENT}/agenda`).set('Authorization', `Bearer ${token}`).expect(200);
    const rounds = (agenda.body.meetings as { round: number }[]).map((m) => m.round);
    expect(rounds.every((r) => r <= 3)).toBe(true);
    expect(rounds).toContain(3);
    await expectAccessible(page, 'today after publishing');
  });

  it('shows « Aujourd’hui » in English through the switch, and links the event page to « Bilan »', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/evenements/${EVENT}/aujourdhui`);
    await page.getByLabel('Time', { exact: true }).fill('2015-09-10T15:00');
    await page.getByRole('heading', { level: 2, name: 'Round 3 · 14:50–15:10' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Attendance' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Re-plan the rest', exact: true }).count()).toBe(1);
    await page.getByRole('link', { name: 'Journée Interclustering Auvergne – Rhône-Alpes' }).click();
    await page.getByRole('link', { name: 'Report', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Report', exact: true }).getAttribute('href')).toBe(`#/evenements/${EVENT}/bilan`);
    await page.getByRole('link', { name: 'Français' }).click();
    await page.getByRole('link', { name: 'Bilan', exact: true }).waitFor();
  });

  it('ran without a script error or a failed request', () => {
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });
});
