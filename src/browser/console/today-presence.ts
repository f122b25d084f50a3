/**
 * The clusters' presence on the « Aujourd'hui » screen: for each cluster, its
 * state at the screen's time (« Présent », « Absent jusqu'à 15:00 »…) and
 * « Marquer absent », with an optional « Arrivée prévue à » for a late
 * arrival, or « Annuler l'absence ». Each change goes to the server, which
 * answers with every absence.
 */
import type { ClusterInput } from '../../../solver/model/types';
import { el } from '../dom';
import type { Absence, AbsenceList } from './console-api-types';
import type { ConsoleContext } from './console-context';
import { presenceAt, presenceText } from './today-state';
import { instantOf } from './today-time';
import { setStatus } from './screen';

export interface PresenceInput {
  eventId: string;
  timezone: string;
  clusters: readonly Pick<ClusterInput, 'id' | 'name'>[];
  /** Where the outcome of a change is said (kept across redraws). */
  status: HTMLElement;
  /** Called with every absence after a change. */
  onChange(absences: Absence[]): void;
}

export interface PresenceView {
  element: HTMLElement;
  /** Redraws the states at `now` (ISO), the datetime-local value `day` giving the day of an arrival time. */
  draw(absences: readonly Absence[], now: string, day: string, focus?: string): void;
}

export function createPresence(ctx: ConsoleContext, input: PresenceInput): PresenceView {
  const t = ctx.words.console.today;
  const body = el('tbody');
  const table = el('table', { class: 'presence', 'aria-labelledby': 'presence-title' }, [
    el('thead', {}, [el('tr', {}, [
      el('th', { scope: 'col', text: t.cluster }),
      el('th', { scope: 'col', text: t.state }),
      el('th', { scope: 'col' }, [el('span', { class: 'visually-hidden', text: t.actions })]),
    ])]),
    body,
  ]);
  const sorted = [...input.clusters].sort((a, b) => a.name.localeCompare(b.name, ctx.lang));
  let last: { absences: readonly Absence[]; now: string; day: string } = { absences: [], now: '', day: '' };

  const send = (method: 'POST' | 'DELETE', payload: object, said: string, focus: string, buttons: HTMLButtonElement[]) => {
    for (const b of buttons) b.disabled = true;
    void ctx.api<AbsenceList>(`/api/events/${encodeURIComponent(input.eventId)}/absences`, { method, body: payload }).then((result) => {
      for (const b of buttons) b.disabled = false;
      if (result.status !== 200 || !result.body) return setStatus(input.status, t.absenceFailed, 'error');
      setStatus(input.status, said, 'ok');
      ctx.announce(said);
      input.onChange(result.body.absences);
      draw(result.body.absences, last.now, last.day, focus);
    });
  };

  function row(c: Pick<ClusterInput, 'id' | 'name'>, i: number, absence: Absence | undefined): HTMLTableRowElement {
    const nameId = `presence-${i}-name`;
    const state = presenceText(presenceAt(absence, last.now), input.timezone, ctx.words.console);
    const actions = el('div', { class: 'presence-actions' });
    if (absence) {
      const cancel = el('button', { type: 'button', class: 'secondary small-button', 'aria-describedby': nameId, 'data-focus-key': `presence:${c.id}`, text: t.cancelAbsence });
      cancel.addEventListener('click', () => send('DELETE', { clusters: [c.id] }, t.absenceCancelled(c.name), `presence:${c.id}`, [cancel]));
      actions.append(cancel);
    } else {
      const arrival = el('input', { type: 'time', id: `arrival-${i}`, class: 'arrival', 'aria-describedby': nameId });
      const mark = el('button', { type: 'button', class: 'remove small-button', 'aria-describedby': nameId, 'data-focus-key': `presence:${c.id}`, text: t.markAbsent });
      mark.addEventListener('click', () => {
        const until = arrival.value && last.day ? instantOf(`${last.day}T${arrival.value}`, input.timezone) : null;
        send('POST', { clusters: [c.id], ...(until ? { until } : {}) }, t.markedAbsent(c.name), `presence:${c.id}`, [mark]);
      });
      actions.append(el('span', { class: 'arrival-field' }, [el('label', { for: arrival.id, text: t.arrivalAt }), arrival]), mark);
    }
    return el('tr', { class: `presence-row${absence ? ' is-absent' : ''}`, 'data-cluster': c.id }, [
      el('th', { scope: 'row', id: nameId, class: 'presence-name', text: c.name }),
      el('td', { class: 'presence-state', text: state }),
      el('td', {}, [actions]),
    ]);
  }

  function draw(absences: readonly Absence[], now: string, day: string, focus?: string): void {
    last = { absences, now, day };
    const byCluster = new Map(absences.map((a) => [a.cluster, a]));
    body.replaceChildren(...sorted.map((c, i) => row(c, i, byCluster.get(c.id))));
    if (focus) body.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focus)}"]`)?.focus();
  }

  return { element: el('div', { class: 'table-scroll' }, [table]), draw };
}
