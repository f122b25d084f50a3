import type { EventFile } from '../../solver/model/types';
import { escapeHtml, safeHref } from '../../src/export/html';
import { clusterAgendaHtml, clusterAgendasHtml, eventGridHtml } from '../../src/export/print-html';
import { dstEvent, dstSchedule, ENGLISH_REASONS, makeSchedule, sampleEvent, sampleSchedule } from '../calendar/samples';

const SCRIPT_NAME = '<script>alert("x")</script> & Cie';

function withScriptName(): EventFile {
  const event = sampleEvent();
  return {
    ...event,
    event: { ...event.event, name: `Salon <b>gras</b>`, location: `Lyon "<i>centre</i>"` },
    clusters: event.clusters.map((c) =>
      c.id === 'robotics' ? { ...c, name: SCRIPT_NAME, offers: ['<img src=x onerror=alert(1)>'] } : c,
    ),
  };
}

/** Text of the rows of the first `<tbody>`, tags removed. */
function bodyRows(html: string): string[] {
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1];
  return tbody
    .split('</tr>')
    .filter((row) => row.includes('<tr'))
    .map((row) => row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
}

describe('clusterAgendaHtml', () => {
  const event = sampleEvent();
  const schedule = sampleSchedule();
  const html = clusterAgendaHtml(event, schedule, 'mont-blanc');

  it('is a complete French UTF-8 HTML5 document with an A4 print stylesheet', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page{size:A4;margin:15mm}');
    expect(html).toMatch(/tr,td,th\{break-inside:avoid;page-break-inside:avoid\}/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('lists every meeting of the cluster in time order with round, local time, table and partner', () => {
    expect(bodyRows(html)).toEqual([
      expect.stringMatching(/^1 14:00–14:20 T1 Coboteam Robotique Propose : robotique, vision industrielle .*Amélie Rousseau/),
      expect.stringMatching(/^2 14:20–14:40 Salle Rhône Evil ATTENDEE:mailto:x@evil.example Rencontre fixée par l’organisateur Evil/),
      expect.stringMatching(
        /^3 14:40–15:00 T3 Évian «Eaux», Alpes; &quot;Sud&quot; \\ Nord Ligne 2 .*Demande mutuelle \(Évian «Eaux», .* : 1er choix, Mont-Blanc Industries : 3e choix\)$/,
      ),
    ]);
  });

  it('gives the reasons of each meeting in French, with names, one item each', () => {
    expect(html).toContain(
      '<td class="why"><ul><li>Mont-Blanc Industries a demandé à rencontrer Coboteam Robotique (1er choix)</li>' +
        '<li>Coboteam Robotique propose robotique, compétence recherchée par Mont-Blanc Industries</li>' +
        '<li>Mont-Blanc Industries propose usinage de précision, compétence recherchée par Coboteam Robotique</li></ul></td>',
    );
    for (const english of ENGLISH_REASONS) expect(html).not.toContain(english);
  });

  it('gives the reasons in English with names with lang en', () => {
    const en = clusterAgendaHtml(event, schedule, 'mont-blanc', { lang: 'en' });
    expect(en).toContain('<li>Mont-Blanc Industries asked to meet Coboteam Robotique (1st choice)</li>');
    expect(en).toContain('<li>Fixed by the organiser</li>');
  });

  it('shows the event name, venue and date, and the French labels', () => {
    expect(html).toContain('<p class="event">Interclustering Auvergne-Rhône-Alpes 2026</p>');
    expect(html).toContain('<h1>Mont-Blanc Industries</h1>');
    expect(html).toContain('<span>jeudi 12 mars 2026</span><span>Hôtel de Région, Lyon</span><span>3 rencontres</span>');
    for (const label of ['Tour', 'Horaire', 'Table', 'Partenaire', 'Pourquoi cette rencontre']) {
      expect(html).toContain(`<th>${label}</th>`);
    }
  });

  it("speaks English with lang 'en'", () => {
    const en = clusterAgendaHtml(event, schedule, 'mont-blanc', { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<span>Thursday 12 March 2026</span>');
    for (const label of ['Round', 'Time', 'Table', 'Partner', 'Why this meeting']) expect(en).toContain(`<th>${label}</th>`);
    expect(en).toContain('Offers: </span>robotique');
  });

  it('escapes every name, so that a <script> in a name stays text', () => {
    const attacked = clusterAgendaHtml(withScriptName(), schedule, 'mont-blanc');
    expect(attacked).not.toContain('<script>');
    expect(attacked).not.toContain('<img');
    expect(attacked).not.toContain('<b>gras');
    expect(attacked).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie');
    expect(attacked).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(attacked).toContain('<title>Programme des rencontres — Mont-Blanc Industries — Salon &lt;b&gt;gras&lt;/b&gt;</title>');
    expect(attacked).toContain('Lyon &quot;&lt;i&gt;centre&lt;/i&gt;&quot;');
  });

  it('says so when the cluster has no meeting', () => {
    const lonely = clusterAgendaHtml(event, schedule, 'lonely');
    expect(lonely).toContain('<p class="empty">Aucune rencontre programmée.</p>');
    expect(lonely).not.toContain('<table');
  });

  it('links to the other language on screen only when asked', () => {
    expect(html).not.toContain('<nav');
    const linked = clusterAgendaHtml(event, schedule, 'mont-blanc', { switchLangHref: '?lang=en&token=a"b' });
    expect(linked).toContain('<nav class="lang no-print"><a href="?lang=en&amp;token=a&quot;b" hreflang="en" lang="en">English</a></nav>');
    expect(linked).toContain('.no-print{display:none}');
    expect(() => clusterAgendaHtml(event, schedule, 'mont-blanc', { switchLangHref: 'javascript:alert(1)' })).toThrow(RangeError);
  });

  it('rejects an unknown cluster', () => {
    expect(() => clusterAgendaHtml(event, schedule, 'nobody')).toThrow('unknown cluster "nobody"');
  });

  it('tells apart the two 02:00 of the night summer time ends', () => {
    const night = clusterAgendaHtml(dstEvent(), dstSchedule(), 'c');
    expect(bodyRows(night)).toEqual([
      expect.stringMatching(/^3 02:00–02:20 UTC\+02:00 T1 Alpha/),
      expect.stringMatching(/^6 02:00–02:20 UTC\+01:00 T2 Bêta/),
    ]);
  });

  it('puts the day before the time when the event spans several days', () => {
    const two = makeSchedule('aura-2026', [
      ...sampleSchedule().meetings.slice(0, 1),
      { ...sampleSchedule().meetings[3], start: '2026-03-13T09:00:00+01:00', end: '2026-03-13T09:20:00+01:00' },
    ]);
    expect(bodyRows(clusterAgendaHtml(event, two, 'mont-blanc'))).toEqual([
      expect.stringMatching(/^1 jeu\. 12 mars 14:00–14:20 T1/),
      expect.stringMatching(/^3 ven\. 13 mars 09:00–09:20 T3/),
    ]);
  });
});

describe('clusterAgendasHtml', () => {
  it('puts each cluster on its own A4 page', () => {
    const html = clusterAgendasHtml(sampleEvent(), sampleSchedule());
    expect(html.match(/<section class="sheet portrait agenda-sheet">/g)).toHaveLength(sampleEvent().clusters.length);
    expect(html).toContain('.sheet+.sheet{break-before:page;page-break-before:always}');
    const only = clusterAgendasHtml(sampleEvent(), sampleSchedule(), { clusterIds: ['plastics', 'evil'] });
    expect([...only.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1])).toEqual(['Plastipolis', 'Evil\r\nATTENDEE:mailto:x@evil.example']);
  });
});

describe('eventGridHtml', () => {
  const event = sampleEvent();
  const schedule = sampleSchedule();
  const html = eventGridHtml(event, schedule);

  it('is a landscape A4 document', () => {
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('@page{size:A4 landscape;margin:15mm}');
  });

  it('has rounds as rows and tables as columns, with every meeting in its cell', () => {
    expect(html).toContain('<th>Tour</th><th>Horaire</th><th>T1</th><th>Salle Rhône</th><th>T3</th>');
    expect(bodyRows(html)).toEqual([
      '1 14:00–14:20 Mont-Blanc Industries × Coboteam Robotique Plastipolis × Évian «Eaux», Alpes; &quot;Sud&quot; \\ Nord Ligne 2',
      '2 14:20–14:40 Evil ATTENDEE:mailto:x@evil.example × Mont-Blanc Industries',
      '3 14:40–15:00 Mont-Blanc Industries × Évian «Eaux», Alpes; &quot;Sud&quot; \\ Nord Ligne 2',
      '4 15:00–15:20 Plastipolis × Coboteam Robotique',
    ]);
    for (const m of schedule.meetings) {
      const cells = html.match(/<td class="cell">[^]*?<\/td>/g)!;
      expect(cells.some((c) => m.clusters.every((id) => c.includes(escapeHtml(event.clusters.find((x) => x.id === id)!.name))))).toBe(true);
    }
  });

  it('lists each cluster with its rounds and tables, and those without meetings', () => {
    expect(html).toContain('<strong>Mont-Blanc Industries</strong> <span class="where">— Tour 1 · T1, Tour 2 · Salle Rhône, Tour 3 · T3</span>');
    expect(html).toContain('<strong>Cluster sans rencontre</strong> <span class="where">— Aucune rencontre programmée.</span>');
  });

  it('splits many tables into blocks of similar width', () => {
    const many: EventFile = { ...event, event: { ...event.event, tables: 13 } };
    const meetings = Array.from({ length: 13 }, (_, i) => ({
      ...schedule.meetings[0],
      clusters: [`a${i}`, `b${i}`] as [string, string],
      table: `T${i + 1}`,
    }));
    const grid = eventGridHtml(many, makeSchedule('aura-2026', meetings));
    const heads = [...grid.matchAll(/<thead><tr>(.*?)<\/tr><\/thead>/g)].map((m) => (m[1].match(/<th>/g) ?? []).length - 2);
    expect(heads).toEqual([7, 6]);
  });

  it('escapes names in the grid too', () => {
    const attacked = eventGridHtml(withScriptName(), schedule);
    expect(attacked).not.toContain('<script>');
    expect(attacked).toContain('&lt;script&gt;');
  });

  it("speaks English with lang 'en'", () => {
    const en = eventGridHtml(event, schedule, { lang: 'en' });
    expect(en).toContain('<h1>Meeting grid</h1>');
    expect(en).toContain('<th>Round</th><th>Time</th>');
    expect(en).toContain('<h2>Cluster index</h2>');
  });
});

describe('safeHref', () => {
  it('accepts relative and http(s) links and refuses other schemes', () => {
    expect(safeHref('?lang=en')).toBe('?lang=en');
    expect(safeHref('/api/events/x/print?lang=en')).toBe('/api/events/x/print?lang=en');
    expect(safeHref('https://example.org/p')).toBe('https://example.org/p');
    expect(() => safeHref(' JavaScript:alert(1)')).toThrow(RangeError);
    expect(() => safeHref('data:text/html,x')).toThrow(RangeError);
  });
});
