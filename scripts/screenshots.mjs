/**
 * `npm run screenshots`: the README's pictures in docs/, taken from the built
 * service (dist/) on a private redis-server, in Debian's Chromium, as an
 * organiser and two cluster managers go through the flow in French: sign in,
 * the events, a new event from the fixture, wishes on two cluster pages, the
 * build, a publication, a lock and a hand edit, then the draft's changes, the
 * invitations, the day re-planned at 15:00 around an absent cluster, a
 * cluster's feedback and the report, and the console at phone width. Nothing outside the machine is reached.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const { loadConfig } = require(join(root, 'dist/src/config/config.js'));
const { startServer } = require(join(root, 'dist/src/server/start-server.js'));
const { freePort } = require(join(root, 'dist/src/server/net-probe.js'));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TOKEN = 'organisateur-captures-ecran';
const FIXTURE = join(root, 'fixtures/interclustering-2015.json');
const DOCS = join(root, 'docs');

const step = (text) => process.stdout.write(`screenshots: ${text}\n`);

async function main() {
  mkdirSync(DOCS, { recursive: true });
  const data = mkdtempSync(join(tmpdir(), 'maillage-screenshots-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    PORT: String(port),
    PUBLIC_URL: base,
    ORGANIZER_TOKEN: TOKEN,
    LOG_LEVEL: 'silent',
    DATA_DIR: data,
    SOLVE_TIME_LIMIT_SECONDS: '5',
  });
  // A free port for the embedded redis-server: never the Redis of the machine.
  const server = await startServer(config, { worker: true, embeddedRedis: { port: await freePort() } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const errors = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => dialog.accept());
    const shot = async (name, target = page, options = {}) => {
      await target.screenshot({ path: join(DOCS, name), ...options });
      step(`docs/${name}`);
    };
    /** The window scrolled to `selector`, as the organiser sees it there. */
    const shotAt = async (name, target, selector) => {
      await target.locator(selector).first().evaluate((node) => {
        node.scrollIntoView({ block: 'start' });
        for (const grid of document.querySelectorAll('.grid-scroll')) grid.scrollLeft = 0;
      });
      await shot(name, target);
    };

    await page.goto(`${base}/`);
    await page.getByLabel('Jeton organisateur').waitFor();
    await shot('console-sign-in.png');
    await page.getByLabel('Jeton organisateur').fill(TOKEN);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Vos événements' }).waitFor();

    await page.getByRole('link', { name: 'Nouvel événement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvel événement' }).waitFor();
    await shot('console-new-event.png', page, { fullPage: true });
    await page.getByLabel('Fichier de l’événement').setInputFiles(FIXTURE);
    await page.getByRole('form', { name: 'À partir d’un fichier d’événement' }).getByRole('button', { name: 'Créer l’événement' }).click();
    await page.getByRole('heading', { name: 'Planning' }).waitFor();

    // Two cluster managers open their links and send their wishes.
    const links = await page.locator('.cluster-row').evaluateAll((rows) =>
      rows.map((row) => ({ name: row.querySelector('.cluster-name').textContent, href: row.querySelector('.cluster-link a')?.href })),
    );
    const cluster = await context.newPage();
    cluster.on('pageerror', (error) => errors.push(error.message));
    for (const name of ['Mont-Blanc Industries', 'Axelera']) {
      const link = links.find((l) => l.name === name);
      await cluster.goto(link.href);
      await cluster.locator('#suggestions-body[aria-busy="false"]').waitFor();
      await cluster.locator('button[data-suggest][aria-disabled="false"]').first().click();
      await cluster.getByRole('button', { name: 'Enregistrer mes souhaits' }).click();
      await cluster.locator('#save-status.ok').waitFor();
    }

    await page.reload();
    await page.getByRole('button', { name: 'Construire le planning' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.locator('table.grid').waitFor();
    await shotAt('console-event-grid.png', page, 'section[aria-labelledby="planning-title"]');
    await page.getByRole('button', { name: 'Publier le planning' }).click();
    await page.getByText('Planning publié', { exact: true }).waitFor();

    // The cluster's page now shows its published meetings.
    await cluster.goto(links.find((l) => l.name === 'Axelera').href);
    await cluster.locator('#agenda-body[aria-busy="false"]').waitFor();
    await shot('cluster-page.png', cluster);
    await cluster.close();

    // A lock, a move by hand, a rebuild: the draft and its changes.
    await page.locator('td.meeting-cell').first().getByRole('button', { name: 'Verrouiller' }).click();
    await page.locator('td.meeting-cell.locked').first().waitFor();
    // A meeting of the first round moved to the first free table of that round, in view.
    const firstRow = page.locator('table.grid tbody tr').first();
    const free = await firstRow.locator('> *').evaluateAll((cells) => cells.findIndex((c) => c.classList.contains('free')));
    const freeTable = (await page.locator('table.grid thead th').allTextContents())[free];
    await firstRow.locator('td.meeting-cell:not(.locked)').last().getByRole('button', { name: 'Déplacer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Table').selectOption({ label: freeTable });
    await dialog.getByRole('button', { name: 'Enregistrer le déplacement' }).click();
    await page.locator('.changes').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('console-event.png');
    await shotAt('console-draft-changes.png', page, 'section[aria-labelledby="planning-title"]');
    await shotAt('console-grid-detail.png', page, '.grid-part');

    // The invitations (into the outbox folder: no SMTP server here), with when each cluster was invited.
    const clusters = page.locator('section[aria-labelledby="clusters-title"]');
    await clusters.getByRole('button', { name: 'Envoyer les invitations', exact: true }).click();
    await page.locator('#mail-status.ok').waitFor();
    await clusters.locator('.cluster-mail dd').first().filter({ hasText: /\d{2}:\d{2}/ }).waitFor({ timeout: 15_000 });
    await shotAt('console-invitations.png', page, 'section[aria-labelledby="clusters-title"]');

    // The day itself at 15:00: a cluster does not come, the rest of the day is re-planned and published.
    await page.getByRole('link', { name: "Aujourd'hui", exact: true }).click();
    await page.getByRole('heading', { level: 1, name: "Aujourd'hui" }).waitFor();
    await page.getByLabel('Heure').fill('2015-09-10T15:00');
    await page.getByLabel('Heure').dispatchEvent('change');
    await page.locator('.round-tables').waitFor();
    const absentRow = page.locator('.presence-row', { has: page.getByRole('rowheader', { name: 'Mont-Blanc Industries', exact: true }) });
    await absentRow.getByRole('button', { name: 'Marquer absent', exact: true }).click();
    await absentRow.getByRole('button', { name: 'Annuler l’absence', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Replanifier la suite', exact: true }).click();
    await page.locator('#replan-status.ok').waitFor({ timeout: 30_000 });
    await shotAt('console-today.png', page, '.replan-result');
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.locator('#today-publish-status.ok').waitFor();

    // After the event: a cluster's feedback, then the organiser's report.
    const manager = await context.newPage();
    manager.on('pageerror', (error) => errors.push(error.message));
    await manager.goto(links.find((l) => l.name === 'Axelera').href);
    const feedback = manager.getByRole('region', { name: 'Vos retours' });
    await feedback.getByRole('group').first().waitFor();
    const meeting = feedback.locator('fieldset.feedback-meeting').first();
    await meeting.getByRole('group', { name: 'Le rendez-vous a eu lieu' }).getByRole('radio', { name: 'Oui' }).check();
    await meeting.getByRole('group', { name: 'Suite prévue' }).getByRole('radio', { name: 'Oui' }).check();
    await meeting.getByLabel('Note', { exact: true }).selectOption('5');
    await meeting.getByLabel('Commentaire', { exact: true }).fill('Un projet commun sur la métrologie des matériaux.');
    await manager.getByRole('button', { name: 'Envoyer mes retours' }).click();
    await manager.getByRole('status').filter({ hasText: 'Merci' }).waitFor();
    await feedback.screenshot({ path: join(DOCS, 'cluster-feedback.png') });
    step('docs/cluster-feedback.png');
    await manager.close();
    await page.goto(`${base}/#/evenements/interclustering-2015-lyon/bilan`);
    await page.getByRole('img', { name: 'Carte des rendez-vous tenus par paire de secteurs' }).waitFor();
    await shot('console-report.png', page, { fullPage: true });

    await page.goto(`${base}/#/`);
    await page.getByRole('heading', { name: 'Vos événements' }).waitFor();
    await page.locator('.event-item').first().waitFor();
    await shot('console-events.png');

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const small = await phone.newPage();
    await small.goto(`${base}/`);
    await small.getByLabel('Jeton organisateur').fill(TOKEN);
    await small.getByRole('button', { name: 'Se connecter' }).click();
    await small.locator('.event-item a').first().click();
    await small.locator('table.grid').waitFor();
    await shot('console-phone.png', small, { fullPage: false });
    await shotAt('console-phone-grid.png', small, '.grid-part');
    await phone.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
  if (errors.length) throw new Error(`errors in the pages:\n${errors.join('\n')}`);
}

main().catch((error) => {
  process.stderr.write(`screenshots: ${error.stack ?? error}\n`);
  process.exit(1);
});
