import { DEFAULT_SETTINGS, settingsOf, valuesOf, type SettingsValues } from '../../../src/browser/console/settings-values';
import type { EventSettings } from '../../../solver';

const filled: SettingsValues = {
  ...DEFAULT_SETTINGS,
  id: ' atelier-2026 ',
  name: 'Atelier',
  location: '',
  sessions: [
    { date: '2026-03-12', start: '09:00', end: '12:00' },
    { date: '2026-03-12', start: '14:00', end: '17:00' },
  ],
  tables: '12',
};

describe('the settings form’s values', () => {
  it('make the event part of an event file, leaving empty optional fields out', () => {
    const { settings, problems } = settingsOf(filled);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      id: 'atelier-2026',
      name: 'Atelier',
      timezone: 'Europe/Paris',
      sessions: filled.sessions,
      meetingMinutes: 20,
      changeoverMinutes: 5,
      tables: 12,
      maxMeetingsPerCluster: 3,
      objective: 'fair',
    });
  });

  it('report the required fields left empty and the numbers that are not whole, with the paths of the settings', () => {
    const { problems } = settingsOf({ ...filled, name: ' ', meetingMinutes: '', cap: '2.5', sessions: [{ date: '', start: '09:00', end: '' }] });
    expect(problems).toEqual([
      { path: 'name', code: 'empty' },
      { path: 'sessions[0].date', code: 'empty' },
      { path: 'sessions[0].end', code: 'empty' },
      { path: 'meetingMinutes', code: 'empty' },
      { path: 'maxMeetingsPerCluster', code: 'not_integer' },
    ]);
  });

  it('keep what the form does not show of an existing event, and its named tables while their number stays', () => {
    const kept: EventSettings = {
      id: 'atelier-2026',
      name: 'Atelier',
      timezone: 'Europe/Paris',
      location: 'Lyon',
      sessions: filled.sessions,
      meetingMinutes: 20,
      tables: [
        { id: 'a', name: 'Salle A' },
        { id: 'b', name: 'Salle B' },
      ],
      competenceWeight: 2,
    };
    const values = valuesOf(kept);
    expect(values).toMatchObject({ tables: '2', location: 'Lyon', changeoverMinutes: '', cap: '' });
    expect(settingsOf(values, kept).settings).toEqual({ ...kept, objective: 'fair' });
    expect(settingsOf({ ...values, tables: '3' }, kept).settings.tables).toBe(3);
    expect(settingsOf({ ...values, tables: '', location: '' }, kept).settings).not.toHaveProperty('tables');
    expect(settingsOf({ ...values, location: '' }, kept).settings).not.toHaveProperty('location');
  });
});
