/**
 * The schedule on the event's page: whether it is the draft or the published
 * one, its quality in words, « Publier le planning », what the draft changes,
 * the grid with its lock and edit buttons, the form to add a meeting, and the
 * summary under it. Every edit goes to the server, then the page reloads.
 */
import type { EventFile, Schedule } from '../../../solver/model/types';
import { el, note } from '../dom';
import type { ConsoleContext } from './console-context';
import { addMeetingForm } from './add-meeting-form';
import type { EventData } from './event-data';
import { showsDraft } from './event-data';
import { focusKey, gridTable } from './grid-view';
import type { MoveDialog } from './move-dialog';
import { roundOptions, tableOptions } from './place-options';
import { refusalBox } from './refusal-view';
import { addMeeting, moveMeeting, removeMeeting, toggleLock } from './schedule-edits';
import type { ScheduleEditor } from './schedule-editor';
import { scheduleGrid, spansDays, type GridCell } from './schedule-grid';
import { scheduleSummary } from './schedule-summary';
import { changesView, qualityView, versionView } from './schedule-status-view';
import { summaryView } from './schedule-summary-view';
import { tablesOf, type TableColumn } from './schedule-tables';
import { setStatus } from './screen';

export interface ScheduleSectionInput {
  data: EventData;
  nameOf(id: string): string;
  tableName(id: string): string;
  editor: ScheduleEditor;
  dialog: MoveDialog;
  /** Where the outcome of an action is said (outside what a reload redraws). */
  status: HTMLElement;
  /** Reloads the page's data, then gives the focus to the control with this key, if any. */
  reload(focus?: string): void;
}

/** The tables a meeting may go to: the event's, or with unlimited tables those in use and one more. */
function placeTables(file: EventFile, schedule: Schedule): TableColumn[] {
  const tables = tablesOf(file.event, schedule);
  if (file.event.tables !== undefined) return tables;
  const next = `T${tables.length + 1}`;
  return tables.some((t) => t.id === next) ? tables : [...tables, { id: next, name: next }];
}

export function renderScheduleSection(container: HTMLElement, input: ScheduleSectionInput, ctx: ConsoleContext): void {
  const { data } = input;
  const w = ctx.words.console;
  const t = w.schedule;
  const schedule = data.schedule;
  if (!schedule) return void container.replaceChildren(note(t.none));

  const draft = showsDraft(data);
  const changes = draft && data.changes.hasPublished ? data.changes.changes : [];
  const columns = tablesOf(data.file.event, schedule);
  const colon = ctx.words.console.colon;
  const say = (text: string, tone: 'ok' | 'error' | 'info' = 'ok') => {
    setStatus(input.status, text, tone);
    ctx.announce(text);
  };
  const refuse = (title: string, reasons: string[]) => {
    input.status.classList.remove('ok', 'error', 'info');
    input.status.replaceChildren(refusalBox(title, reasons));
  };

  const grid = scheduleGrid(schedule, columns, {
    nameOf: input.nameOf,
    tableName: input.tableName,
    exports: ctx.words.exports,
    words: w,
    locks: data.locks,
    changes,
  });
  const places = placeTables(data.file, schedule);
  const withDay = spansDays(schedule);

  const actions = {
    toggleLock(cell: GridCell) {
      const meeting = schedule.meetings[cell.index];
      void input.editor.saveLocks(toggleLock(data.locks, meeting)).then((outcome) => {
        if (!outcome.ok) return refuse(t.lockFailed, outcome.reasons);
        say(cell.locked ? t.unlockSaved(...cell.names) : t.lockSaved(...cell.names));
        input.reload(focusKey('lock', cell));
      });
    },
    move(cell: GridCell) {
      const meeting = schedule.meetings[cell.index];
      input.dialog.open({
        names: cell.names,
        from: { round: meeting.round, table: meeting.table },
        rounds: roundOptions(schedule.rounds, withDay, w),
        tables: tableOptions(places),
        save: async (to) => {
          const outcome = await input.editor.saveSchedule(moveMeeting(schedule, cell.index, to));
          if (!outcome.ok) return outcome.reasons;
          say(ctx.words.console.edit.moved(...cell.names));
          input.reload(focusKey('move', cell));
          return null;
        },
      });
    },
    remove(cell: GridCell) {
      if (!window.confirm(w.edit.removeConfirm(...cell.names))) return;
      void input.editor.saveSchedule(removeMeeting(schedule, cell.index)).then((outcome) => {
        if (!outcome.ok) return refuse(w.edit.refused(outcome.reasons.length), outcome.reasons);
        say(w.edit.removed(...cell.names));
        input.reload();
      });
    },
  };

  const publish = el('button', { type: 'button', class: 'primary', text: t.publish, 'aria-describedby': 'publish-hint' });
  publish.addEventListener('click', () => {
    publish.disabled = true;
    setStatus(input.status, t.publishing, 'info');
    void input.editor.publish(schedule).then((outcome) => {
      publish.disabled = false;
      if (!outcome.ok) return refuse(t.publishFailed, outcome.reasons);
      say(t.publishedNow(outcome.count));
      input.reload();
    });
  });

  const summary = scheduleSummary(schedule, data.file.clusters, input.nameOf, ctx.words.explain, ctx.lang);
  const names = { nameOf: input.nameOf, tableName: input.tableName, exports: ctx.words.exports, words: w };
  const version = versionView(draft, publish, w);
  const quality = qualityView(schedule.stats, data.file.clusters.length, w);
  const changesPart = draft && data.changes.hasPublished ? changesView(data.changes, names) : null;

  const add = addMeetingForm(w, {
    clusters: [...data.file.clusters].sort((a, b) => a.name.localeCompare(b.name, ctx.lang)),
    rounds: roundOptions(schedule.rounds, withDay, w),
    tables: tableOptions(places),
    save: async (a, b, at) => {
      const outcome = await input.editor.saveSchedule(addMeeting(schedule, a, b, at));
      if (!outcome.ok) return outcome.reasons;
      say(w.edit.added(input.nameOf(a), input.nameOf(b)));
      input.reload();
      return null;
    },
  });

  container.replaceChildren(
    ...[
      version,
      quality,
      changesPart,
      el('section', { class: 'grid-part', 'aria-labelledby': 'grid-title' }, [
        el('h3', { id: 'grid-title', text: t.gridTitle }),
        el('p', { class: 'hint', text: w.edit.lockedHint }),
        gridTable(grid, draft, w, actions),
      ]),
      add,
      ...summaryView(summary, w, colon),
    ].filter((n): n is HTMLElement => n !== null),
  );
}
