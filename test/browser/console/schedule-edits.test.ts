import { addMeeting, isLocked, lockIndexOf, meetingIndexOf, moveMeeting, removeMeeting, toggleLock } from '../../../src/browser/console/schedule-edits';
import { sampleSchedule } from './sample-schedule';

describe('edits of a schedule by hand', () => {
  it('moves a meeting to another round and table, with that round’s times', () => {
    const moved = moveMeeting(sampleSchedule(), 0, { round: 3, table: 'T2' });
    expect(moved.meetings[0]).toMatchObject({ clusters: ['axelera', 'minalogic'], round: 3, table: 'T2', start: '2025-06-12T09:50:00+02:00', end: '2025-06-12T10:10:00+02:00' });
    expect(moved.meetings.slice(1)).toEqual(sampleSchedule().meetings.slice(1));
  });

  it('removes a meeting, and adds one with its pair in ascending order', () => {
    expect(removeMeeting(sampleSchedule(), 1).meetings.map((m) => m.clusters)).toEqual([
      ['axelera', 'minalogic'],
      ['minalogic', 'techtera'],
    ]);
    const added = addMeeting(sampleSchedule(), 'viameca', 'axelera', { round: 2, table: 'T1' });
    expect(added.meetings.at(-1)).toMatchObject({ clusters: ['axelera', 'viameca'], round: 2, table: 'T1', start: '2025-06-12T09:25:00+02:00' });
  });

  it('never changes the schedule it is given', () => {
    const schedule = sampleSchedule();
    const frozen = JSON.stringify(schedule);
    moveMeeting(schedule, 0, { round: 2, table: 'T1' });
    removeMeeting(schedule, 0);
    addMeeting(schedule, 'axelera', 'viameca', { round: 3, table: 'T3' });
    expect(JSON.stringify(schedule)).toBe(frozen);
  });

  it('locks a meeting where it is, and unlocks it whatever the order of its pair', () => {
    const [first] = sampleSchedule().meetings;
    const locks = toggleLock([], first);
    expect(locks).toEqual([{ clusters: ['axelera', 'minalogic'], round: 1, table: 'T1' }]);
    expect(isLocked(locks, { clusters: ['minalogic', 'axelera'] })).toBe(true);
    expect(toggleLock([{ clusters: ['minalogic', 'axelera'], round: 1, table: 'T1' }], first)).toEqual([]);
  });

  it('reads which meeting or lock a problem names', () => {
    expect([meetingIndexOf('meetings[3].round'), meetingIndexOf('constraints.mustMeet[0]')]).toEqual([3, null]);
    expect([lockIndexOf('locks[1]'), lockIndexOf('meetings[1]')]).toEqual([1, null]);
  });
});
