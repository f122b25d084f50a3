/** The limits of the event file through `maillage validate`: exit 2 with the located problem beyond each, 0 at it. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ROUNDS, MAX_SESSIONS, type EventFile } from '../../solver';
import { cli, tempDir } from './run-cli';

const temp = tempDir('limits');
afterAll(() => temp.remove());

const write = (name: string, file: EventFile): string => {
  const path = join(temp.dir, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
};

/** One-minute meetings from midnight, UTC: one round a minute over `days` days. */
const grid = (id: string, days: number, minutes: number): EventFile => ({
  event: {
    id,
    name: id,
    timezone: 'UTC',
    meetingMinutes: 1,
    sessions: Array.from({ length: days }, (_, k) => ({ date: `2026-07-${String(k + 1).padStart(2, '0')}`, start: '00:00', end: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` })),
  },
  clusters: [{ id: 'a', name: 'A' }],
});

describe('maillage validate and the limits of the event file', () => {
  it(`accepts a grid of ${MAX_ROUNDS} rounds and refuses more with exit 2 and a located line`, async () => {
    expect((await cli('validate', write('at-limit.json', grid('at-limit', 1, MAX_ROUNDS)))).code).toBe(0);
    const over = await cli('validate', write('over.json', grid('over', 1, MAX_ROUNDS + 1)));
    expect(over.code).toBe(2);
    expect(over.err).toContain(`event.sessions: the sessions make ${MAX_ROUNDS + 1} rounds, more than the limit of ${MAX_ROUNDS}`);
  });

  it(`refuses ${MAX_SESSIONS + 1} whole-day sessions with exit 2, naming both limits, before any solve`, async () => {
    const many = grid('many', 1, 60);
    many.event.sessions = Array.from({ length: MAX_SESSIONS + 1 }, (_, k) => ({ date: new Date(Date.UTC(2026, 0, 1 + k)).toISOString().slice(0, 10), start: '00:00', end: '23:00' }));
    const over = await cli('solve', write('many.json', many));
    expect(over.code).toBe(2);
    expect(over.err.split('\n')).toEqual(
      expect.arrayContaining([
        `event.sessions: ${MAX_SESSIONS + 1} sessions, more than the limit of ${MAX_SESSIONS}`,
        `event.sessions: the sessions make ${(MAX_SESSIONS + 1) * 1380} rounds, more than the limit of ${MAX_ROUNDS}`,
      ]),
    );
  });
});
