/**
 * « Vos retours » on the cluster's page, in a real Chromium against the app on
 * a real Redis: the event is in the past on the page's clock, so each
 * published meeting has its group; the cluster answers, finds its answers
 * again after a reload, and reads a refused answer next to its field.
 * axe-core checks the form; a screenshot goes to /tmp/shots/.
 */
import type { Page } from 'playwright-core';
import request from 'supertest';
import { smallEvent, type Harness } from '../http/harness';
import { axeProblems as audit, startPublishedDay, type PublishedDay } from './feedback-harness';

const EVENT = 'feedback-day';
/** A partner's name is the cluster manager's text: it must show as the characters it is. */
const HOSTILE = '<img src=x onerror=alert(1)> Textile & Co';

let day: PublishedDay;
let h: Harness;
let tokens: Record<string, string>;
let page: Page;
let me: string;
let partners: { id: string; name: string }[];

interface AgendaMeeting {
  start: string;
  end: string;
  partner: { id: string; name: string };
}

beforeAll(async () => {
  const event = smallEvent(EVENT);
  event.clusters = event.clusters.map((c) => (c.id === 'techtera' ? { ...c, name: HOSTILE } : c));
  day = await startPublishedDay('feedback-browser', event, 1);
  ({ h, tokens, page } = day);
  // A cluster that met the one with the hostile name answers; the most meetings first.
  const agendas = await Promise.all(
    Object.keys(tokens).map(async (id) => ({ id, meetings: (await request(h.app).get(`/api/events/${EVENT}/agenda?token=${tokens[id]}`).expect(200)).body.meetings as AgendaMeeting[] })),
  );
  const mine = agendas
    .filter((a) => a.meetings.some((m) => m.partner.id === 'techtera'))
    .sort((a, b) => b.meetings.length - a.meetings.length || (a.id < b.id ? -1 : 1))[0];
  me = mine.id;
  partners = mine.meetings.map((m) => m.partner);
});

afterAll(async () => {
  await day?.stop();
});

const axeProblems = () => audit(page);
const myPage = (lang = '') => `${day.base}/e/${EVENT}/c/${me}?token=${encodeURIComponent(tokens[me])}${lang}`;
const section = () => page.getByRole('region', { name: 'Vos retours' });
const group = (name: string) => section().getByRole('group', { name, exact: true });
const stored = async () => (await request(h.app).get(`/api/events/${EVENT}/feedback`).set('Authorization', `Bearer ${tokens[me]}`).expect(200)).body;

async function open(url = myPage()): Promise<void> {
  await page.goto(url);
  await page.locator('#feedback-list fieldset').first().waitFor();
}

describe('a cluster’s feedback on its past meetings', () => {
  it('shows one group per past meeting, named after the partner, with its time', async () => {
    expect(partners.length).toBeGreaterThanOrEqual(3);
    await open();
    expect(await section().getByRole('heading', { level: 2 }).textContent()).toBe('Vos retours');
    expect(await page.locator('#feedback-list > fieldset > legend').allTextContents()).toEqual(partners.map((p) => p.name));
    const first = group(partners[0].name);
    expect(await first.locator('.when').textContent()).toMatch(/^Rendez-vous de \d\d:\d\d–\d\d:\d\d$/);
    expect(await first.getByRole('group', { name: 'Le rendez-vous a eu lieu' }).getByRole('radio').count()).toBe(2);
    expect(await first.getByRole('group', { name: 'Suite prévue' }).getByRole('radio').count()).toBe(3);
    expect(await first.getByLabel('Note', { exact: true }).locator('option').allTextContents()).toEqual(['Pas de note', '1 sur 5', '2 sur 5', '3 sur 5', '4 sur 5', '5 sur 5']);
    await first.getByLabel('Commentaire', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Vos retours' }).isVisible()).toBe(true);
    expect(await axeProblems()).toEqual([]);
  });

  it('sends the answers, which the API stores and the page fills in again after a reload', async () => {
    const [a, b] = partners;
    const first = group(a.name);
    await first.getByRole('group', { name: 'Le rendez-vous a eu lieu' }).getByRole('radio', { name: 'Oui' }).check();
    await first.getByRole('group', { name: 'Suite prévue' }).getByRole('radio', { name: 'Peut-être' }).check();
    await first.getByLabel('Note', { exact: true }).selectOption('4');
    await first.getByLabel('Commentaire', { exact: true }).fill('Très utile <b>vraiment</b>');
    const second = group(b.name);
    await second.getByRole('group', { name: 'Le rendez-vous a eu lieu' }).getByRole('radio', { name: 'Non' }).check();
    // A meeting that did not take place has no follow-up nor rating.
    expect(await second.getByLabel('Note', { exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: '/tmp/shots/feedback-form.png', fullPage: true });
    await page.getByRole('button', { name: 'Envoyer mes retours' }).click();
    await page.locator('#feedback-status.ok').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Merci' }).textContent()).toBe('Merci, vos retours sont enregistrés.');

    const body = await stored();
    expect(body.meetings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ with: a.id, happened: true, followUp: 'maybe', rating: 4, comment: 'Très utile <b>vraiment</b>' }),
        expect.objectContaining({ with: b.id, happened: false }),
      ]),
    );
    expect(body.meetings).toHaveLength(2);

    await open();
    const again = group(a.name);
    expect(await again.getByRole('radio', { name: 'Oui' }).first().isChecked()).toBe(true);
    expect(await again.getByRole('group', { name: 'Suite prévue' }).getByRole('radio', { name: 'Peut-être' }).isChecked()).toBe(true);
    expect(await again.getByLabel('Note', { exact: true }).inputValue()).toBe('4');
    expect(await again.locator('.answered').textContent()).toMatch(/^Répondu le \d{1,2} \S+ \d{4} à \d\d:\d\d\.$/);
    expect(await group(partners[2].name).locator('.answered').count()).toBe(0);
    expect(await again.getByLabel('Commentaire', { exact: true }).inputValue()).toBe('Très utile <b>vraiment</b>');
    expect(await group(b.name).getByRole('group', { name: 'Le rendez-vous a eu lieu' }).getByRole('radio', { name: 'Non' }).isChecked()).toBe(true);
  });

  it('places a refused answer next to its field, and lists it named after the partner', async () => {
    const a = partners[0];
    // A rating the form does not offer, as an out-of-date or altered page would send.
    await page.evaluate(`(() => {
      const select = document.querySelector('#feedback-1-rating');
      select.add(new Option('9', '9'));
      select.value = '9';
    })()`);
    await page.getByRole('button', { name: 'Envoyer mes retours' }).click();
    const summary = page.locator('#feedback-errors');
    await summary.waitFor();
    const items = await summary.locator('li').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0].startsWith(`${a.name} — Note\u00a0: `)).toBe(true);
    expect(items[0]).not.toMatch(/must be|invalid/);
    expect(await page.locator('#feedback-1-rating').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#feedback-1-rating-error').isVisible()).toBe(true);
    expect(await page.locator('#feedback-status').textContent()).toBe('');
    expect(await axeProblems()).toEqual([]);
    // The stored answer is unchanged.
    expect((await stored()).meetings.find((m: { with: string }) => m.with === a.id).rating).toBe(4);
  });

  it('speaks English on the English page', async () => {
    await open(myPage('&lang=en'));
    const region = page.getByRole('region', { name: 'Your feedback' });
    await region.getByRole('group', { name: partners[0].name, exact: true }).getByRole('group', { name: 'The meeting took place' }).waitFor();
    expect(await region.getByRole('button', { name: 'Send my feedback' }).isVisible()).toBe(true);
  });

  it('shows a hostile name as text, ran no script, and made no failed request but the refused answer', async () => {
    expect(partners.map((p) => p.name)).toContain(HOSTILE);
    expect(await page.locator('#feedback-list img').count()).toBe(0);
    expect(day.pageErrors).toEqual([]);
    expect([...new Set(day.failedRequests)]).toEqual([`422 POST /api/events/${EVENT}/feedback`]);
  });
});
