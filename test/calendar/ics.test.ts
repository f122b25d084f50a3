import ICAL from 'ical.js';
import type { EventFile } from '../../solver/model/types';
import { clusterCalendar, eventCalendar } from '../../src/calendar/ics';
import { pairKey } from '../../solver';
import { updateLedger } from '../../src/calendar/ledger';
import { byUid, parseBoth, parseWithIcalJs, type ParsedCalendar } from './parse-ics';
import { ENGLISH_REASONS, INJECTION_NAME, makeSchedule, sampleEvent, sampleSchedule, TRICKY_NAME } from './samples';

const dtstamp = new Date('2026-03-01T09:00:00Z');

function both(ics: string): ParsedCalendar[] {
  const { icaljs, nodeical } = parseBoth(ics);
  return [icaljs, nodeical];
}

/** Content lines after unfolding (RFC 5545 §3.1). */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('clusterCalendar', () => {
  const event = sampleEvent();
  const schedule = sampleSchedule();
  const ics = clusterCalendar(event, schedule, null, 'mont-blanc', { dtstamp });
  const mine = schedule.meetings.filter((m) => m.clusters.includes('mont-blanc'));

  it("publishes one event per meeting of the cluster at the schedule's instants, in both parsers", () => {
    for (const parsed of both(ics)) {
      expect(parsed.method).toBe('PUBLISH');
      expect(parsed.events).toHaveLength(3);
      const events = byUid(parsed.events);
      for (const m of mine) {
        const e = events.get(`aura-2026-${m.clusters[0]}-${m.clusters[1]}@maillage`)!;
        expect(e).toBeDefined();
        expect(e.start).toBe(Date.parse(m.start));
        expect(e.end).toBe(Date.parse(m.end));
        expect(e.tzid).toBe('Europe/Paris');
        expect(e.sequence).toBe(0);
        expect(e.status).toBe('CONFIRMED');
      }
    }
  });

  it('writes the wall-clock hours of the event zone under TZID, with a VTIMEZONE for it', () => {
    const lines = unfolded(ics);
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20260312T140000');
    expect(lines).toContain('DTEND;TZID=Europe/Paris:20260312T142000');
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20260312T144000');
    expect(parseWithIcalJs(ics).timezones['Europe/Paris']).toEqual(['STANDARD', 'DAYLIGHT', 'STANDARD']);
    expect(lines).toContain('DTSTAMP:20260301T090000Z');
  });

  it('names the partner in the summary, the venue and table in the location, and gives the reasons in French with names', () => {
    for (const parsed of both(ics)) {
      const e = byUid(parsed.events).get('aura-2026-mont-blanc-robotics@maillage')!;
      expect(e.summary).toBe('Rencontre : Coboteam Robotique');
      expect(e.location).toBe('Hôtel de Région, Lyon — table T1');
      expect(e.description).toBe(
        [
          'Tour 1 — table T1',
          '',
          'Pourquoi cette rencontre :',
          '- Mont-Blanc Industries a demandé à rencontrer Coboteam Robotique (1er choix)',
          '- Coboteam Robotique propose robotique, compétence recherchée par Mont-Blanc Industries',
          '- Mont-Blanc Industries propose usinage de précision, compétence recherchée par Coboteam Robotique',
          '',
          'Coboteam Robotique',
          'Propose : robotique, vision industrielle',
          'Recherche : usinage de précision',
          'Participants : Amélie Rousseau <amelie@coboteam.example>',
        ].join('\n'),
      );
      const named = byUid(parsed.events).get('aura-2026-evil-mont-blanc@maillage')!;
      expect(named.location).toBe('Hôtel de Région, Lyon — Salle Rhône');
      expect(named.description).toContain(
        `Pourquoi cette rencontre :\n- Rencontre fixée par l’organisateur\n- ${INJECTION_NAME.replace('\r\n', '\n')} a demandé à rencontrer Mont-Blanc Industries (2e choix)\n`,
      );
      const mutual = byUid(parsed.events).get('aura-2026-mont-blanc-tricky@maillage')!;
      expect(mutual.description).toContain(`- Demande mutuelle (${TRICKY_NAME}\u00a0: 1er choix, Mont-Blanc Industries\u00a0: 3e choix)\n`);
    }
  });

  it("never shows the schedule's English reasons, nor a cluster id outside the UIDs", () => {
    const all = [ics, eventCalendar(event, schedule, null, { dtstamp })].map((text) => text.replace(/^UID:.*$/gm, ''));
    for (const text of all.map((t) => t.replace(/\r\n[ \t]/g, ''))) {
      for (const english of ENGLISH_REASONS) expect(text).not.toContain(english);
      for (const id of event.clusters.map((c) => c.id)) expect(text).not.toMatch(new RegExp(`(?<![\\w.@-])${id}(?![\\w.@-])`));
    }
  });

  it('reminds the cluster 5 minutes before each meeting', () => {
    for (const parsed of both(ics)) {
      for (const e of parsed.events) expect(e.alarms).toEqual([{ action: 'DISPLAY', trigger: '-PT5M' }]);
    }
  });

  it('names the calendar after the event and the cluster', () => {
    for (const parsed of both(ics)) {
      expect(parsed.name).toBe('Interclustering Auvergne-Rhône-Alpes 2026 — Mont-Blanc Industries');
    }
  });

  it("speaks English with lang 'en'", () => {
    const en = clusterCalendar(event, schedule, null, 'mont-blanc', { dtstamp, lang: 'en' });
    for (const parsed of both(en)) {
      const e = byUid(parsed.events).get('aura-2026-mont-blanc-robotics@maillage')!;
      expect(e.summary).toBe('Meeting: Coboteam Robotique');
      expect(e.description).toContain(
        'Round 1 — table T1\n\nWhy this meeting:\n- Mont-Blanc Industries asked to meet Coboteam Robotique (1st choice)\n' +
          '- Coboteam Robotique offers robotique, sought by Mont-Blanc Industries\n',
      );
      expect(e.description).toContain('Offers: robotique, vision industrielle\nSeeks: usinage de précision\nAttendees: ');
    }
    expect(en).toContain('PRODID:-//maillage//maillage//EN');
  });

  it('round-trips names with accents, commas, semicolons, quotes, backslashes and line breaks', () => {
    const tricky = clusterCalendar(event, schedule, null, 'tricky', { dtstamp });
    for (const parsed of both(tricky)) {
      expect(parsed.name).toBe(`Interclustering Auvergne-Rhône-Alpes 2026 — ${TRICKY_NAME.replace('\n', ' ')}`);
      expect(parsed.events).toHaveLength(2);
      const e = byUid(parsed.events).get('aura-2026-plastics-tricky@maillage')!;
      expect(e.summary).toBe('Rencontre : Plastipolis');
      expect(e.description).toContain(`- ${TRICKY_NAME} propose eau, minérale; "pure", compétence recherchée par Plastipolis\n`);
    }
    for (const parsed of both(ics)) {
      const e = byUid(parsed.events).get('aura-2026-mont-blanc-tricky@maillage')!;
      expect(e.summary).toBe(`Rencontre : ${TRICKY_NAME}`);
      expect(e.description).toContain(`\n${TRICKY_NAME}\nPropose : eau, minérale; "pure"`);
    }
  });

  it('keeps a name that tries to inject a property inside its own property', () => {
    const attacked = clusterCalendar(event, schedule, null, 'evil', { dtstamp });
    const lines = unfolded(attacked);
    expect(lines.filter((l) => /^ATTENDEE/i.test(l))).toEqual([]);
    expect(lines).toContain('SUMMARY:Rencontre : Mont-Blanc Industries');
    expect(lines).toContain('X-WR-CALNAME:Interclustering Auvergne-Rhône-Alpes 2026 — Evil ATTENDEE:mailto:x@evil.example');
    for (const parsed of both(attacked)) {
      expect(parsed.name).toBe('Interclustering Auvergne-Rhône-Alpes 2026 — Evil ATTENDEE:mailto:x@evil.example');
    }
    for (const parsed of both(ics)) {
      const e = byUid(parsed.events).get('aura-2026-evil-mont-blanc@maillage')!;
      expect(e.summary).toBe('Rencontre : Evil\nATTENDEE:mailto:x@evil.example');
    }
    const vevent = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevent.flatMap((v) => v.getAllProperties('attendee'))).toEqual([]);
  });

  it('drops the control characters iCalendar forbids in text', () => {
    const noisy: EventFile = {
      ...event,
      clusters: event.clusters.map((c) => (c.id === 'robotics' ? { ...c, name: 'Cobo\u0007team\u0000 Robotique' } : c)),
    };
    const text = clusterCalendar(noisy, schedule, null, 'mont-blanc', { dtstamp });
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    for (const parsed of both(text)) {
      expect(byUid(parsed.events).get('aura-2026-mont-blanc-robotics@maillage')!.summary).toBe(
        'Rencontre : Coboteam Robotique',
      );
    }
  });

  it('folds lines at 75 octets with CRLF without splitting a UTF-8 character', () => {
    const longName = `Pôle Européen d’Innovation « Fruits & Légumes » — 🍏🍐🍊 ${'é'.repeat(80)} ${'🚀'.repeat(30)}`;
    const big: EventFile = {
      ...event,
      clusters: event.clusters.map((c) => (c.id === 'robotics' ? { ...c, name: longName } : c)),
    };
    const text = clusterCalendar(big, schedule, null, 'mont-blanc', { dtstamp });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(line).not.toMatch(/^ ?[\uDC00-\uDFFF]/);
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    for (const parsed of both(text)) {
      expect(byUid(parsed.events).get('aura-2026-mont-blanc-robotics@maillage')!.summary).toBe(`Rencontre : ${longName}`);
    }
  });

  it('publishes an empty but valid calendar for a cluster without meetings', () => {
    const empty = clusterCalendar(event, schedule, null, 'lonely', { dtstamp });
    expect(empty).not.toContain('BEGIN:VTIMEZONE');
    for (const parsed of both(empty)) {
      expect(parsed.events).toEqual([]);
      expect(parsed.name).toBe('Interclustering Auvergne-Rhône-Alpes 2026 — Cluster sans rencontre');
    }
  });

  it('rejects an unknown cluster', () => {
    expect(() => clusterCalendar(event, schedule, null, 'nobody', { dtstamp })).toThrow('unknown cluster "nobody"');
  });

  it('refuses a ledger that was not updated with the schedule', () => {
    const ledger = updateLedger(null, event, schedule, dtstamp);
    const moved = makeSchedule(
      schedule.eventId,
      schedule.meetings.map((m) => (pairKey(...m.clusters) === 'mont-blanc|robotics' ? { ...m, table: 'T3' } : m)),
    );
    expect(() => clusterCalendar(event, moved, ledger, 'mont-blanc', { dtstamp })).toThrow(
      'calendar ledger is not up to date for pair mont-blanc|robotics',
    );
    const fewer = makeSchedule(schedule.eventId, schedule.meetings.slice(1));
    expect(() => eventCalendar(event, fewer, ledger, { dtstamp })).toThrow('not up to date for pair mont-blanc|robotics');
  });

  it('suggests an hourly refresh to subscribers, or none when asked', () => {
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-PUBLISHED-TTL:PT1H\r\n');
    const never = clusterCalendar(event, schedule, null, 'mont-blanc', { dtstamp, refreshSeconds: 0 });
    expect(never).not.toContain('REFRESH-INTERVAL');
  });

  it('writes UTC times for an event held in UTC', () => {
    const utcEvent: EventFile = { ...event, event: { ...event.event, timezone: 'UTC' } };
    const text = clusterCalendar(utcEvent, schedule, null, 'mont-blanc', { dtstamp });
    expect(unfolded(text)).toContain('DTSTART:20260312T130000Z');
    expect(text).not.toContain('TZID');
    for (const parsed of both(text)) expect(parsed.events.map((e) => e.start)).toContain(Date.parse('2026-03-12T14:00:00+01:00'));
  });

  it('rejects an event zone unknown to the runtime', () => {
    const bad: EventFile = { ...event, event: { ...event.event, timezone: 'Europe/Lyon' } };
    expect(() => clusterCalendar(bad, schedule, null, 'mont-blanc', { dtstamp })).toThrow('unknown time zone "Europe/Lyon"');
  });
});

describe('eventCalendar', () => {
  const event = sampleEvent();
  const schedule = sampleSchedule();
  const ics = eventCalendar(event, schedule, null, { dtstamp });

  it('has every meeting with both clusters in the summary and the table in the location', () => {
    for (const parsed of both(ics)) {
      expect(parsed.name).toBe('Interclustering Auvergne-Rhône-Alpes 2026 — toutes les rencontres');
      expect(parsed.events).toHaveLength(schedule.meetings.length);
      const events = byUid(parsed.events);
      for (const m of schedule.meetings) {
        const e = events.get(`aura-2026-${m.clusters[0]}-${m.clusters[1]}@maillage`)!;
        expect(e.start).toBe(Date.parse(m.start));
        expect(e.end).toBe(Date.parse(m.end));
      }
      const e = events.get('aura-2026-plastics-tricky@maillage')!;
      expect(e.summary).toBe(`Rencontre : Plastipolis × ${TRICKY_NAME}`);
      expect(e.location).toBe('Hôtel de Région, Lyon — Salle Rhône');
      expect(e.description).toContain('Valeur : 2,5');
    }
  });

  it('sets no alarm: the organiser would get them all at once', () => {
    for (const parsed of both(ics)) for (const e of parsed.events) expect(e.alarms).toEqual([]);
  });

  it('lists the events in time order, then by table', () => {
    const uids = parseWithIcalJs(ics).events.map((e) => e.uid);
    expect(uids).toEqual([
      'aura-2026-mont-blanc-robotics@maillage',
      'aura-2026-plastics-tricky@maillage',
      'aura-2026-evil-mont-blanc@maillage',
      'aura-2026-mont-blanc-tricky@maillage',
      'aura-2026-plastics-robotics@maillage',
    ]);
  });
});
