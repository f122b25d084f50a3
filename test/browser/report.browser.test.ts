/**
 * The « Bilan » in a real Chromium, against the app on a real Redis: a
 * cluster gives its feedback through its page, and the organiser's Bilan
 * shows it: the meetings held, the rating, the heatmap's cell of the two
 * sectors, the tables by pair; the report downloads as CSV with the token,
 * and « Demander les retours » says what it did. axe-core checks the screen;
 * a screenshot goes to /tmp/shots/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { ORGANIZER, smallEvent, type Harness } from '../http/harness';
import { axeProblems, startPublishedDay, type PublishedDay } from './feedback-harness';

const EVENT = 'report-day';
/** Sectors are the organiser's text, drawn in the chart: this one must stay characters. */
const HOSTILE_SECTOR = '<script>alert(1)</script> Santé';
const SECTORS: Record<string, string | undefined> = {
  axelera: 'Chimie',
  minalogic: 'Numérique',
  techtera: 'Textile',
  lyonbiopole: HOSTILE_SECTOR,
  tenerrdis: 'Énergie',
  viameca: undefined,
};
const ME = 'axelera';

let day: PublishedDay;
let h: Harness;
let base: string;
let tokens: Record<string, string>;
let page: Page;
let partner: { id: string; name: string };

beforeAll(async () => {
  const event = smallEvent(EVENT);
  event.clusters = event.clusters.map((c) => ({ ...c, ...(SECTORS[c.id] ? { sector: SECTORS[c.id] } : {}), region: c.id === 'viameca' ? 'Auvergne' : 'Rhône-Alpes' }));
  day = await startPublishedDay('report-browser', event, 2);
  ({ h, base, tokens, page } = day);
  const agenda = (await request(h.app).get(`/api/events/${EVENT}/agenda?token=${tokens[ME]}`).expect(200)).body;
  // A partner with a sector, so that its cell has two names.
  partner = agenda.meetings.map((m: { partner: { id: string; name: string } }) => m.partner).find((p: { id: string }) => SECTORS[p.id]);
});

afterAll(async () => {
  await day?.stop();
});

const report = async () => (await h.organizer.get(`/api/events/${EVENT}/report`).expect(200)).body;
/** The figures of the Bilan, label → value. */
const figures = async () => {
  const labels = await page.locator('.report-figures dt').allTextContents();
  const values = await page.locator('.report-figures dd').allTextContents();
  return Object.fromEntries(labels.map((l, i) => [l, values[i]]));
};
/** The heatmap's cell of two sectors: its meetings held, and its follow-ups planned. */
const cell = (row: string, column: string) => page.getByRole('img', { name: 'Carte des rendez-vous tenus par paire de secteurs' }).locator(`g.cell[data-row="${row}"][data-column="${column}"]`);

async function openReport(lang = ''): Promise<void> {
  await page.goto(`${base}/${lang}#/evenements/${EVENT}/bilan`);
  await page.locator('.report-figures, [role="alert"]').first().waitFor();
}

describe('the organiser’s Bilan', () => {
  it('shows nothing held before any feedback, and a dash for the rating', async () => {
    await page.goto(`${base}/#/evenements/${EVENT}/bilan`);
    await page.getByLabel('Jeton organisateur').fill(ORGANIZER);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bilan de l\'événement' }).waitFor();
    const eventName = (await h.organizer.get(`/api/events/${EVENT}`).expect(200)).body.event.name as string;
    await page.locator('.crumbs a.event-crumb:not([hidden])').waitFor();
    expect(await page.locator('.crumbs a').allTextContents()).toEqual(['Tous les événements', eventName]);
    const shown = await figures();
    expect(shown['Note moyenne']).toBe('—');
    expect(shown['Rendez-vous prévus']).toBe(String((await report()).planned));
  });

  it('counts the meeting a cluster said was held through its page, with its rating and follow-up', async () => {
    await page.goto(`${base}/e/${EVENT}/c/${ME}?token=${encodeURIComponent(tokens[ME])}`);
    const group = page.getByRole('region', { name: 'Vos retours' }).getByRole('group', { name: partner.name, exact: true });
    await group.getByRole('group', { name: 'Le rendez-vous a eu lieu' }).getByRole('radio', { name: 'Oui' }).check();
    await group.getByRole('group', { name: 'Suite prévue' }).getByRole('radio', { name: 'Oui' }).check();
    await group.getByLabel('Note', { exact: true }).selectOption('5');
    await page.getByRole('button', { name: 'Envoyer mes retours' }).click();
    await page.locator('#feedback-status.ok').waitFor();

    await openReport();
    const api = await report();
    expect(api.held).toBeGreaterThanOrEqual(1);
    expect(await figures()).toEqual({
      'Rendez-vous prévus': String(api.planned),
      'Rendez-vous tenus': String(api.held),
      Absences: String(api.noShows),
      'Suites prévues': api.followUps.maybe ? `${api.followUps.yes} (et ${api.followUps.maybe} «\u00a0peut-être\u00a0»)` : String(api.followUps.yes),
      'Note moyenne': '5,0 / 5',
      'Retours reçus': `${api.answers.received} sur ${api.answers.expected}`,
    });
    // Both sides of the diagonal: the meetings held between the two sectors and the follow-ups planned.
    for (const [a, b] of [
      [SECTORS[ME]!, SECTORS[partner.id]!],
      [SECTORS[partner.id]!, SECTORS[ME]!],
    ]) {
      expect(await cell(a, b).locator('.held').textContent()).toBe('1');
      expect(await cell(a, b).locator('.follow-ups').textContent()).toBe('1');
    }
    // A pair that had no meeting stays blank.
    expect(await cell('Textile', 'Textile').locator('text').count()).toBe(0);
    const sectorRows = await page.getByRole('table', { name: 'Par paire de secteurs' }).locator('tbody tr').allTextContents();
    expect(sectorRows.some((r) => r.includes(SECTORS[ME]!) && r.includes(SECTORS[partner.id]!))).toBe(true);
    expect(sectorRows.some((r) => r.includes('Non renseigné'))).toBe(true);
    expect(await page.getByRole('table', { name: 'Par paire de régions' }).locator('tbody th').allTextContents()).toEqual(
      expect.arrayContaining(['Rhône-Alpes × Rhône-Alpes']),
    );
    await page.screenshot({ path: '/tmp/shots/report.png', fullPage: true });
    expect(await axeProblems(page)).toEqual([]);
  });

  it('draws a hostile sector as text in the chart and the tables', async () => {
    const svg = page.getByRole('img', { name: 'Carte des rendez-vous tenus par paire de secteurs' });
    expect(await svg.locator('script').count()).toBe(0);
    expect(await svg.locator('title').allTextContents()).toContain(HOSTILE_SECTOR);
    expect(await page.locator('table script').count()).toBe(0);
  });

  it('downloads the report as CSV with the token', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le bilan (CSV)' }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain(partner.name);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('asks the clusters that have not answered for their feedback, and says so in words', async () => {
    await page.getByRole('button', { name: 'Demander les retours' }).click();
    const status = page.locator('#ask-status.ok');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^(Aucune demande à envoyer\.|\d+ demandes? de retours envoyées?\.)( \d+ clusters? sans adresse courriel\.)?$/);
  });

  it('speaks English on the English console', async () => {
    await openReport('?lang=en');
    await page.getByRole('heading', { level: 1, name: 'Event report' }).waitFor();
    expect((await figures())['Average rating']).toBe('5.0 / 5');
    await page.getByRole('img', { name: 'Map of the meetings held by pair of sectors' }).waitFor();
  });

  it('ran no script of a name and made no failed request', () => {
    expect(day.pageErrors).toEqual([]);
    expect(day.failedRequests).toEqual([]);
  });
});
