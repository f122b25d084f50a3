/**
 * The organiser console in a real Chromium, against the app on a real Redis,
 * through the accessible names a person reads: sign in, create the fixture's
 * event from its file and another from a spreadsheet, two clusters send their
 * wishes through their links, build with the progress bar, lock and rebuild,
 * move by hand (refused, then accepted), publish, read the draft's changes,
 * download, switch language, and fit a phone. axe-core checks each screen.
 * One browser for the file; the steps build on each other, as a day does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import request from 'supertest';
import type { EventFile, Schedule } from '../../solver';
import { freePort } from '../../src/server/net-probe';
import { parseWithIcalJs } from '../calendar/parse-ics';
import { ORGANIZER, startHarness, type Harness } from '../http/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const FIXTURE_PATH = join(__dirname, '../../fixtures/interclustering-2015.json');
const fixture = (): EventFile => JSON.parse(readFileSync(FIXTURE_PATH, 'utf8'));
const EVENT = 'interclustering-2015-lyon';
/** The answers the steps provoke on purpose: a wrong token, a broken event file, a refused cell, a refused move. */
const PROVOKED = [
  '401 GET /api/events',
  '422 POST /api/events',
  '422 POST /api/events/import',
  `422 PUT /api/events/${EVENT}/schedule`,
];
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
/** Every answer of 400 or more that a page received: `status METHOD path`. */
const failedRequests: string[] = [];
/** Chromium's console line for each failed load, the page's requests and its own (an icon, say) alike. */
let failedLoads = 0;

const nameOf = (id: string) => fixture().clusters.find((c) => c.id === id)?.name ?? id;
const api = (path: string) => h.organizer.get(path).expect(200).then((res) => res.body);
const draft = (): Promise<Schedule> => api(`/api/events/${EVENT}/schedule?version=draft`);
/** The draft if there is one, else the published schedule. */
const latest = (): Promise<Schedule> => api(`/api/events/${EVENT}/schedule`);

function watch(p: Page): void {
  p.on('pageerror', (error) => pageErrors.push(`${p.url()}: ${error.message}`));
  p.on('console', (message) => {
    // 401 for a wrong token, 404 before the first build and 422 for a refused edit are answers, not errors.
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Failed to load resource')) failedLoads++;
    else pageErrors.push(`${p.url()}: ${message.text()}`);
  });
  p.on('dialog', (dialog) => void dialog.accept());
  p.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  h = await startHarness('console-browser', { PUBLIC_URL: base });
  h.startWorker();
  server = await new Promise<Server>((resolve) => {
    const s = h.app.listen(port, '127.0.0.1', () => resolve(s));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  watch(page);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await h?.stop();
});

/** axe-core on what the page shows: no serious or critical violation. Evaluated, so the page's policy allows it. */
async function expectAccessible(p: Page, screen: string): Promise<void> {
  if ((await p.evaluate('typeof window.axe')) === 'undefined') await p.evaluate(AXE);
  const violations = (await p.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`)) as string[];
  expect([screen, violations]).toEqual([screen, []]);
}

const planning = () => page.locator('section[aria-labelledby="planning-title"]');
const buildStatus = () => page.locator('#build-status');
/** The grid's cell at round `round` (1-based) and the table column `table` (its name). */
async function cellAt(round: number, table: string): Promise<Locator> {
  const headers = await page.locator('table.grid thead th').allTextContents();
  const column = headers.indexOf(table);
  return page.locator('table.grid tbody tr').nth(round - 1).locator('> *').nth(column);
}

/** Clicks « Construire le planning » or « Reconstruire » and waits for the result. */
async function build(name: 'Construire le planning' | 'Reconstruire'): Promise<number[]> {
  await page.getByRole('button', { name, exact: true }).click();
  const bar = page.getByRole('progressbar', { name: 'Avancement de la construction' });
  await bar.waitFor();
  const seen: number[] = [];
  for (;;) {
    seen.push(Number(await bar.getAttribute('aria-valuenow')));
    if ((await buildStatus().textContent()) === 'Le planning est construit\u00a0: brouillon prêt.') break;
    await page.waitForTimeout(50);
  }
  await page.locator('table.grid').waitFor();
  seen.push(Number(await bar.getAttribute('aria-valuenow')));
  return seen;
}

describe('the organiser console', () => {
  it('is served at / with a strict policy, in French', async () => {
    const res = await request(h.app).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text).not.toMatch(/<script>|style=/);
    expect((await request(h.app).get('/?lang=en').expect(200)).text).toContain('<html lang="en">');
    await request(h.app).get('/assets/console.js').expect(200).expect('Content-Type', /javascript/);
    await request(h.app).get('/assets/console.css').expect(200).expect('Content-Type', /css/);
  });

  it('signs in with the organiser token, after refusing a wrong one', async () => {
    await page.goto(`${base}/`);
    const token = page.getByLabel('Jeton organisateur');
    await token.waitFor();
    await expectAccessible(page, 'sign-in');
    await token.fill('not-the-organiser-token');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('#token-error').waitFor();
    expect(await page.locator('#token-error').textContent()).toBe('Ce jeton n’est pas reconnu. Vérifiez-le et réessayez.');
    await token.fill(ORGANIZER);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vos événements' }).waitFor();
    // In the tab's session storage only: not in the address, not in a cookie.
    expect(await page.evaluate('sessionStorage.getItem("maillage.organiserToken")')).toBe(ORGANIZER);
    expect(page.url()).not.toContain(ORGANIZER);
    expect(await page.evaluate('document.cookie')).toBe('');
    expect(await page.locator('main').textContent()).toContain('Aucun événement pour l’instant.');
    await expectAccessible(page, 'events (empty)');
  });

  it('shows the problems of a broken event file, each with its place in words', async () => {
    await page.getByRole('link', { name: 'Nouvel événement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvel événement' }).waitFor();
    await expectAccessible(page, 'new event');
    await page.getByLabel('Fichier de l’événement').setInputFiles(join(__dirname, '../../fixtures/invalide.json'));
    const form = page.getByRole('form', { name: 'À partir d’un fichier d’événement' });
    await form.getByRole('button', { name: 'Créer l’événement' }).click();
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    const items = await summary.locator('li').allTextContents();
    expect(items).toEqual(
      expect.arrayContaining([
        'Réglages, fuseau horaire\u00a0: Ce fuseau horaire est inconnu.',
        'Réglages, session 1, fin\u00a0: Indiquez une heure (HH:MM).',
        expect.stringMatching(/^Demande 4 \(.+ → .+\), priorité\u00a0: Au plus 5\.$/),
        expect.stringMatching(/^Demande 2 \(.+\), vers\u00a0: /),
      ]),
    );
    expect(items.join(' ')).not.toMatch(/is not|must be|unknown cluster/);
    await expectAccessible(page, 'new event with problems');
  });

  it('creates an event from a spreadsheet, showing a refused cell at its line and column first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-console-'));
    const csv = join(dir, 'clusters.csv');
    const rows = [
      'id;name;region;sector;offers;seeks;contact_name;contact_email',
      'mont-blanc;Mont-Blanc Industries;Rhône-Alpes;mécatronique;métrologie, usinage;big data;Directeur;directeur@example.org',
      'axelera;Axelera;Rhône-Alpes;chimie;chimie verte;métrologie;Directeur;pas-une-adresse',
      'minalogic;Minalogic;Rhône-Alpes;numérique;big data | capteurs;chimie verte;Direction;direction@example.org',
    ];
    writeFileSync(csv, `\ufeff${rows.join('\r\n')}\r\n`);
    await page.getByLabel('Tableur des clusters (CSV)').setInputFiles(csv);
    await page.getByLabel('Identifiant').fill('atelier-csv');
    await page.getByLabel('Nom', { exact: true }).fill('Atelier du tableur');
    await page.locator('#new-session-0-date').fill('2026-03-12');
    await page.locator('#new-session-0-start').fill('09:00');
    await page.locator('#new-session-0-end').fill('10:00');
    await page.getByRole('button', { name: 'Ajouter une session' }).click();
    expect(await page.locator('#new-session-1-date').inputValue()).toBe('2026-03-12');
    await page.locator('#new-session-1-start').fill('11:00');
    await page.locator('#new-session-1-end').fill('10:30');
    await page.getByLabel('Nombre de tables').fill('2');
    const form = page.getByRole('form', { name: 'À partir d’un tableur des clusters' });
    await form.getByRole('button', { name: 'Créer l’événement' }).click();
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    const items = await summary.locator('li').allTextContents();
    expect(items).toContain('Ligne 3, colonne «\u00a0contact_email\u00a0»\u00a0: Cette adresse e-mail n’est pas valide.');
    // A setting's problem sits next to its field too.
    expect(await page.locator('#new-session-1-end-error').textContent()).toBe('L’heure de fin doit suivre l’heure de début.');
    expect(await page.locator('#new-session-1-end').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'new event from a spreadsheet, with problems');

    writeFileSync(csv, `\ufeff${rows.join('\r\n').replace('pas-une-adresse', 'contact@axelera.example.org')}\r\n`);
    await page.getByLabel('Tableur des clusters (CSV)').setInputFiles(csv);
    await page.locator('#new-session-1-end').fill('12:00');
    await form.getByRole('button', { name: 'Créer l’événement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Atelier du tableur' }).waitFor();
    expect(await page.locator('.cluster-name').allTextContents()).toEqual(['Axelera', 'Minalogic', 'Mont-Blanc Industries']);
    const stored = await api('/api/events/atelier-csv');
    expect(stored.event.sessions).toEqual([
      { date: '2026-03-12', start: '09:00', end: '10:00' },
      { date: '2026-03-12', start: '11:00', end: '12:00' },
    ]);
    expect(stored.event).toMatchObject({ timezone: 'Europe/Paris', tables: 2, maxMeetingsPerCluster: 3, objective: 'fair' });
  });

  it('creates the fixture’s event from its file and lists it with its state', async () => {
    await page.getByRole('link', { name: 'Tous les événements' }).click();
    await page.getByRole('link', { name: 'Nouvel événement' }).click();
    await page.getByLabel('Fichier de l’événement').setInputFiles(FIXTURE_PATH);
    await page.getByRole('form', { name: 'À partir d’un fichier d’événement' }).getByRole('button', { name: 'Créer l’événement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journée Interclustering Auvergne – Rhône-Alpes' }).waitFor();
    expect(page.url()).toBe(`${base}/#/evenements/${EVENT}`);
    expect(await page.locator('.cluster-row').count()).toBe(40);
    expect(await planning().textContent()).toContain('Aucun planning pour l’instant.');
    await expectAccessible(page, 'event page before the build');

    await page.getByRole('link', { name: 'Tous les événements' }).click();
    const item = page.locator('.event-item', { hasText: 'Journée Interclustering' });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/10 septembre 2015.*40 clusters · 0 sur 40 ont envoyé leurs vœux.*Vœux ouverts/);
    await expectAccessible(page, 'events');
  });

  it('copies a cluster’s private link, and two clusters send their wishes through theirs', async () => {
    await page.getByRole('link', { name: 'Journée Interclustering Auvergne – Rhône-Alpes' }).click();
    await page.locator('.cluster-row').first().waitFor();
    const row = (name: string) => page.locator('.cluster-row', { has: page.locator('.cluster-name', { hasText: new RegExp(`^${name}$`) }) });
    const links = (await api(`/api/events/${EVENT}/clusters`)).clusters as { id: string; link: string }[];
    const lyonbiopole = links.find((c) => c.id === 'lyonbiopole')!;
    await row('Lyonbiopôle').getByRole('button', { name: 'Copier le lien' }).click();
    await row('Lyonbiopôle').getByText('Lien copié').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(lyonbiopole.link);

    for (const name of ['Lyonbiopôle', 'Cluster Montagne']) {
      const href = await row(name).getByRole('link', { name: 'Ouvrir sa page' }).getAttribute('href');
      const cluster = await context.newPage();
      watch(cluster);
      await cluster.goto(href!);
      await cluster.locator('#suggestions-body[aria-busy="false"]').waitFor();
      await cluster.locator('button[data-suggest][aria-disabled="false"]').first().click();
      await cluster.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
      await cluster.locator('#save-status.ok').waitFor();
      await cluster.close();
    }
    await page.reload();
    await row('Lyonbiopôle').waitFor();
    expect(await row('Lyonbiopôle').textContent()).toMatch(/Vœux envoyés le \d{1,2} \S+ \d{4} à \d{2}:\d{2}/);
    expect(await row('Cluster Montagne').textContent()).toContain('Vœux envoyés le');
    expect(await row('Axelera').textContent()).toContain('Pas encore de vœux');
    expect(await page.locator('#clusters-title + p').textContent()).toBe('2 sur 40 ont envoyé leurs vœux.');
  });

  it('builds the schedule with a live progress bar, then shows the grid with names', async () => {
    const values = await build('Construire le planning');
    const bar = page.getByRole('progressbar', { name: 'Avancement de la construction' });
    expect([await bar.getAttribute('aria-valuemin'), await bar.getAttribute('aria-valuemax')]).toEqual(['0', '100']);
    expect(values.at(-1)).toBe(100);
    expect(values.every((v, i) => i === 0 || v >= values[i - 1])).toBe(true);

    const schedule = await draft();
    expect(await planning().textContent()).toContain('Brouillon (non publié)');
    const rows = page.locator('table.grid tbody tr');
    expect(await rows.count()).toBe(schedule.rounds.length);
    expect(await page.locator('table.grid thead th').allTextContents()).toEqual(['Tour', ...Array.from({ length: 20 }, (_, k) => `T${k + 1}`)]);
    expect(await page.locator('table.grid tbody th .round-time').first().textContent()).toBe('14:00–14:20');
    for (const m of schedule.meetings.slice(0, 12)) {
      const cell = await cellAt(m.round, m.table);
      expect(await cell.locator('.pair span:not(.times)').allTextContents()).toEqual([nameOf(m.clusters[0]), nameOf(m.clusters[1])]);
    }
    expect(await page.locator('td.meeting-cell').count()).toBe(schedule.meetings.length);
    const quality = await page.locator('.quality-text').textContent();
    expect(quality).toMatch(schedule.stats.optimal ? /^Planning optimal \(prouvé\)$/ : /^(à au plus \d+(,\d)?\u00a0% du meilleur planning possible|aussi bon que .+)$/);
    expect(await page.locator('#unmet-title').textContent()).toBe(`Demandes non satisfaites (${schedule.unmet.length})`);
    const shown = (await planning().textContent()) ?? '';
    for (const id of ['mont-blanc-industries', 'lyonbiopole', 'aerospace-cluster-rhone-alpes']) expect(shown).not.toContain(id);
    expect(shown).not.toMatch(/\b(reached its cap|higher-value|offers|round)\b/);
    await expectAccessible(page, 'event page with the grid');
  });

  it('locks a meeting, and a rebuild keeps it where it was', async () => {
    const m = (await draft()).meetings.find((x) => x.round === 1)!;
    const cell = await cellAt(m.round, m.table);
    await cell.getByRole('button', { name: 'Verrouiller' }).click();
    await (await cellAt(m.round, m.table)).getByRole('button', { name: 'Déverrouiller' }).waitFor();
    expect((await api(`/api/events/${EVENT}/locks`)).meetings).toEqual([{ clusters: m.clusters, round: m.round, table: m.table }]);
    expect(await page.locator('.planning-status').textContent()).toBe(`Rencontre ${nameOf(m.clusters[0])} × ${nameOf(m.clusters[1])} verrouillée.`);

    await build('Reconstruire');
    const again = await cellAt(m.round, m.table);
    expect(await again.locator('.pair span:not(.times)').allTextContents()).toEqual([nameOf(m.clusters[0]), nameOf(m.clusters[1])]);
    expect(await again.getByRole('button', { name: 'Déverrouiller' }).count()).toBe(1);
    expect(await again.locator('.badge').allTextContents()).toContain('verrouillée');
    expect((await draft()).meetings).toContainEqual(expect.objectContaining({ clusters: m.clusters, round: m.round, table: m.table, locked: true }));
  });

  it('refuses a move that breaks a rule, saying why with the names, then accepts a valid one', async () => {
    const schedule = await draft();
    const event = fixture();
    const roundOf = (id: string) => new Set(schedule.meetings.filter((x) => x.clusters.includes(id)).map((x) => x.round));
    const busy = (round: number, a: string, b: string) => roundOf(a).has(round) || roundOf(b).has(round);
    const freeTable = (round: number) =>
      Array.from({ length: 20 }, (_, k) => `T${k + 1}`).find((t) => !schedule.meetings.some((x) => x.round === round && x.table === t))!;
    const available = (id: string, round: number) => {
      const windows = event.clusters.find((c) => c.id === id)!.availability;
      const r = schedule.rounds[round - 1];
      return !windows || windows.some((w) => w.start <= r.start.slice(11, 16) && r.end.slice(11, 16) <= w.end);
    };
    // A meeting not locked, whose first cluster meets in another round too.
    const m = schedule.meetings.find((x) => !x.locked && [...roundOf(x.clusters[0])].some((r) => r !== x.round))!;
    const [a, b] = m.clusters;
    const taken = [...roundOf(a)].find((r) => r !== m.round)!;

    await (await cellAt(m.round, m.table)).getByRole('button', { name: 'Déplacer' }).click();
    const dialog = page.getByRole('dialog', { name: `Déplacer la rencontre ${nameOf(a)} × ${nameOf(b)}` });
    await dialog.waitFor();
    await expectAccessible(page, 'move dialog');
    await dialog.getByLabel('Tour').selectOption(String(taken));
    await dialog.getByLabel('Table').selectOption(freeTable(taken));
    await dialog.getByRole('button', { name: 'Enregistrer le déplacement' }).click();
    await dialog.locator('.error-summary').waitFor();
    expect(await dialog.locator('.refusal').allTextContents()).toContain(`${nameOf(a)} a déjà une rencontre au tour ${taken}`);
    expect(await dialog.locator('.summary-title').textContent()).toMatch(/^Modification refusée/);
    expect((await draft()).meetings).toEqual(schedule.meetings);

    const target = schedule.rounds.map((r) => r.index).find((r) => r !== m.round && !busy(r, a, b) && available(a, r) && available(b, r))!;
    const table = freeTable(target);
    await dialog.getByLabel('Tour').selectOption(String(target));
    await dialog.getByLabel('Table').selectOption(table);
    await dialog.getByRole('button', { name: 'Enregistrer le déplacement' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.planning-status', { hasText: 'déplacée' }).waitFor();
    await (await cellAt(target, table)).getByText(nameOf(a), { exact: true }).waitFor();
    expect((await draft()).meetings).toContainEqual(expect.objectContaining({ clusters: m.clusters, round: target, table }));
    // The focus came back to the moved meeting's button.
    expect(await page.evaluate('document.activeElement.dataset.focusKey')).toBe(`move:${a}|${b}`);
  });

  it('publishes the draft; a cluster’s calendar link then gives the published meetings', async () => {
    await page.getByRole('button', { name: 'Publier le planning' }).click();
    await page.locator('.version-label', { hasText: 'Planning publié' }).waitFor();
    expect(await page.locator('.event-facts .state').textContent()).toBe('Publié');
    // What the last build said is no longer shown once the draft is published.
    expect(await page.locator('#build-status').textContent()).toBe('');
    expect(await page.getByRole('progressbar').isVisible()).toBe(false);
    expect(await page.locator('#edit-name').isDisabled()).toBe(true);
    expect(await page.locator('section[aria-labelledby="settings-title"] .notice').textContent()).toContain('Un planning est publié');

    const published: Schedule = await api(`/api/events/${EVENT}/schedule?version=published`);
    const links = (await api(`/api/events/${EVENT}/clusters`)).clusters as { id: string; link: string }[];
    const me = 'lyonbiopole';
    const token = new URL(links.find((c) => c.id === me)!.link).searchParams.get('token')!;
    const ics = await request(h.app).get(`/api/events/${EVENT}/clusters/${me}/agenda.ics?token=${encodeURIComponent(token)}`).expect(200);
    const partners = published.meetings.filter((x) => x.clusters.includes(me)).map((x) => nameOf(x.clusters[0] === me ? x.clusters[1] : x.clusters[0]));
    expect(partners.length).toBeGreaterThan(0);
    const summaries = parseWithIcalJs(ics.text).events.filter((e) => e.status !== 'CANCELLED').map((e) => e.summary);
    expect(summaries.sort()).toEqual(partners.map((p) => `Rencontre : ${p}`).sort());
  });

  it('shows what a new draft changes against the published schedule, in the grid and in counts', async () => {
    const before = await latest();
    const required = new Set((fixture().constraints?.mustMeet ?? []).map(([a, b]) => [a, b].sort().join('|')));
    const removed = before.meetings.find((x) => !x.locked && !required.has(x.clusters.join('|')))!;
    await (await cellAt(removed.round, removed.table)).getByRole('button', { name: 'Supprimer' }).click();
    await page.locator('.changes').waitFor();
    const changes = await api(`/api/events/${EVENT}/schedule/changes`);
    expect(changes.counts).toMatchObject({ cancelled: 1, moved: 0, added: 0 });
    expect(await page.locator('.changes-counts').textContent()).toBe(`0 déplacée, 0 nouvelle, 1 annulée, ${changes.counts.kept} inchangées.`);
    expect(await page.locator('.cancelled li').allTextContents()).toEqual([
      `${nameOf(removed.clusters[0])} × ${nameOf(removed.clusters[1])} (était tour ${removed.round}, table ${removed.table})`,
    ]);
    expect(await planning().textContent()).toContain('Brouillon (non publié)');
    expect(await page.locator('table.grid caption').textContent()).toBe('Tours et tables du brouillon');

    // Added back elsewhere by hand: a new meeting of the draft, marked in its cell.
    await page.getByLabel('Premier cluster').selectOption(removed.clusters[0]);
    await page.getByLabel('Second cluster').selectOption(removed.clusters[1]);
    await page.locator('#add-round').selectOption(String(removed.round));
    await page.locator('#add-table').selectOption(removed.table);
    await page.getByRole('button', { name: 'Ajouter la rencontre' }).click();
    await page.locator('.planning-status', { hasText: 'ajoutée' }).waitFor();
    await page.locator('.changes-counts', { hasText: 'Aucun changement' }).waitFor();

    const moved = (await draft()).meetings.find((x) => !x.locked)!;
    const table = Array.from({ length: 20 }, (_, k) => `T${k + 1}`).find((t) => !before.meetings.some((x) => x.round === moved.round && x.table === t))!;
    await (await cellAt(moved.round, moved.table)).getByRole('button', { name: 'Déplacer' }).click();
    await page.getByRole('dialog').getByLabel('Table').selectOption(table);
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer le déplacement' }).click();
    await page.locator('.changes-counts', { hasText: '1 déplacée' }).waitFor();
    const cell = await cellAt(moved.round, table);
    expect(await cell.locator('.badge').allTextContents()).toContain('déplacée');
    expect(await cell.locator('.before').textContent()).toBe(`avant\u00a0: tour ${moved.round}, table ${moved.table}`);
    await expectAccessible(page, 'event page with the draft’s changes');
  });

  it('downloads the exports with the token, of the draft shown, in French', async () => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Calendrier de l’événement (.ics)' }).click()]);
    expect(readFileSync((await ics.path())!, 'utf8')).toContain('BEGIN:VCALENDAR');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tableur (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/^\ufeff/);
    const [printed] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Agendas imprimables' }).click()]);
    expect(readFileSync((await printed.path())!, 'utf8')).toContain('Lyonbiopôle');
    const exports = requested.filter((u) => /calendar\.ics|schedule\.csv|\/print/.test(u));
    expect(exports).toHaveLength(3);
    for (const u of exports) expect(new URL(u).searchParams.get('version')).toBe('draft');
    for (const u of exports) expect(new URL(u).searchParams.get('lang')).toBe('fr');
  });

  it('switches to English and back, keeping the token and the screen', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Schedule' }).waitFor();
    expect(new URL(page.url()).search).toBe('?lang=en');
    expect(new URL(page.url()).hash).toBe(`#/evenements/${EVENT}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Rebuild' }).count()).toBe(1);
    expect(await page.locator('.version-label').textContent()).toBe('Draft (not published)');
    await expectAccessible(page, 'event page in English');
    await page.getByRole('link', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Planning' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('keeps names typed by an organiser or a cluster as text', async () => {
    const event = fixture();
    event.event.id = 'markup-day';
    event.event.name = '<img src=x onerror=window.hacked=1>Journée';
    event.clusters[0].name = '<img src=x onerror=window.hacked=2>Mont-Blanc';
    await h.organizer.post('/api/events').send(event).expect(201);
    await page.goto(`${base}/#/`);
    const item = page.locator('.event-item', { hasText: 'onerror' });
    await item.waitFor();
    expect(await item.locator('h2').textContent()).toBe('<img src=x onerror=window.hacked=1>Journée');
    await item.locator('h2 a').click();
    await page.locator('.cluster-row').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror=window.hacked=1>Journée');
    expect(await page.locator('.cluster-name', { hasText: 'Mont-Blanc' }).textContent()).toBe('<img src=x onerror=window.hacked=2>Mont-Blanc');
    expect(await page.locator('#screen img').count()).toBe(0);
    expect(await page.evaluate('typeof window.hacked')).toBe('undefined');
  });

  it('fits a 390-pixel-wide phone on every screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'fr-FR' });
    const small = await phone.newPage();
    watch(small);
    const fits = async (screen: string) => {
      // Strings, not functions: the tests are compiled without the DOM's types.
      const wider = await small.evaluate(`Array.from(document.querySelectorAll('body *'))
        .filter((e) => !e.closest('.grid-scroll') && e.getBoundingClientRect().right > 390.5)
        .map((e) => e.tagName.toLowerCase() + '#' + e.id + '.' + e.className)`);
      expect([screen, wider]).toEqual([screen, []]);
      expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    };
    await small.goto(`${base}/`);
    await small.getByLabel('Jeton organisateur').waitFor();
    await fits('sign-in');
    await small.getByLabel('Jeton organisateur').fill(ORGANIZER);
    await small.getByRole('button', { name: 'Se connecter' }).click();
    await small.locator('.event-item').first().waitFor();
    await fits('events');
    await small.getByRole('link', { name: 'Nouvel événement' }).click();
    await small.getByLabel('Fichier de l’événement').waitFor();
    await fits('new event');
    await small.goto(`${base}/#/evenements/${EVENT}`);
    await small.locator('table.grid').waitFor();
    await fits('event page');
    // The grid scrolls inside its own box.
    expect(await small.evaluate('getComputedStyle(document.querySelector(".grid-scroll")).overflowX')).toBe('auto');
    await small.screenshot({ path: '/tmp/console-phone-390.png', fullPage: false });
    await phone.close();
  });

  it('signs out, forgetting the token', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Jeton organisateur').waitFor();
    expect(await page.evaluate('sessionStorage.getItem("maillage.organiserToken")')).toBeNull();
    expect(await page.locator('main').textContent()).toContain('Vous êtes déconnecté.');
  });

  it('ran without a script error or a policy violation', () => {
    expect(pageErrors).toEqual([]);
  });

  it('made no failed request but the refusals the steps provoked (each one shows in the console as an error)', () => {
    // Each console error of a failed load is one of those requests: the browser asked for nothing else that failed.
    expect(failedLoads).toBe(failedRequests.length);
    expect([...new Set(failedRequests)].sort()).toEqual(PROVOKED);
  });
});
