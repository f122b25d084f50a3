/**
 * Calendars compared byte for byte with the files in test/fixtures-golden.
 * After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx jest test/calendar test/export`, and read the diff.
 */
import { clusterCalendar, eventCalendar } from '../../src/calendar/ics';
import { updateLedger } from '../../src/calendar/ledger';
import { expectGolden } from './golden';
import { parseBoth } from './parse-ics';
import { dstEvent, dstSchedule, movedAndDropped, sampleEvent, sampleSchedule } from './samples';

const dtstamp = new Date('2026-03-01T09:00:00Z');

describe('golden calendars', () => {
  it('cluster agenda, in French', () => {
    expectGolden('cluster-mont-blanc.fr.ics', clusterCalendar(sampleEvent(), sampleSchedule(), null, 'mont-blanc', { dtstamp }));
  });

  it('organiser calendar, in English', () => {
    expectGolden('event-aura-2026.en.ics', eventCalendar(sampleEvent(), sampleSchedule(), null, { dtstamp, lang: 'en' }));
  });

  it('organiser calendar of the night summer time ends', () => {
    expectGolden('event-nuit-dst.fr.ics', eventCalendar(dstEvent(), dstSchedule(), null, { dtstamp }));
  });

  it('cluster agenda after a re-solve that moved and dropped meetings', () => {
    const first = updateLedger(null, sampleEvent(), sampleSchedule(), dtstamp);
    const second = updateLedger(first, sampleEvent(), movedAndDropped(), new Date('2026-03-05T10:30:00Z'));
    const ics = clusterCalendar(sampleEvent(), movedAndDropped(), second, 'mont-blanc', {
      dtstamp: new Date('2026-03-05T10:30:00Z'),
    });
    expectGolden('cluster-mont-blanc-resolved.fr.ics', ics);
    const { icaljs, nodeical } = parseBoth(ics);
    expect(icaljs.events).toHaveLength(3);
    expect(nodeical.events).toHaveLength(3);
  });
});
