/**
 * Sends the organiser's edits to the server, which checks them: the locks
 * (`PUT …/locks`) and the meetings moved, removed or added by hand (`PUT
 * …/schedule`, stored as the new draft). A refusal comes back as the reasons
 * in words, with the clusters' names.
 */
import type { LockedMeeting, Problem, Schedule } from '../../../solver/model/types';
import type { ErrorBody, LockList, Published } from './console-api-types';
import type { ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { editProblemTexts } from './edit-problem-text';

export type EditOutcome = { ok: true } | { ok: false; reasons: string[] };

export interface ScheduleEditor {
  saveLocks(locks: LockedMeeting[]): Promise<EditOutcome>;
  saveSchedule(schedule: Schedule): Promise<EditOutcome>;
  /** Publishes the draft; a refusal (it no longer fits the event) names its meetings from `draft`. */
  publish(draft: Schedule): Promise<{ ok: true; count: number } | { ok: false; reasons: string[] }>;
}

export interface EditorOptions {
  eventId: string;
  nameOf(id: string): string;
  tableName(id: string): string;
  /** The locks in force, which `locks[i]` problems of a schedule edit index. */
  locks(): readonly LockedMeeting[];
}

export function createScheduleEditor(ctx: ConsoleContext, options: EditorOptions): ScheduleEditor {
  const path = `/api/events/${encodeURIComponent(options.eventId)}`;
  const refused = (status: number, body: unknown, sent: { meetings: Schedule['meetings'] | LockedMeeting[]; locks: readonly LockedMeeting[] }): EditOutcome => {
    const details: Problem[] = (body as ErrorBody | null)?.error?.details ?? [];
    if ((status === 422 || status === 409) && details.length) {
      const reasons = editProblemTexts(details, { words: ctx.words, nameOf: options.nameOf, tableName: options.tableName, ...sent });
      return { ok: false, reasons };
    }
    return { ok: false, reasons: [consoleFailure(status, ctx.words.console)] };
  };
  return {
    async saveLocks(locks) {
      const result = await ctx.api<LockList | ErrorBody>(`${path}/locks`, { method: 'PUT', body: { meetings: locks } });
      return result.status === 200 ? { ok: true } : refused(result.status, result.body, { meetings: locks, locks });
    },
    async saveSchedule(schedule) {
      const result = await ctx.api<Schedule | ErrorBody>(`${path}/schedule`, { method: 'PUT', body: schedule });
      return result.status === 200 ? { ok: true } : refused(result.status, result.body, { meetings: schedule.meetings, locks: options.locks() });
    },
    async publish(draft) {
      const result = await ctx.api<Published | ErrorBody>(`${path}/publish`, { method: 'POST' });
      if (result.status === 200 && result.body) return { ok: true, count: (result.body as Published).published };
      return refused(result.status, result.body, { meetings: draft.meetings, locks: options.locks() }) as { ok: false; reasons: string[] };
    },
  };
}
