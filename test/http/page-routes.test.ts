/**
 * The cluster's page over HTTP: the HTML the server renders, who may open it,
 * its bundled assets, and the API answers its script reads.
 */
import request from 'supertest';
import type { Problem } from '../../solver';
import { dictionary } from '../../src/i18n/dictionary';
import { explainProblem } from '../../src/i18n/explain-problem';
import { ORGANIZER, createWithTokens, smallEvent, startHarness, type Harness } from './harness';

let h: Harness;
let tokens: Record<string, string>;
let otherEventTokens: Record<string, string>;

const NASTY = '<script>alert("x")</script> & Cie';

beforeAll(async () => {
  h = await startHarness('web-page');
  const event = smallEvent('page-day');
  event.clusters[1].name = NASTY;
  event.clusters[1].sector = '<img src=x onerror=alert(1)>';
  event.event.location = 'Lyon "centre" <b>';
  tokens = await createWithTokens(h, event);
  otherEventTokens = await createWithTokens(h, smallEvent('other-day'));
});
afterAll(() => h.stop());

const page = (cluster: string, query: string) => request(h.app).get(`/e/page-day/c/${cluster}${query}`);

describe('the cluster page', () => {
  it('renders the event and the cluster in French by default', async () => {
    const res = await page('axelera', `?token=${tokens.axelera}`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text).toContain('<h1>Axelera</h1>');
    expect(res.text).toContain('Demo interclustering');
    expect(res.text).toContain('Jeudi 12 juin 2025, <span class="nowrap">09:00–10:00</span>');
    expect(res.text).toContain('Partenaires suggérés');
  });

  it('renders in English with ?lang=en and links back to French with the token', async () => {
    const res = await page('axelera', `?token=${tokens.axelera}&lang=en`);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('Thursday 12 June 2025, <span class="nowrap">09:00–10:00</span>');
    expect(res.text).toContain(`href="/e/page-day/c/axelera?token=${tokens.axelera}" hreflang="fr"`);
  });

  it('links to the English page with the token from the French one', async () => {
    const res = await page('axelera', `?token=${tokens.axelera}`);
    expect(res.text).toContain(`href="/e/page-day/c/axelera?token=${tokens.axelera}&amp;lang=en" hreflang="en"`);
  });

  it('escapes names, sectors and the venue everywhere, including the JSON for the script', async () => {
    const res = await page('axelera', `?token=${tokens.axelera}`);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).not.toContain('<b>');
    expect(res.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie');
    expect(res.text).toContain('Lyon &quot;centre&quot; &lt;b&gt;');
    const scripts = res.text.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/assets/cluster-page.js" defer>', '<script type="application/json" id="page-data">']);
  });

  it('escapes the name of the cluster whose page it is', async () => {
    const res = await page('minalogic', `?token=${tokens.minalogic}`);
    expect(res.text).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie</h1>');
    expect(res.text).toContain('<title>&lt;script&gt;');
  });

  it('is private: not cached, no referrer, a strict policy without inline scripts', async () => {
    const res = await page('axelera', `?token=${tokens.axelera}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('gives the script what it needs, but not the token', async () => {
    const res = await page('axelera', `?token=${tokens.axelera}`);
    const json = /<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(res.text)?.[1] as string;
    const data = JSON.parse(json);
    expect(data).toEqual({
      lang: 'fr',
      eventId: 'page-day',
      clusterId: 'axelera',
      timezone: 'Europe/Paris',
      calendarBase: 'webcal://maillage.test',
      basePath: '',
      maxRequests: 10,
    });
    expect(json).not.toContain(tokens.axelera);
  });
});

describe('the page refuses a link that does not open it', () => {
  it('answers 401 with a French page when the token is missing', async () => {
    const res = await page('axelera', '');
    expect(res.status).toBe(401);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text).toContain('Ce lien est incomplet');
  });

  it('answers 401 with a French page for a wrong token, without any detail of the error', async () => {
    const res = await page('axelera', '?token=not-a-token');
    expect(res.status).toBe(401);
    expect(res.text).toContain('Accès impossible');
    expect(res.text).toContain('n’est pas (ou plus) valide');
    expect(res.text).not.toMatch(/AppError|at .*\.ts|invalid token/);
  });

  it("answers 403 for another cluster's token", async () => {
    const res = await page('axelera', `?token=${tokens.minalogic}`);
    expect(res.status).toBe(403);
    expect(res.text).toContain('ne donne pas accès à cette page');
  });

  it("answers 403 for another event's token", async () => {
    const res = await page('axelera', `?token=${otherEventTokens.axelera}`);
    expect(res.status).toBe(403);
  });

  it('does not take the organiser token from the address', async () => {
    const res = await page('axelera', `?token=${ORGANIZER}`);
    expect(res.status).toBe(401);
  });

  it('answers in English with ?lang=en', async () => {
    const res = await page('axelera', '?token=nope&lang=en');
    expect(res.status).toBe(401);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('Access denied');
  });
});

describe('GET /api/events/:eventId/overview', () => {
  it("gives the cluster its event, itself and the other clusters' public profiles", async () => {
    const res = await request(h.app).get('/api/events/page-day/overview').set('Authorization', `Bearer ${tokens.axelera}`);
    expect(res.status).toBe(200);
    expect(res.body.event).toEqual({
      id: 'page-day',
      name: 'Demo interclustering',
      location: 'Lyon "centre" <b>',
      timezone: 'Europe/Paris',
      sessions: [{ date: '2025-06-12', start: '09:00', end: '10:00' }],
      meetingMinutes: 20,
      maxMeetingsPerCluster: 3,
      tables: [],
    });
    expect(res.body.cluster).toEqual({ id: 'axelera', name: 'Axelera', offers: ['chimie verte'], seeks: ['numérique'], maxMeetings: 3 });
    expect(res.body.clusters).toHaveLength(6);
    expect(res.body.clusters[1]).toEqual({ id: 'minalogic', name: NASTY, sector: '<img src=x onerror=alert(1)>', offers: ['numérique', 'photonique'], seeks: ['chimie verte'] });
  });

  it("never shows tokens or other clusters' wishes", async () => {
    await request(h.app)
      .post('/api/events/page-day/preferences')
      .set('Authorization', `Bearer ${tokens.techtera}`)
      .send({ requests: [{ to: 'viameca', priority: 1 }], declines: ['axelera'] })
      .expect(200);
    const res = await request(h.app).get(`/api/events/page-day/overview?token=${tokens.axelera}`);
    const text = JSON.stringify(res.body);
    for (const token of Object.values(tokens)) expect(text).not.toContain(token);
    expect(text).not.toMatch(/"(requests|declines|token|attendees|availability)"/);
  });

  it('needs a token of a cluster of that event', async () => {
    await request(h.app).get('/api/events/page-day/overview').expect(401);
    await request(h.app).get('/api/events/page-day/overview').set('Authorization', `Bearer ${otherEventTokens.axelera}`).expect(403);
    const organiser = await h.organizer.get('/api/events/page-day/overview');
    expect(organiser.status).toBe(403);
    expect(organiser.body.error.code).toBe('forbidden');
  });
});

describe('assets', () => {
  it('serves the bundle of src/browser and its stylesheet, with their types', async () => {
    const js = await request(h.app).get('/assets/cluster-page.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // Bundled: no module left for the browser to fetch, and the dictionary inside.
    expect(js.text).not.toMatch(/\brequire\(|^import |from ['"]\.\.?\//m);
    expect(js.text).toContain('Demande mutuelle');
    const css = await request(h.app).get('/assets/cluster-page.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers 304 when the script has not changed', async () => {
    const first = await request(h.app).get('/assets/cluster-page.js');
    await request(h.app).get('/assets/cluster-page.js').set('If-None-Match', first.headers.etag).expect(304);
  });
});

describe('the API problems the page shows next to the fields', () => {
  const fr = dictionary('fr').problems;
  const problems = async (body: object) => {
    const res = await request(h.app).post('/api/events/page-day/preferences').set('Authorization', `Bearer ${tokens.axelera}`).send(body);
    expect(res.status).toBe(422);
    return res.body.error.details as Problem[];
  };

  it('all carry a code the page knows, which it shows in French', async () => {
    const found = [
      ...(await problems({
        requests: [{ to: 'minalogic' }, { to: 'minalogic' }, { to: 'axelera' }, { to: 'nobody' }, { to: '' }, { to: 'techtera', priority: 9 }, { to: 'viameca', priority: 1.5 }],
        declines: ['minalogic'],
      })),
      ...(await problems({ availability: [{ date: '2025-06-12', start: '', end: '10:00' }, { date: '2025-06-12', start: '09:40', end: '09:20' }] })),
      ...(await problems({ requests: Array.from({ length: 11 }, (_, i) => ({ to: `c${i}` })) })),
      ...(await problems({ wishes: [] })),
    ];
    expect(found.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ['requests[1].to', 'duplicate'],
        ['requests[2].to', 'self_pair'],
        ['requests[3].to', 'unknown_cluster'],
        ['requests[4].to', 'empty'],
        ['requests[5].priority', 'too_big'],
        ['requests[6].priority', 'not_integer'],
        ['declines[0]', 'also_requested'],
        ['availability[0].start', 'invalid_time'],
        ['availability[1].end', 'end_before_start'],
        ['requests', 'too_many'],
        ['wishes', 'unknown_field'],
      ]),
    );
    expect(found.find((p) => p.code === 'too_many')?.params).toEqual({ max: 10 });
    expect(found.map((p) => p.path)).toEqual(
      expect.arrayContaining(['requests[1].to', 'requests[2].to', 'requests[3].to', 'requests[4].to', 'requests[5].priority', 'declines[0]', 'availability[0].start', 'availability[1].end']),
    );
    for (const p of found) {
      expect(Object.keys(fr)).toContain(p.code);
      const text = explainProblem(p, fr);
      expect(text).not.toBe(p.message);
      expect(text).not.toBe(fr.invalid_value({}));
    }
  });
});

describe('GET /favicon.ico', () => {
  it('answers 204, so that no page shows a failed load in the browser console', async () => {
    const res = await request(h.app).get('/favicon.ico').expect(204);
    expect(res.headers['cache-control']).toContain('max-age');
  });
});
