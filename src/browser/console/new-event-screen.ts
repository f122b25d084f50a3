/**
 * A new event, from an event file (JSON, read in the browser and posted to
 * `/api/events`) or from a spreadsheet of the clusters with the day's
 * settings (`/api/events/import`). Every problem the server finds is shown in
 * words with its place: next to its field for a setting, with its line and
 * column for a cell, with its place in the file otherwise.
 */
import type { Problem } from '../../../solver/model/types';
import { el } from '../dom';
import { problemMessage } from '../problem-view';
import type { CreatedEvent, ErrorBody } from './console-api-types';
import type { Cleanup, ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { routeHash } from './console-route';
import { decodeText } from './file-text';
import { fileLocation, importLocation, settingsKey } from './problem-location';
import { showSummary, type SummaryItem } from './problem-summary';
import { enterScreen, field, screenHeading, setStatus, statusLine } from './screen';
import { createSettingsForm } from './settings-form';
import { DEFAULT_SETTINGS } from './settings-values';

const detailsOf = (body: unknown): Problem[] => (body as ErrorBody | null)?.error?.details ?? [];

/** A form of its own, named by its heading, with a place for its problems and a status line. */
function section(id: string, title: string, intro: string, content: Node[], submitText: string) {
  const errors = el('div', { class: 'errors-slot' });
  const submit = el('button', { type: 'submit', class: 'primary', text: submitText });
  const status = statusLine();
  const form = el('form', { class: 'card', novalidate: '', 'aria-labelledby': `${id}-title` }, [
    el('h2', { id: `${id}-title`, text: title }),
    el('p', { class: 'muted', text: intro }),
    errors,
    ...content,
    el('div', { class: 'actions' }, [submit, status]),
  ]);
  return { form, errors, submit, status };
}

function fileInput(accept: string): HTMLInputElement {
  return el('input', { type: 'file', accept, required: '' });
}

/** Shows one message next to a single field (a file field), and on the summary. */
function fieldError(input: HTMLInputElement, message: string): void {
  const error = document.getElementById(`${input.id}-error`);
  if (error) {
    error.textContent = message;
    error.hidden = false;
  }
  input.setAttribute('aria-invalid', 'true');
}

function clearField(input: HTMLInputElement): void {
  const error = document.getElementById(`${input.id}-error`);
  if (error) error.hidden = true;
  input.removeAttribute('aria-invalid');
}

export function renderNewEvent(container: HTMLElement, ctx: ConsoleContext): Cleanup | void {
  const w = ctx.words.console;
  const t = w.create;
  const colon = ctx.words.console.colon;
  const created = (body: CreatedEvent, name: string) => {
    ctx.announce(t.created(name));
    ctx.go({ screen: 'event', eventId: body.id });
  };

  // From an event file.
  const fileControl = fileInput('.json,application/json');
  const fromFile = section('from-file', t.fromFileTitle, t.fromFileIntro, [field('event-file', t.fileLabel, fileControl, t.fileHint)], t.submit);
  fromFile.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearField(fileControl);
    fromFile.errors.replaceChildren();
    const file = fileControl.files?.[0];
    const refuse = (message: string) => {
      fieldError(fileControl, message);
      showSummary(fromFile.errors, t.problemsCount(1), [{ text: `${t.fileLabel}${colon}${message}`, target: fileControl }]);
    };
    if (!file) return refuse(t.noFile);
    fromFile.submit.disabled = true;
    setStatus(fromFile.status, t.creating);
    void file.arrayBuffer().then(async (bytes) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(decodeText(bytes));
      } catch {
        fromFile.submit.disabled = false;
        setStatus(fromFile.status, '');
        return refuse(t.notJson);
      }
      const result = await ctx.api<CreatedEvent | ErrorBody>('/api/events', { method: 'POST', body: parsed });
      fromFile.submit.disabled = false;
      setStatus(fromFile.status, '');
      if (result.status === 201 && result.body) {
        const name = (parsed as { event?: { name?: string } }).event?.name ?? '';
        return created(result.body as CreatedEvent, name);
      }
      if (result.status === 409) return refuse(t.conflict);
      const problems = result.status === 422 ? detailsOf(result.body) : [];
      if (problems.length === 0) return refuse(consoleFailure(result.status, w));
      fieldError(fileControl, t.problemsInFile(problems.length));
      const items = problems.map((p) => ({ text: `${fileLocation(p.path, parsed, w)}${colon}${problemMessage(p, ctx.words)}`, target: null }));
      showSummary(fromFile.errors, t.problemsCount(items.length), items);
    });
  });

  // From a spreadsheet and the settings.
  const csvControl = fileInput('.csv,text/csv');
  const settings = createSettingsForm(w, { idPrefix: 'new', values: DEFAULT_SETTINGS });
  const template = el('a', { href: `${ctx.basePath}/api/events/import/template.csv`, download: 'modele-clusters.csv', text: t.template });
  const fromCsv = section(
    'from-csv',
    t.fromCsvTitle,
    t.fromCsvIntro,
    [el('p', {}, [template]), field('clusters-csv', t.csvLabel, csvControl, t.csvHint), settings.element],
    t.submit,
  );

  const showImportProblems = (problems: readonly Pick<Problem, 'path' | 'code' | 'params'>[]) => {
    const inSheet = problems.filter((p) => p.path.startsWith('csv')).length;
    if (inSheet) fieldError(csvControl, t.problemsInFile(inSheet));
    const items: SummaryItem[] = problems.map((p) => {
      const message = problemMessage(p, ctx.words);
      const key = settingsKey(p.path, 'settings') ?? (p.path.startsWith('csv') ? null : p.path);
      const target = key === null ? null : settings.mark(key, message);
      if (target) return { text: `${settings.labelOf(key!) ?? ''}${colon}${message}`, target };
      return { text: `${importLocation(p, w)}${colon}${message}`, target: p.path.startsWith('csv') ? csvControl : null };
    });
    showSummary(fromCsv.errors, t.problemsCount(items.length), items);
  };

  fromCsv.form.addEventListener('submit', (event) => {
    event.preventDefault();
    settings.clear();
    clearField(csvControl);
    fromCsv.errors.replaceChildren();
    const read = settings.read();
    const file = csvControl.files?.[0];
    const local = [...read.problems];
    if (!file) local.unshift({ path: 'csv', code: 'empty' });
    if (local.length) {
      if (!file) fieldError(csvControl, t.noFile);
      const items: SummaryItem[] = local.map((p) => {
        if (p.path === 'csv') return { text: `${t.csvLabel}${colon}${t.noFile}`, target: csvControl };
        const message = problemMessage(p, ctx.words);
        return { text: `${settings.labelOf(p.path) ?? p.path}${colon}${message}`, target: settings.mark(p.path, message) };
      });
      return showSummary(fromCsv.errors, t.problemsCount(items.length), items);
    }
    fromCsv.submit.disabled = true;
    setStatus(fromCsv.status, t.creating);
    void file!.arrayBuffer().then(async (bytes) => {
      const body = { csv: decodeText(bytes), settings: read.settings };
      const result = await ctx.api<CreatedEvent | ErrorBody>('/api/events/import', { method: 'POST', body });
      fromCsv.submit.disabled = false;
      setStatus(fromCsv.status, '');
      if (result.status === 201 && result.body) return created(result.body as CreatedEvent, read.settings.name);
      if (result.status === 409) {
        const target = settings.mark('id', t.conflict);
        return showSummary(fromCsv.errors, t.problemsCount(1), [{ text: `${settings.labelOf('id')}${colon}${t.conflict}`, target }]);
      }
      const problems = result.status === 422 ? detailsOf(result.body) : [];
      if (problems.length) return showImportProblems(problems);
      showSummary(fromCsv.errors, t.problemsCount(1), [{ text: consoleFailure(result.status, w), target: null }]);
    });
  });

  enterScreen(
    container,
    t.title,
    [
      el('p', { class: 'crumbs' }, [el('a', { href: routeHash({ screen: 'events' }), text: t.backToEvents })]),
      screenHeading(t.title),
      el('p', { class: 'muted', text: t.intro }),
      fromFile.form,
      fromCsv.form,
    ],
    w,
  );
}
