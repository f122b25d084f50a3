import { instantOf, wallClock, wallValue, zoneOffset } from '../../../src/browser/console/today-time';

describe('the « Heure » field on the event’s clock', () => {
  it('reads a field’s value as an instant with the event zone’s offset, whatever the machine’s zone', () => {
    expect(instantOf('2015-09-10T15:00', 'Europe/Paris')).toBe('2015-09-10T15:00:00+02:00');
    expect(instantOf('2026-11-19T15:00', 'Europe/Paris')).toBe('2026-11-19T15:00:00+01:00');
    expect(instantOf('2026-11-19T15:00', 'Asia/Kolkata')).toBe('2026-11-19T15:00:00+05:30');
    expect(instantOf('2026-11-19T15:00', 'America/New_York')).toBe('2026-11-19T15:00:00-05:00');
  });

  it('keeps the right offset on both sides of a change of the clocks', () => {
    // Paris goes from +02:00 to +01:00 at 03:00 on 25 October 2026.
    expect(instantOf('2026-10-25T01:30', 'Europe/Paris')).toBe('2026-10-25T01:30:00+02:00');
    expect(instantOf('2026-10-25T04:00', 'Europe/Paris')).toBe('2026-10-25T04:00:00+01:00');
    expect(instantOf('2026-03-29T04:00', 'Europe/Paris')).toBe('2026-03-29T04:00:00+02:00');
  });

  it('refuses a value that is not a date and a time', () => {
    expect(instantOf('', 'Europe/Paris')).toBeNull();
    expect(instantOf('2015-09-10', 'Europe/Paris')).toBeNull();
    expect(instantOf('15:00', 'Europe/Paris')).toBeNull();
  });

  it('writes an instant as the field’s value on the event’s clock, and reads it back', () => {
    const ms = Date.parse('2015-09-10T13:00:00Z');
    expect(wallValue(ms, 'Europe/Paris')).toBe('2015-09-10T15:00');
    expect(wallValue(ms, 'Pacific/Apia')).toBe('2015-09-11T02:00'); // +13:00: already the next day
    expect(instantOf(wallValue(ms, 'Europe/Paris'), 'Europe/Paris')).toBe('2015-09-10T15:00:00+02:00');
    expect(zoneOffset(ms, 'Europe/Paris')).toBe(120);
  });

  it('says an instant’s time on the event’s clock, whatever offset it was written with', () => {
    expect(wallClock('2026-11-19T14:00:00Z', 'Europe/Paris')).toBe('15:00');
    expect(wallClock('2026-11-19T15:00:00+01:00', 'Europe/Paris')).toBe('15:00');
  });
});
