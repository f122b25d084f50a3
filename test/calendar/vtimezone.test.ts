import { tzOffset, tzScan } from '@date-fns/tz';
import ICAL from 'ical.js';
import { vtimezone, zoneTransitions } from '../../src/calendar/vtimezone';
import { isRepeatedWallTime } from '../../src/export/local-time';

const CRLF = '\r\n';

describe('zoneTransitions', () => {
  it('finds the two Paris changes of 2026 at 01:00 UTC, to the second', () => {
    const changes = zoneTransitions('Europe/Paris', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(changes).toEqual([
      { at: new Date('2026-03-29T01:00:00Z'), offsetFrom: 60, offsetTo: 120 },
      { at: new Date('2026-10-25T01:00:00Z'), offsetFrom: 120, offsetTo: 60 },
    ]);
  });

  it.each(['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Apia'])(
    'finds the changes tzScan of @date-fns/tz finds in %s over 2024–2027, to the second',
    (zone) => {
      const interval = { start: new Date('2024-01-01T00:00:00Z'), end: new Date('2028-01-01T00:00:00Z') };
      const ours = zoneTransitions(zone, interval.start, interval.end);
      const theirs = tzScan(zone, interval);
      expect(ours.map((t) => t.offsetTo)).toEqual(theirs.map((t) => t.offset));
      ours.forEach((t, i) => {
        // Exact to the second…
        expect(tzOffset(zone, new Date(t.at.getTime() - 1000))).toBe(t.offsetFrom);
        expect(tzOffset(zone, t.at)).toBe(t.offsetTo);
        // …where tzScan 1.5.0 can be 30 minutes late (Lord Howe's half-hour change).
        expect(Math.abs(t.at.getTime() - theirs[i].date.getTime())).toBeLessThanOrEqual(3600_000);
      });
    },
  );

  it('rejects an unknown zone and a name that could inject a property', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    expect(() => zoneTransitions('Europe/Lyon', from, from)).toThrow(RangeError);
    expect(() => zoneTransitions('Europe/Paris\r\nX-EVIL:1', from, from)).toThrow('invalid time zone name');
  });
});

describe('vtimezone', () => {
  it('writes Paris for 2026: the change of October 2025, then both changes of 2026', () => {
    expect(vtimezone('Europe/Paris', { from: 2026, to: 2026 })).toBe(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Paris',
        'X-LIC-LOCATION:Europe/Paris',
        'BEGIN:STANDARD',
        'DTSTART:20251026T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20260329T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20261025T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join(CRLF),
    );
  });

  it('writes a single STANDARD for a zone without summer time', () => {
    expect(vtimezone('Asia/Kolkata', { from: 2026, to: 2026 })).toBe(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Kolkata',
        'X-LIC-LOCATION:Asia/Kolkata',
        'BEGIN:STANDARD',
        'DTSTART:20250101T000000',
        'TZOFFSETFROM:+0530',
        'TZOFFSETTO:+0530',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join(CRLF),
    );
  });

  it('marks the southern summer of Sydney as DAYLIGHT', () => {
    const text = vtimezone('Australia/Sydney', { from: 2026, to: 2026 });
    expect(text).toContain(['BEGIN:DAYLIGHT', 'DTSTART:20251005T020000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100'].join(CRLF));
    expect(text).toContain(['BEGIN:STANDARD', 'DTSTART:20260405T030000', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000'].join(CRLF));
    expect(text).toContain(['BEGIN:DAYLIGHT', 'DTSTART:20261004T020000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100'].join(CRLF));
  });

  it('writes negative offsets with their sign', () => {
    const text = vtimezone('America/St_Johns', { from: 2026, to: 2026 });
    expect(text).toContain('TZOFFSETFROM:-0330');
    expect(text).toContain('TZOFFSETTO:-0230');
  });

  it('covers every year of a range', () => {
    const text = vtimezone('Europe/Paris', { from: 2026, to: 2027 });
    expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toHaveLength(5);
    expect(text).toContain('DTSTART:20271031T030000');
  });

  // The direction a parser uses: a wall-clock time with a TZID back to an instant.
  // Repeated wall-clock times are left out: calendars write those in UTC.
  it.each(['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata', 'America/St_Johns'])(
    'lets ical.js turn every wall-clock half hour of 2026 in %s into the instant the runtime gives',
    (zone) => {
      const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR${CRLF}${vtimezone(zone, { from: 2026, to: 2026 })}${CRLF}END:VCALENDAR${CRLF}`));
      const timezone = new ICAL.Timezone(component.getFirstSubcomponent('vtimezone')!);
      const mismatches: string[] = [];
      let checked = 0;
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 1800_000) {
        const instant = new Date(ms);
        if (isRepeatedWallTime(instant, zone)) continue;
        const wall = new Date(ms + tzOffset(zone, instant) * 60_000);
        const time = new ICAL.Time(
          {
            year: wall.getUTCFullYear(),
            month: wall.getUTCMonth() + 1,
            day: wall.getUTCDate(),
            hour: wall.getUTCHours(),
            minute: wall.getUTCMinutes(),
            second: 0,
            isDate: false,
          },
          timezone,
        );
        const parsed = time.toUnixTime() * 1000;
        if (parsed !== ms) mismatches.push(`${instant.toISOString()} read as ${new Date(parsed).toISOString()}`);
        checked++;
      }
      expect(checked).toBeGreaterThan(17_000);
      expect(mismatches).toEqual([]);
    },
  );

  it('rejects an empty or reversed range of years', () => {
    expect(() => vtimezone('Europe/Paris', { from: 2027, to: 2026 })).toThrow(RangeError);
    expect(() => vtimezone('Europe/Paris', { from: 2026.5, to: 2027 })).toThrow(RangeError);
  });
});
