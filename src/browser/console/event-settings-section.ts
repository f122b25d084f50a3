/**
 * The event's settings: a summary, and a form to change them that sends the
 * whole event file back (`PUT /api/events/:eventId`) — until a schedule is
 * published, when the form is disabled and says why.
 */
import type { EventFile } from '../../../solver/model/types';
import { el, show } from '../dom';
import { dayLabel } from '../text';
import { problemMessage } from '../problem-view';
import type { ErrorBody } from './console-api-types';
import type { ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { fileLocation, settingsKey } from './problem-location';
import { showSummary, type SummaryItem } from './problem-summary';
import { setStatus, statusLine } from './screen';
import { createSettingsForm } from './settings-form';
import { valuesOf } from './settings-values';

export interface SettingsSectionInput {
  file: EventFile;
  /** A schedule is published: the settings are read-only here. */
  locked: boolean;
  rounds: number | null;
  onSaved(): void;
}

export function renderSettingsSection(section: HTMLElement, input: SettingsSectionInput, ctx: ConsoleContext): void {
  const w = ctx.words.console;
  const t = w.eventPage;
  const s = input.file.event;
  const colon = ctx.words.console.colon;
  const fact = (label: string, value: string) => el('div', {}, [el('dt', { text: label }), el('dd', { text: value })]);
  const tables = s.tables === undefined ? t.tablesUnlimited : ctx.words.cli.tables(Array.isArray(s.tables) ? s.tables.length : s.tables);
  const facts = el('dl', { class: 'facts-row' }, [
    fact(w.settings.sessionsLegend, s.sessions.map((x) => `${dayLabel(x.date, w.intlLocale)}, ${x.start}–${x.end}`).join(' · ')),
    s.location ? fact(w.settings.location, s.location) : null,
    fact(ctx.words.exports.table, tables),
    fact(w.settings.cap, t.capText(s.maxMeetingsPerCluster ?? 3)),
    fact(t.objectiveText, s.objective === 'total' ? w.settings.objectiveTotal : w.settings.objectiveFair),
    input.rounds !== null ? fact(ctx.words.exports.round, t.roundsText(input.rounds, s.meetingMinutes)) : null,
  ]);

  const form = createSettingsForm(w, { idPrefix: 'edit', values: valuesOf(s), idReadOnly: true, kept: s });
  const errors = el('div', { class: 'errors-slot' });
  const status = statusLine();
  const submit = el('button', { type: 'submit', class: 'primary', text: t.saveSettings });
  const edit = el('form', { class: 'settings-form', novalidate: '', 'aria-label': t.editSettings }, [errors, form.element, el('div', { class: 'actions' }, [submit, status])]);
  form.setDisabled(input.locked);
  submit.disabled = input.locked;

  edit.addEventListener('submit', (event) => {
    event.preventDefault();
    form.clear();
    errors.replaceChildren();
    const read = form.read();
    const mark = (key: string, message: string): SummaryItem => {
      const target = form.mark(key, message);
      return { text: `${form.labelOf(key) ?? key}${colon}${message}`, target };
    };
    if (read.problems.length) {
      return showSummary(errors, w.create.problemsCount(read.problems.length), read.problems.map((p) => mark(p.path, problemMessage(p, ctx.words))));
    }
    submit.disabled = true;
    setStatus(status, t.savingSettings);
    const file: EventFile = { ...input.file, event: read.settings };
    void ctx.api<unknown>(`/api/events/${encodeURIComponent(s.id)}`, { method: 'PUT', body: file }).then((result) => {
      submit.disabled = false;
      if (result.status === 200) {
        setStatus(status, t.settingsSaved, 'ok');
        ctx.announce(t.settingsSaved);
        return input.onSaved();
      }
      setStatus(status, '');
      const details = (result.body as ErrorBody | null)?.error?.details ?? [];
      if (!details.length) return showSummary(errors, w.create.problemsCount(1), [{ text: consoleFailure(result.status, w), target: null }]);
      const items = details.map((p) => {
        const key = settingsKey(p.path, 'event');
        const message = problemMessage(p, ctx.words);
        if (key !== null && form.labelOf(key)) return mark(key, message);
        return { text: `${fileLocation(p.path, file, w)}${colon}${message}`, target: null };
      });
      showSummary(errors, w.create.problemsCount(items.length), items);
    });
  });

  show(section, [
    el('h2', { id: 'settings-title', text: t.settingsTitle }),
    facts,
    input.locked ? el('p', { class: 'notice', text: t.settingsLocked }) : null,
    el('details', { class: 'edit-settings' }, [el('summary', { text: t.editSettings }), edit]),
  ]);
}
