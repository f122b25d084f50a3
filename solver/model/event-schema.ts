/**
 * Shape of the event file v1 (zod). Cross-references and times are checked
 * in `validate-event.ts`; this module only checks each field on its own.
 */
import { z } from 'zod';
import { isDate, isTime, isTimeZone } from '../time/zoned-time';
import { MAX_TABLES } from './limits';

/**
 * A value as its message quotes it: text within 100 characters. Only text is
 * quoted: a message of another type says what the value is not, and never
 * serialises it (10,000 nested arrays would overflow `JSON.stringify`).
 */
const quoted = (input: unknown): string => {
  if (typeof input !== 'string') return 'this value';
  return JSON.stringify(input.length > 100 ? `${input.slice(0, 100)}…` : input);
};

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export const idSchema = z.string().refine((s) => ID_PATTERN.test(s), {
  params: { code: 'invalid_id' },
  error: (issue) =>
    `${quoted(issue.input)} is not a valid id (letters, digits, "-", "_" or ".", at most 100 characters)`,
});
const dateSchema = z.string().refine(isDate, { params: { code: 'invalid_date' }, error: (issue) => `${quoted(issue.input)} is not a date (YYYY-MM-DD)` });
const timeSchema = z.string().refine(isTime, { params: { code: 'invalid_time' }, error: (issue) => `${quoted(issue.input)} is not a time (HH:MM, 00:00–23:59)` });
const text = z.string().trim().min(1, { error: 'must not be empty' }).max(500, { error: 'is longer than 500 characters' });
const count = (min: number, max: number) =>
  z.number().int({ error: 'must be a whole number' }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` });

export const windowSchema = z.strictObject({ date: dateSchema, start: timeSchema, end: timeSchema });

const tableSchema = z.strictObject({ id: idSchema, name: text });

const settingsSchema = z.strictObject({
  id: idSchema,
  name: text,
  timezone: z.string().refine(isTimeZone, { params: { code: 'invalid_zone' }, error: (issue) => `${quoted(issue.input)} is not an IANA time zone` }),
  location: text.optional(),
  sessions: z.array(windowSchema).min(1, { error: 'at least one session is needed' }),
  meetingMinutes: count(1, 24 * 60),
  changeoverMinutes: count(0, 24 * 60).optional(),
  tables: z.union([count(1, MAX_TABLES), z.array(tableSchema).min(1, { error: 'at least one table is needed' })]).optional(),
  maxMeetingsPerCluster: count(0, 1000).optional(),
  objective: z.enum(['fair', 'total'], { error: 'must be "fair" or "total"' }).optional(),
  competenceWeight: z.number().min(0, { error: 'must be at least 0' }).max(1000, { error: 'must be at most 1000' }).optional(),
  idleMeasure: z.enum(['rounds', 'gaps'], { error: 'must be "rounds" or "gaps"' }).optional(),
});

const clusterSchema = z.strictObject({
  id: idSchema,
  name: text,
  region: text.optional(),
  sector: text.optional(),
  offers: z.array(text).max(100).optional(),
  seeks: z.array(text).max(100).optional(),
  maxMeetings: count(0, 1000).optional(),
  availability: z.array(windowSchema).optional(),
  attendees: z
    .array(z.strictObject({ name: text, email: z.email({ error: (issue) => (issue.code === 'invalid_format' ? `${quoted(issue.input)} is not an e-mail address` : undefined) }).optional() }))
    .optional(),
  lang: z.enum(['fr', 'en'], { error: 'must be "fr" or "en"' }).optional(),
});

const requestSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  priority: count(1, 5).optional(),
});

const pairSchema = z.tuple([idSchema, idSchema], { error: 'must be a pair of two cluster ids' });

const meetingWindowSchema = z.strictObject({
  clusters: pairSchema,
  // An empty list would forbid the pair: that is `neverMeet`'s job.
  windows: z.array(windowSchema).refine((windows) => windows.length > 0, { params: { code: 'empty' }, error: 'at least one window is needed' }),
});

export const eventFileSchema = z.strictObject({
  event: settingsSchema,
  clusters: z.array(clusterSchema).min(1, { error: 'at least one cluster is needed' }),
  requests: z.array(requestSchema).optional(),
  constraints: z
    .strictObject({
      mustMeet: z.array(pairSchema).optional(),
      neverMeet: z.array(pairSchema).optional(),
      meetingWindows: z.array(meetingWindowSchema).optional(),
    })
    .optional(),
});
