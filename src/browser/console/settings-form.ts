/**
 * The settings of an event as a form: identifier, name, time zone, venue,
 * sessions (one or more, each a day with its start and end), meeting and
 * changeover minutes, tables, cap and objective. Used by the new event's
 * spreadsheet import and by the event's page. Each field has its label, its
 * hint and its error line; `mark` puts a problem next to its field.
 */
import type { EventSettings } from '../../../solver/model/types';
import type { ConsoleWords } from '../../i18n/console-words';
import { el } from '../dom';
import { field } from './screen';
import { settingsOf, type FormProblem, type SettingsValues } from './settings-values';

export interface SettingsForm {
  element: HTMLFieldSetElement;
  read(): { settings: EventSettings; problems: FormProblem[] };
  /** Hides every error. */
  clear(): void;
  /**
   * Shows `message` next to the field of `key` (`name`, `sessions[0].end`…)
   * and returns that field, or null when the form has no field for it.
   */
  mark(key: string, message: string): HTMLElement | null;
  /** The label of the field of `key`, for the list of problems. */
  labelOf(key: string): string | null;
  setDisabled(disabled: boolean): void;
}

export interface SettingsFormOptions {
  /** Prefix of the ids of the form's fields. */
  idPrefix: string;
  values: SettingsValues;
  /** The identifier cannot change (an existing event). */
  idReadOnly?: boolean;
  /** The current settings, whose fields the form does not show are kept. */
  kept?: EventSettings;
}

const SESSION_PARTS = ['date', 'start', 'end'] as const;

function input(type: string, value: string, extra: Record<string, string> = {}): HTMLInputElement {
  const node = el('input', { type, ...extra });
  node.value = value;
  return node;
}

export function createSettingsForm(words: ConsoleWords, options: SettingsFormOptions): SettingsForm {
  const t = words.settings;
  const id = (name: string) => `${options.idPrefix}-${name}`;
  const v = options.values;

  const controls = {
    id: input('text', v.id, { autocomplete: 'off', spellcheck: 'false', required: '', ...(options.idReadOnly ? { readonly: '' } : {}) }),
    name: input('text', v.name, { required: '' }),
    timezone: input('text', v.timezone, { required: '', spellcheck: 'false' }),
    location: input('text', v.location),
    meetingMinutes: input('number', v.meetingMinutes, { min: '1', step: '1', inputmode: 'numeric', required: '' }),
    changeoverMinutes: input('number', v.changeoverMinutes, { min: '0', step: '1', inputmode: 'numeric' }),
    tables: input('number', v.tables, { min: '1', step: '1', inputmode: 'numeric' }),
    maxMeetingsPerCluster: input('number', v.cap, { min: '0', step: '1', inputmode: 'numeric' }),
    objective: el('select', {}, [
      el('option', { value: 'fair', text: t.objectiveFair }),
      el('option', { value: 'total', text: t.objectiveTotal }),
    ]),
  };
  controls.objective.value = v.objective;

  const sessionList = el('ol', { class: 'plain session-list' });
  const sessionsError = el('p', { class: 'field-error', id: id('sessions-error'), hidden: '' });
  const addSession = el('button', { type: 'button', class: 'secondary', text: t.addSession });
  const rows = () => Array.from(sessionList.children) as HTMLElement[];
  const sessionInput = (row: HTMLElement, part: (typeof SESSION_PARTS)[number]) => row.querySelector(`[data-part="${part}"]`) as HTMLInputElement;

  function renumber(): void {
    rows().forEach((row, i) => {
      (row.querySelector('legend') as HTMLElement).textContent = t.sessionN(i + 1);
      for (const part of SESSION_PARTS) {
        const control = sessionInput(row, part);
        control.id = id(`session-${i}-${part}`);
        control.setAttribute('aria-describedby', `${control.id}-error`);
        (control.previousElementSibling as HTMLLabelElement).htmlFor = control.id;
        (control.nextElementSibling as HTMLElement).id = `${control.id}-error`;
      }
      const remove = row.querySelector('button') as HTMLButtonElement;
      remove.textContent = t.removeSessionN(i + 1);
      remove.hidden = rows().length === 1;
    });
  }

  function addSessionRow(values: { date: string; start: string; end: string }): HTMLElement {
    const parts = SESSION_PARTS.map((part) => {
      const control = input(part === 'date' ? 'date' : 'time', values[part], { 'data-part': part, required: '', ...(part === 'date' ? {} : { step: '300' }) });
      return el('div', { class: 'field' }, [el('label', { text: t[part] }), control, el('p', { class: 'field-error', hidden: '' })]);
    });
    const remove = el('button', { type: 'button', class: 'remove' });
    const row = el('li', {}, [el('fieldset', { class: 'session' }, [el('legend'), el('div', { class: 'row' }, [...parts, remove])])]);
    remove.addEventListener('click', () => {
      row.remove();
      renumber();
      addSession.focus();
    });
    sessionList.appendChild(row);
    renumber();
    return row;
  }
  for (const s of v.sessions) addSessionRow(s);
  addSession.addEventListener('click', () => {
    const last = rows().at(-1);
    const date = last ? sessionInput(last, 'date').value : '';
    sessionInput(addSessionRow({ date, start: '', end: '' }), 'start').focus();
  });

  const element = el('fieldset', { class: 'settings' }, [
    el('legend', { text: t.legend }),
    el('div', { class: 'grid-fields' }, [
      field(id('id'), t.id, controls.id, t.idHint),
      field(id('name'), t.name, controls.name),
      field(id('timezone'), t.timezone, controls.timezone, t.timezoneHint),
      field(id('location'), t.location, controls.location),
    ]),
    el('fieldset', { class: 'sessions', id: id('sessions'), 'aria-describedby': `${id('sessions-hint')} ${id('sessions-error')}` }, [
      el('legend', { text: t.sessionsLegend }),
      el('p', { class: 'hint', id: id('sessions-hint'), text: t.sessionsHint }),
      sessionList,
      sessionsError,
      addSession,
    ]),
    el('div', { class: 'grid-fields' }, [
      field(id('meetingMinutes'), t.meetingMinutes, controls.meetingMinutes),
      field(id('changeoverMinutes'), t.changeoverMinutes, controls.changeoverMinutes),
      field(id('tables'), t.tables, controls.tables, t.tablesHint),
      field(id('maxMeetingsPerCluster'), t.cap, controls.maxMeetingsPerCluster, t.capHint),
    ]),
    el('div', { class: 'wide-field' }, [field(id('objective'), t.objective, controls.objective)]),
  ]);

  /** The control of a key, and the element its message goes in. */
  function place(key: string): { control: HTMLElement; error: HTMLElement } | null {
    const session = /^sessions\[(\d+)\](?:\.(date|start|end))?/.exec(key);
    if (session) {
      const row = rows()[Number(session[1])];
      if (!row) return null;
      const control = sessionInput(row, (session[2] as 'date' | 'start' | 'end' | undefined) ?? 'date');
      return { control, error: control.nextElementSibling as HTMLElement };
    }
    if (key === 'sessions' || key.startsWith('sessions.')) return { control: rows()[0] ? sessionInput(rows()[0], 'date') : addSession, error: sessionsError };
    const name = /^(\w+)/.exec(key)?.[1] as keyof typeof controls | undefined;
    const control = name && Object.hasOwn(controls, name) ? controls[name] : null;
    return control ? { control, error: control.parentElement!.querySelector('.field-error') as HTMLElement } : null;
  }

  return {
    element,
    read() {
      const values: SettingsValues = {
        id: controls.id.value,
        name: controls.name.value,
        timezone: controls.timezone.value,
        location: controls.location.value,
        sessions: rows().map((row) => ({ date: sessionInput(row, 'date').value, start: sessionInput(row, 'start').value, end: sessionInput(row, 'end').value })),
        meetingMinutes: controls.meetingMinutes.value,
        changeoverMinutes: controls.changeoverMinutes.value,
        tables: controls.tables.value,
        cap: controls.maxMeetingsPerCluster.value,
        objective: controls.objective.value === 'total' ? 'total' : 'fair',
      };
      return settingsOf(values, options.kept);
    },
    clear() {
      for (const p of element.querySelectorAll<HTMLElement>('.field-error')) {
        p.hidden = true;
        p.textContent = '';
      }
      for (const node of element.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
    },
    mark(key, message) {
      const at = place(key);
      if (!at) return null;
      at.error.textContent = at.error.textContent ? `${at.error.textContent} ${message}` : message;
      at.error.hidden = false;
      at.control.setAttribute('aria-invalid', 'true');
      return at.control;
    },
    labelOf(key) {
      const at = place(key);
      if (!at) return null;
      const label = at.control.id ? element.querySelector(`label[for="${at.control.id}"]`) : null;
      const session = /^sessions\[(\d+)\]/.exec(key);
      const text = label?.textContent ?? null;
      return session && text ? `${t.sessionN(Number(session[1]) + 1)}, ${text.toLowerCase()}` : text;
    },
    setDisabled(disabled) {
      element.disabled = disabled;
    },
  };
}
