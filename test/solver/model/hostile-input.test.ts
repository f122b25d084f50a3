/** Hostile event files that once crashed the validator or broke its problems' lines, each found by the fuzz tests (test/fuzz). */
import { formatPath, validateEvent, type Problem } from '../../../solver';
import { pathOf } from '../../../src/app/problems';

const valid = () => ({
  event: { id: 'e', name: 'E', timezone: 'Europe/Paris', sessions: [{ date: '2026-06-11', start: '09:00', end: '10:00' }], meetingMinutes: 20 },
  clusters: [{ id: 'a', name: 'A', attendees: [{ name: 'Ana', email: 'ana@example.org' }] }],
});
const problemsOf = (input: unknown): Problem[] => {
  const result = validateEvent(input);
  return result.ok ? [] : result.problems;
};

describe('hostile event files', () => {
  it('quotes a key that is not a plain name in its path, so that a problem stays on one line', () => {
    const file = JSON.parse('{" ": null, "a\\nb": 1, "__proto__": 2}') as Record<string, unknown>;
    Object.assign(file, valid());
    expect(problemsOf(file).map((p) => p.path)).toEqual(['[" "]', '["a\\nb"]', '__proto__']);
    expect(formatPath(['clusters', 0, 'a.b'])).toBe('clusters[0]["a.b"]');
    expect(formatPath(['', 'x'])).toBe('[""].x');
    expect(formatPath([])).toBe('(file)');
    expect(pathOf(['requests', 3, 'to'])).toBe('requests[3].to');
    expect(pathOf(['x y'])).toBe('["x y"]');
    expect(pathOf([])).toBe('(body)');
  });

  it('reports an e-mail given as 10,000 nested arrays as a type problem, never serialising it', () => {
    const file = valid() as { clusters: { attendees: { email: unknown }[] }[] };
    file.clusters[0].attendees[0].email = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(problemsOf(file)).toEqual([{ path: 'clusters[0].attendees[0].email', code: 'invalid_type', message: 'expected string, got array', params: { expected: 'string' } }]);
  });

  it('quotes at most 100 characters of a value in a message', () => {
    const file = valid();
    file.event.timezone = 'Z'.repeat(100_000);
    const [problem] = problemsOf(file);
    expect(problem).toMatchObject({ path: 'event.timezone', code: 'invalid_zone' });
    expect(problem.message).toBe(`"${'Z'.repeat(100)}…" is not an IANA time zone`);
  });

  it('still names an e-mail address that is text but not an address', () => {
    const file = valid();
    file.clusters[0].attendees[0].email = 'not an address';
    expect(problemsOf(file)).toEqual([expect.objectContaining({ path: 'clusters[0].attendees[0].email', code: 'invalid_email', message: '"not an address" is not an e-mail address' })]);
  });
});
