/**
 * The cluster's page in a real Chromium, against the app on a real Redis.
 * One browser for the file; the steps build on each other, as a cluster
 * manager's visits do.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import type { EventFile } from '../../solver';
import { freePort } from '../../src/server/net-probe';
import { startHarness, waitForJob, type Harness } from '../http/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const fixture = (): EventFile => JSON.parse(readFileSync(join(__dirname, '../../fixtures/interclustering-2015.json'), 'utf8'));
const EVENT = 'interclustering-2015-lyon';
/** Lyonbiopôle asks for nobody in the fixture: its form starts empty. */
const ME = 'lyonbiopole';

let h: Harness;
let server: Server;
let base: string;
let links: Record<string, { url: string; token: string }>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** For axe-core only: its script goes in inline, which the page's policy rightly refuses. */
let audited: BrowserContext;
const pageErrors: string[] = [];
const dialogs: string[] = [];
/** Every answer of 400 or more that a page received: `status METHOD path`. */
const failedRequests: string[] = [];
/** Chromium's console line for each failed load, the page's requests and its own (an icon, say) alike. */
let failedLoads = 0;

function watch(p: Page): Page {
  p.on('pageerror', (error) => pageErrors.push(error.message));
  p.on('console', (message) => {
    // A 422 on a bad submission is an expected answer, not an error (the requests are checked below).
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Failed to load resource')) failedLoads++;
    else pageErrors.push(message.text());
  });
  p.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  p.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return p;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  h = await startHarness('web-browser', { PUBLIC_URL: base });
  h.startWorker();
  server = await new Promise<Server>((resolve) => {
    const s = h.app.listen(port, '127.0.0.1', () => resolve(s));
  });
  const created = await h.organizer.post('/api/events').send(fixture()).expect(201);
  links = Object.fromEntries(created.body.clusters.map((c: { id: string; url: string; token: string }) => [c.id, c]));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR' });
  page = watch(await context.newPage());
  audited = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR', bypassCSP: true });
});

afterAll(async () => {
  await audited?.close();
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await h?.stop();
});

const storedPreferences = async () =>
  (await request(h.app).get(`/api/events/${EVENT}/preferences`).set('Authorization', `Bearer ${links[ME].token}`).expect(200)).body;

async function openMine(url = links[ME].url): Promise<void> {
  await page.goto(url);
  await loaded(page);
}

/** Waits until the parts read from the API are shown (the form is filled with the stored wishes). */
async function loaded(p: Page): Promise<void> {
  for (const id of ['stored-body', 'suggestions-body', 'agenda-body']) await p.locator(`#${id}[aria-busy="false"]`).waitFor();
}

const texts = (selector: string) => page.locator(selector).allTextContents();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical violations axe-core finds on the page as it is now: `rule: selector, …`. */
async function axeProblems(p: Page): Promise<string[]> {
  if ((await p.evaluate('typeof window.axe')) !== 'object') await p.addScriptTag({ content: axe.source });
  const result = (await p.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: AxeViolation[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens `url` in the audit context (the same page, its policy bypassed for axe-core), lets `act` bring it to a state, and audits it. */
async function audit(url: string, act: (p: Page) => Promise<void> = async () => {}, on: BrowserContext = audited): Promise<string[]> {
  const p = watch(await on.newPage());
  try {
    const answer = await p.goto(url);
    // The error page has no part to load.
    if (answer?.ok()) await loaded(p);
    await act(p);
    return await axeProblems(p);
  } finally {
    await p.close();
  }
}

/** What the page keeps visible of the suggested partners. */
const visibleSuggestions = (p: Page) => p.locator('li.suggestion:visible h3').allTextContents();

describe('a cluster manager on their private page', () => {
  it('sees the event, their cluster and suggested partners with reasons, ranked', async () => {
    expect(links[ME].url).toBe(`${base}/e/${EVENT}/c/${ME}?token=${links[ME].token}`);
    await openMine();
    expect(await page.locator('h1').textContent()).toBe('Lyonbiopôle');
    expect(await page.locator('.event-name').textContent()).toBe('Journée Interclustering Auvergne – Rhône-Alpes');
    expect(await texts('.facts dd')).toEqual(
      expect.arrayContaining(['Jeudi 10 septembre 2015, 14:00–17:00', 'Hôtel de Région Rhône-Alpes, Lyon']),
    );
    const api = (await request(h.app).get(`/api/events/${EVENT}/suggestions?token=${links[ME].token}`).expect(200)).body.suggestions;
    expect(await texts('li.suggestion h3')).toEqual(api.map((s: { name: string }) => s.name));
    const reasons = await texts('li.suggestion .reasons li');
    expect(reasons.length).toBeGreaterThan(0);
    // In French, with names rather than ids.
    expect(reasons.some((r) => /propose .+, compétence recherchée par Lyonbiopôle|Lyonbiopôle propose /.test(r))).toBe(true);
    expect(reasons.join(' ')).not.toMatch(/ offers | seeks it|lyonbiopole/);
    await page.screenshot({ path: '/tmp/web-desktop.png', fullPage: true });
  });

  it('has no serious accessibility problem before a schedule, nor with a search that matches nobody', async () => {
    expect(await audit(links[ME].url)).toEqual([]);
    expect(
      await audit(links[ME].url, async (p) => {
        await p.getByRole('searchbox', { name: 'Rechercher un partenaire' }).fill('zzz');
        await p.locator('#suggestions-empty').waitFor();
      }),
    ).toEqual([]);
  });

  it('submits two ranked wishes and a decline, which the API stores and the page shows after a reload', async () => {
    const [first, second] = (await request(h.app).get(`/api/events/${EVENT}/suggestions?token=${links[ME].token}`)).body.suggestions;
    // The first wish comes from a suggestion's button, the second from the list.
    await page.locator(`button[data-suggest="${first.clusterId}"]`).click();
    expect(await page.locator(`button[data-suggest="${first.clusterId}"]`).textContent()).toBe('Dans mes souhaits');
    await page.getByRole('button', { name: 'Ajouter un partenaire' }).click();
    await page.getByLabel('Partenaire 2', { exact: true }).selectOption(second.clusterId);
    await page.locator('#wish-1-priority').selectOption('1');
    await page.locator('#wish-2-priority').selectOption('4');
    await page.locator('#declines-details summary').click();
    await page.locator('input[name="declines"][value="avia"]').check();
    expect(await page.locator('#declines-count').textContent()).toBe('1 cluster');
    await page.screenshot({ path: '/tmp/web-form.png', fullPage: true });
    await page.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
    await page.locator('#save-status.ok').waitFor();
    expect(await page.locator('#save-status').textContent()).toBe('Vos souhaits sont enregistrés.');

    const stored = await storedPreferences();
    expect(stored).toMatchObject({
      submitted: true,
      requests: [
        { to: first.clusterId, priority: 1 },
        { to: second.clusterId, priority: 4 },
      ],
      declines: ['avia'],
      availability: [{ date: '2015-09-10', start: '14:00', end: '17:00' }],
    });

    await openMine();
    expect(await page.locator('#wish-1-to').inputValue()).toBe(first.clusterId);
    expect(await page.locator('#wish-2-to').inputValue()).toBe(second.clusterId);
    expect(await page.locator('#wish-2-priority').inputValue()).toBe('4');
    expect(await page.locator('input[name="declines"][value="avia"]').isChecked()).toBe(true);
    const shown = await texts('#stored-body dd li');
    expect(shown).toEqual(expect.arrayContaining([`${first.name} — priorité 1`, `${second.name} — priorité 4`, 'Avia']));
    expect(await page.locator('#stored-body p').first().textContent()).toMatch(/^Enregistré le /);
  });

  it('searches the suggested partners and filters them by region and sector, live, keeping the wishes chosen', async () => {
    await openMine();
    const all = await visibleSuggestions(page);
    const total = all.length;
    const count = page.locator('#suggestion-count');
    expect(await count.getAttribute('role')).toBe('status');
    expect(await count.textContent()).toBe(`${total} partenaires`);
    const search = page.getByRole('searchbox', { name: 'Rechercher un partenaire' });
    const region = page.getByRole('combobox', { name: 'Région' });
    const sector = page.getByRole('combobox', { name: 'Secteur' });
    expect(await page.getByRole('search', { name: 'Filtrer les partenaires suggérés' }).count()).toBe(1);
    // The choices come from the partners, each once, after "all".
    const regions = await region.locator('option').allTextContents();
    expect(regions[0]).toBe('Toutes les régions');
    expect(regions.slice(1)).toEqual(['Auvergne', 'Rhône-Alpes']);
    expect((await sector.locator('option').allTextContents())[0]).toBe('Tous les secteurs');

    const wished = [await page.locator('#wish-1-to').inputValue(), await page.locator('#wish-2-to').inputValue()];
    const [firstWished] = (await request(h.app).get(`/api/events/${EVENT}/suggestions?token=${links[ME].token}`)).body.suggestions;

    await region.selectOption('Auvergne');
    const inAuvergne = await page.locator('li.suggestion:visible .suggestion-head p').allTextContents();
    expect(inAuvergne.length).toBeGreaterThan(0);
    expect(inAuvergne.length).toBeLessThan(total);
    expect(inAuvergne.every((about) => about.endsWith('· Auvergne'))).toBe(true);
    await page.screenshot({ path: '/tmp/web-filtered.png', fullPage: true });
    expect(await count.textContent()).toBe(`${inAuvergne.length} ${inAuvergne.length === 1 ? 'partenaire' : 'partenaires'} sur ${total}`);
    // The ranks stay those of the whole list.
    const ranks = (await page.locator('li.suggestion:visible .rank').allTextContents()).map((r) => r.replace(/\D/g, ''));
    expect(ranks).toEqual((await visibleSuggestions(page)).map((name) => String(all.indexOf(name) + 1)));

    await region.selectOption('');
    const firstSector = (await sector.locator('option').allTextContents())[1];
    await sector.selectOption({ label: firstSector });
    expect((await page.locator('li.suggestion:visible .suggestion-head p').allTextContents()).every((about) => about.startsWith(`${firstSector} ·`))).toBe(true);
    await sector.selectOption('');

    // Name, accent- and case-insensitive; then a competence; then nobody.
    await search.fill(firstWished.name.toUpperCase().normalize('NFD').replace(/\p{M}/gu, ''));
    expect(await visibleSuggestions(page)).toEqual([firstWished.name]);
    expect(await count.textContent()).toBe(`1 partenaire sur ${total}`);
    await search.fill('intelligence artificielle');
    expect((await visibleSuggestions(page)).length).toBeGreaterThan(0);
    expect(await page.locator('#suggestions-empty').isHidden()).toBe(true);
    await search.fill('aucun partenaire ne porte ce nom');
    expect(await visibleSuggestions(page)).toEqual([]);
    expect(await page.locator('#suggestions-empty').textContent()).toBe('Aucun partenaire ne correspond à votre recherche.');
    await page.locator('#suggestions').screenshot({ path: '/tmp/web-no-match.png' });
    expect(await count.textContent()).toBe(`0 partenaire sur ${total}`);

    // Hiding the partners leaves the wishes as they were, and saving sends them all.
    expect([await page.locator('#wish-1-to').inputValue(), await page.locator('#wish-2-to').inputValue()]).toEqual(wished);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    expect(await visibleSuggestions(page)).toEqual(all);
    expect(await page.evaluate('document.activeElement.id')).toBe('suggestion-search');
    expect(await page.locator(`button[data-suggest="${firstWished.clusterId}"]`).textContent()).toBe('Dans mes souhaits');
    await page.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
    await page.locator('#save-status.ok').waitFor();
    expect((await storedPreferences()).requests.map((r: { to: string }) => r.to)).toEqual(wished);
  });

  it('has no serious accessibility problem after submitting wishes, nor with errors on the form', async () => {
    expect(
      await audit(links[ME].url, async (p) => {
        await p.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
        await p.locator('#save-status.ok').waitFor();
      }),
    ).toEqual([]);
    expect(
      await audit(links[ME].url, async (p) => {
        await p.locator('#wish-2-to').selectOption(await p.locator('#wish-1-to').inputValue());
        await p.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
        await p.locator('#wish-2-to-error').waitFor();
      }),
    ).toEqual([]);
  });

  it('narrows its availability and the API keeps the window', async () => {
    await page.locator('#slot-0-1-start').fill('15:00');
    await page.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
    await page.locator('#save-status.ok').waitFor();
    expect((await storedPreferences()).availability).toEqual([{ date: '2015-09-10', start: '15:00', end: '17:00' }]);
  });

  it('shows an error for a duplicate partner from its code, next to the field, and stores nothing', async () => {
    await openMine();
    const before = await storedPreferences();
    const firstChoice = await page.locator('#wish-1-to').inputValue();
    await page.locator('#wish-2-to').selectOption(firstChoice);
    await page.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
    const error = page.locator('#wish-2-to-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Ce choix figure déjà plus haut.');
    expect(await page.locator('#wish-2-to').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#wish-2-to').getAttribute('aria-describedby')).toBe('wish-2-to-error');
    expect(await page.locator('#wish-1-to-error').isHidden()).toBe(true);
    expect(await page.locator('#form-errors').isVisible()).toBe(true);
    expect(await page.evaluate('document.activeElement.id')).toBe('form-errors');
    // French typography: a non-breaking space before the colon.
    expect(await texts('#form-errors li')).toEqual(['Partenaire 2\u00a0: Ce choix figure déjà plus haut.']);
    await page.screenshot({ path: '/tmp/web-errors.png', fullPage: true });
    expect(await storedPreferences()).toEqual(before);
  });

  it('saves declines alone, leaving aside a partner row with no cluster chosen', async () => {
    // Cluster Montagne asks for nobody in the fixture: its form shows one empty partner row.
    await openMine(links['cluster-montagne'].url);
    expect(await page.locator('#wish-1-to').inputValue()).toBe('');
    await page.locator('#declines-details summary').click();
    await page.locator('input[name="declines"][value="axelera"]').check();
    await page.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
    await page.locator('#save-status.ok').waitFor();
    const stored = (await request(h.app).get(`/api/events/${EVENT}/preferences?token=${links['cluster-montagne'].token}`)).body;
    expect(stored).toMatchObject({ submitted: true, requests: [], declines: ['axelera'] });
  });

  it('works with the keyboard alone, with a visible focus', async () => {
    await openMine();
    const focused = () => page.evaluate('document.activeElement && document.activeElement.id') as Promise<string>;
    const outline = () => page.evaluate('(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + " " + s.outlineWidth; })()');
    // From the top of the page, Tab reaches the search field.
    let presses = 0;
    while ((await focused()) !== 'suggestion-search' && presses++ < 20) await page.keyboard.press('Tab');
    expect(await focused()).toBe('suggestion-search');
    expect(await outline()).toBe('solid 3px');
    await page.keyboard.type('auvergne');
    await page.locator('#suggestions').screenshot({ path: '/tmp/web-focus.png' });
    await page.keyboard.press('Enter');
    const afterSearch = await visibleSuggestions(page);
    expect(afterSearch.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('#suggestion-search').inputValue()).toBe('');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('suggestion-region');
    expect(await outline()).toBe('solid 3px');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#suggestion-region').inputValue()).toBe('Auvergne');
    expect(await page.locator('#suggestion-count').textContent()).toMatch(/^\d+ partenaires? sur \d+$/);
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#suggestion-region').inputValue()).toBe('');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('suggestion-sector');

    // A suggestion goes into the wishes with Enter or Space on its button; its partner takes the empty row.
    await openMine(links['cluster-montagne'].url);
    const buttons = page.locator('li.suggestion button[data-suggest]');
    await buttons.nth(0).focus();
    await page.keyboard.press('Enter');
    await buttons.nth(1).focus();
    await page.keyboard.press('Space');
    const chosen = [await buttons.nth(0).getAttribute('data-suggest'), await buttons.nth(1).getAttribute('data-suggest')];
    expect([await page.locator('#wish-1-to').inputValue(), await page.locator('#wish-2-to').inputValue()]).toEqual(chosen);
    expect(await buttons.nth(1).textContent()).toBe('Dans mes souhaits');
    // The wishes form: Tab from the last partner row to its priority, change it with the arrows, then save with Enter.
    await page.locator('#wish-2-priority').focus();
    await page.keyboard.press('ArrowDown');
    const submit = page.getByRole('button', { name: 'Enregistrer mes souhaits' });
    await submit.focus();
    expect(await outline()).toBe('solid 3px');
    await page.keyboard.press('Enter');
    await page.locator('#save-status.ok').waitFor();
    const stored = (await request(h.app).get(`/api/events/${EVENT}/preferences?token=${links['cluster-montagne'].token}`)).body;
    expect(stored.requests.map((r: { to: string }) => r.to)).toEqual(chosen);
  });

  it('switches to English and keeps the token', async () => {
    await openMine();
    await page.getByRole('link', { name: 'English' }).click();
    await loaded(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('token')).toBe(links[ME].token);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#suggestions-title').textContent()).toBe('Suggested partners');
    expect(await page.getByRole('button', { name: 'Save my wishes' }).count()).toBe(1);
    expect((await texts('li.suggestion .reasons li')).join(' ')).toMatch(/offers “.+”, which .+ seeks|asked to meet/);
    await page.screenshot({ path: '/tmp/web-en.png', fullPage: true });
    expect(await page.getByRole('searchbox', { name: 'Search for a partner' }).count()).toBe(1);
    expect((await page.getByRole('combobox', { name: 'Region' }).locator('option').allTextContents())[0]).toBe('All regions');
    expect(await audit(page.url())).toEqual([]);
    await page.getByRole('link', { name: 'Français' }).click();
    await loaded(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('shows a French error page for a wrong token, and for the token of another cluster', async () => {
    const wrong = await page.goto(`${base}/e/${EVENT}/c/${ME}?token=not-the-right-one`);
    expect(wrong?.status()).toBe(401);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('Accès impossible');
    expect(await page.locator('main').textContent()).toContain('Ce lien n’est pas (ou plus) valide.');
    await page.screenshot({ path: '/tmp/web-error-page.png', fullPage: true });
    const other = await page.goto(`${base}/e/${EVENT}/c/${ME}?token=${links.axelera.token}`);
    expect(other?.status()).toBe(403);
    expect(await page.locator('main').textContent()).toContain('Ce lien ne donne pas accès à cette page.');
    expect(await audit(`${base}/e/${EVENT}/c/${ME}?token=not-the-right-one`)).toEqual([]);
    expect(await audit(`${base}/e/${EVENT}/c/${ME}?lang=en`)).toEqual([]);
  });

  it('lists its meetings and the calendar links once the organiser has solved', async () => {
    await openMine();
    expect(await page.locator('#agenda-body').textContent()).toContain('pas encore publié');
    expect(await page.locator('#agenda-links').isHidden()).toBe(true);

    const started = await h.organizer.post(`/api/events/${EVENT}/solve`).send({ timeLimitSeconds: 10, seed: 3 }).expect(202);
    expect((await waitForJob(h, started.body.jobId)).state).toBe('completed');
    const agenda = (await request(h.app).get(`/api/events/${EVENT}/agenda?token=${links[ME].token}`).expect(200)).body;
    expect(agenda.meetings.length).toBeGreaterThan(0);

    await openMine();
    expect(await texts('#agenda-body li.meeting h3')).toEqual(agenda.meetings.map((m: { partner: { name: string } }) => m.partner.name));
    const first = agenda.meetings[0];
    const when = await page.locator('#agenda-body li.meeting .when').first().textContent();
    expect(when).toContain(`${first.start.slice(11, 16)}–${first.end.slice(11, 16)}`);
    expect(when).toContain(`Tour ${first.round}`);
    expect(when).toContain(`table ${first.table}`);
    const token = encodeURIComponent(links[ME].token);
    const ics = `/api/events/${EVENT}/clusters/${ME}/agenda.ics?token=${token}`;
    expect(await page.locator('#webcal-link').getAttribute('href')).toBe(`webcal://127.0.0.1:${new URL(base).port}${ics}`);
    expect(await page.locator('#webcal-link').textContent()).toBe('S’abonner dans mon agenda');
    expect(await page.locator('#ics-link').getAttribute('href')).toBe(ics);
    expect(await page.locator('#print-link').getAttribute('href')).toBe(`/api/events/${EVENT}/clusters/${ME}/print?token=${token}`);
    await page.screenshot({ path: '/tmp/web-agenda.png', fullPage: true });
    expect(await audit(links[ME].url)).toEqual([]);
    expect(await audit(`${links[ME].url}&lang=en`)).toEqual([]);

    // Why each meeting, in French and with names: no English reason, no cluster id.
    const reasons = await texts('#agenda-body li.meeting .reasons li');
    expect(reasons.length).toBeGreaterThanOrEqual(agenda.meetings.length);
    const shown = [...(await texts('#agenda-body')), ...(await texts('#suggestions-body'))].join('\n');
    expect(shown).not.toMatch(/\b(offers|seeks|sought|asked|mutual|choice|required|reached|round)\b/i);
    for (const id of fixture().clusters.map((c) => c.id)) expect(shown).not.toMatch(new RegExp(`(^|[\\s(])${id}\\b`));
    expect(await texts('#agenda-body li.unmet-item')).toHaveLength(agenda.unmet.length);
    // The links lead to the calendar and to the printable agenda.
    expect((await request(h.app).get(ics).expect(200)).headers['content-type']).toMatch(/^text\/calendar/);
    const printed = await page.goto(`${base}/api/events/${EVENT}/clusters/${ME}/print?token=${token}`);
    expect(printed?.status()).toBe(200);
    expect(await page.locator('body').textContent()).toContain(agenda.meetings[0].partner.name);
  });

  it('fits a 390-pixel-wide phone', async () => {
    // The policy is bypassed for axe-core only; the other tests keep it.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, bypassCSP: true });
    const small = watch(await phone.newPage());
    await small.goto(links[ME].url);
    await loaded(small);
    expect(await small.locator('#agenda-body li.meeting').count()).toBeGreaterThan(0);
    await small.screenshot({ path: '/tmp/web-mobile-390.png', fullPage: true });
    // Strings, not functions: the tests are compiled without the DOM's types.
    const overflowing = () =>
      small.evaluate(`Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > 390)
      .map((e) => e.tagName.toLowerCase() + '#' + e.id + '.' + e.className)`);
    expect(await overflowing()).toEqual([]);
    expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await axeProblems(small)).toEqual([]);
    // With the search narrowed to nobody, and with the form's errors shown.
    await small.getByRole('searchbox', { name: 'Rechercher un partenaire' }).fill('aucun partenaire ne porte ce nom');
    await small.locator('#suggestions-empty').waitFor();
    await small.locator('#wish-2-to').selectOption(await small.locator('#wish-1-to').inputValue());
    await small.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
    await small.locator('#wish-2-to-error').waitFor();
    await small.screenshot({ path: '/tmp/web-mobile-390-errors.png', fullPage: true });
    expect(await overflowing()).toEqual([]);
    expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await axeProblems(small)).toEqual([]);
    await phone.close();
  });

  it('keeps a hostile cluster name as text, in the form and in the reasons', async () => {
    const event = fixture();
    event.event.id = 'markup-day';
    event.clusters[0].name = '<script>window.hacked=1</script>Mont-Blanc';
    const created = await h.organizer.post('/api/events').send(event).expect(201);
    const access = created.body.clusters as { id: string; url: string; token: string }[];
    // A cluster to whom Mont-Blanc Industries is suggested (Thésame must never meet it).
    let viewer: { id: string; url: string } | undefined;
    for (const c of access.filter((a) => a.id !== 'mont-blanc-industries')) {
      const suggested = (await request(h.app).get(`/api/events/markup-day/suggestions?token=${c.token}`).expect(200)).body.suggestions;
      if (suggested.some((x: { clusterId: string }) => x.clusterId === 'mont-blanc-industries')) {
        viewer = c;
        break;
      }
    }
    expect(viewer).toBeDefined();
    await page.goto(viewer!.url);
    await loaded(page);
    expect(await page.locator('li.suggestion h3', { hasText: 'Mont-Blanc' }).textContent()).toBe('<script>window.hacked=1</script>Mont-Blanc');
    const reasons = await page.locator('li.suggestion', { hasText: 'Mont-Blanc' }).locator('.reasons li').allTextContents();
    expect(reasons.join(' ')).toContain('<script>window.hacked=1</script>Mont-Blanc');
    expect(await page.locator('li.suggestion script').count()).toBe(0);
    expect(await page.locator('#declines-fieldset label', { hasText: 'Mont-Blanc' }).textContent()).toMatch(/^<script>window\.hacked=1<\/script>Mont-Blanc\b/);
    expect(await page.evaluate('document.querySelector("#wish-template").content.querySelector("option[value=mont-blanc-industries]").textContent')).toBe(
      '<script>window.hacked=1</script>Mont-Blanc',
    );
    expect(await page.evaluate('typeof window.hacked')).toBe('undefined');
  });

  it('shows a cluster named with markup as text in the suggestions, the choices and the agenda, and runs none of it', async () => {
    const event = fixture();
    event.event.id = 'markup-img-day';
    const NAME = '<img src=x onerror=alert(1)>';
    const SECTOR = '<img src=y onerror=alert(2)> santé';
    const hostile = event.clusters.find((c) => c.id === 'mont-blanc-industries')!;
    hostile.name = NAME;
    hostile.sector = SECTOR;
    const created = await h.organizer.post('/api/events').send(event).expect(201);
    const access = created.body.clusters as { id: string; url: string; token: string }[];
    const started = await h.organizer.post('/api/events/markup-img-day/solve').send({ timeLimitSeconds: 10, seed: 1 }).expect(202);
    expect((await waitForJob(h, started.body.jobId)).state).toBe('completed');
    // A cluster to whom the hostile one is suggested and who meets it.
    let viewer: { id: string; url: string } | undefined;
    for (const c of access.filter((a) => a.id !== hostile.id)) {
      const auth = `Bearer ${c.token}`;
      const suggested = (await request(h.app).get('/api/events/markup-img-day/suggestions').set('Authorization', auth).expect(200)).body.suggestions;
      const agenda = (await request(h.app).get('/api/events/markup-img-day/agenda').set('Authorization', auth).expect(200)).body.meetings;
      if (suggested.some((x: { clusterId: string }) => x.clusterId === hostile.id) && agenda.some((m: { partner: { id: string } }) => m.partner.id === hostile.id)) {
        viewer = c;
        break;
      }
    }
    expect(viewer).toBeDefined();
    dialogs.length = 0;
    await page.goto(viewer!.url);
    await loaded(page);
    expect(await page.locator('li.suggestion h3', { hasText: 'onerror' }).textContent()).toBe(NAME);
    expect(await page.locator('li.suggestion', { hasText: 'onerror=alert(1)' }).locator('.suggestion-head p').textContent()).toContain(SECTOR);
    expect(await page.locator('#agenda-body li.meeting h3', { hasText: 'onerror' }).textContent()).toBe(NAME);
    expect((await page.locator('#agenda-body li.meeting', { hasText: 'onerror' }).locator('.reasons li').allTextContents()).join(' ')).toContain(NAME);
    expect(await page.getByRole('combobox', { name: 'Secteur' }).locator('option', { hasText: 'onerror' }).textContent()).toBe(SECTOR);
    await page.getByRole('combobox', { name: 'Secteur' }).selectOption({ label: SECTOR });
    expect(await visibleSuggestions(page)).toEqual([NAME]);
    await page.getByRole('searchbox', { name: 'Rechercher un partenaire' }).fill('<img');
    expect(await visibleSuggestions(page)).toEqual([NAME]);
    // Nothing of it became an element, and nothing ran.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('document.querySelectorAll("#wish-template, #wish-list").length')).toBe(2);
    expect(await page.evaluate('document.querySelector("#wish-template").content.querySelectorAll("img").length')).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  it('made no failed request but those the steps provoke (a page before the schedule asks for no agenda)', () => {
    // A page opened without its token, one with another cluster's, and a refused submission.
    // Each console error of a failed load is one of those requests: the browser asked for nothing else that failed.
    expect(failedLoads).toBe(failedRequests.length);
    expect([...new Set(failedRequests)].sort()).toEqual([
      `401 GET /e/${EVENT}/c/${ME}`,
      `403 GET /e/${EVENT}/c/${ME}`,
      `422 POST /api/events/${EVENT}/preferences`,
    ]);
  });

  it('ran without a script error, a policy violation or a dialog', () => {
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
