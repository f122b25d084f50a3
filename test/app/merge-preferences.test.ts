import type { EventFile } from '../../solver';
import { mergePreferences, resolveEvent } from '../../src/app/merge-preferences';
import type { ClusterPreferences } from '../../src/app/ports';
import { smallEvent } from '../http/harness';

const wishes = (w: Partial<ClusterPreferences>): ClusterPreferences => ({ requests: [], declines: [], submittedAt: 'now', ...w });

describe('mergePreferences', () => {
  it('never modifies the event or the wishes it is given', () => {
    const event = smallEvent();
    event.constraints = { neverMeet: [['techtera', 'viameca']] };
    const preferences = new Map([['axelera', wishes({ requests: [{ to: 'techtera', priority: 2 }], declines: ['viameca'] })]]);
    const frozen = JSON.stringify([event, [...preferences]]);
    mergePreferences(event, preferences, { declinesAsNeverMeet: true });
    expect(JSON.stringify([event, [...preferences]])).toBe(frozen);
  });

  it("keeps the organiser's neverMeet pairs, adds each decline once, and leaves out clusters that left", () => {
    const event = smallEvent();
    event.constraints = { neverMeet: [['techtera', 'viameca']] };
    const preferences = new Map([
      ['viameca', wishes({ declines: ['techtera', 'axelera', 'gone'] })],
      ['axelera', wishes({ declines: ['viameca'], requests: [{ to: 'gone', priority: 1 }] })],
    ]);
    const merged = mergePreferences(event, preferences, { declinesAsNeverMeet: true });
    expect(merged.constraints?.neverMeet).toEqual([
      ['techtera', 'viameca'],
      ['axelera', 'viameca'],
    ]);
    expect(merged.requests).toEqual([]);
  });
});

describe('resolveEvent', () => {
  it("sets aside a cluster's availability that no longer fits the event, but not the one being checked", () => {
    const event: EventFile = smallEvent();
    const stale = [{ date: '2025-06-12', start: '10:00', end: '09:00' }];
    const preferences = new Map([['axelera', wishes({ availability: stale })]]);
    const resolved = resolveEvent(event, preferences, { declinesAsNeverMeet: true });
    expect(resolved.ok && resolved.event.clusters[0].availability).toBeUndefined();
    const strict = resolveEvent(event, preferences, { declinesAsNeverMeet: true, keep: 'axelera' });
    expect(strict.ok).toBe(false);
  });
});
