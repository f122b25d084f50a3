/**
 * « Aujourd'hui »: the event's day as it goes. At the time of the « Heure »
 * field (now by default; another time rehearses the day), the round in
 * progress and who sits at which table, the clusters' presence with
 * « Marquer absent » and « Annuler l'absence », and « Replanifier la suite »
 * with « Publier ». From the published schedule: what the clusters live by.
 */
import type { EventFile, Schedule } from '../../../solver/model/types';
import { el, note } from '../dom';
import { namesOf } from '../text';
import type { Absence, AbsenceList } from './console-api-types';
import type { Cleanup, ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { eventCrumbs } from './event-crumbs';
import { roundTime, spansDays } from './schedule-grid';
import { tableNamer, tablesOf } from './schedule-tables';
import { enterScreen, field, screenHeading, statusLine } from './screen';
import { createPresence, type PresenceView } from './today-presence';
import { createReplan, type ReplanPart } from './today-replan';
import { currentRound, roundTables } from './today-round';
import { instantOf, wallValue } from './today-time';

interface TodayData {
  file: EventFile;
  /** The published schedule; null before the first publication. */
  schedule: Schedule | null;
  absences: Absence[];
}

async function loadToday(ctx: ConsoleContext, eventId: string): Promise<{ data: TodayData } | { status: number }> {
  const path = `/api/events/${encodeURIComponent(eventId)}`;
  const [file, schedule, absences] = await Promise.all([
    ctx.api<EventFile>(path),
    ctx.api<Schedule>(`${path}/schedule?version=published`),
    ctx.api<AbsenceList>(`${path}/absences`),
  ]);
  if (file.status !== 200 || !file.body) return { status: file.status };
  if (schedule.status !== 200 && schedule.status !== 404) return { status: schedule.status };
  if (absences.status !== 200 || !absences.body) return { status: absences.status };
  return { data: { file: file.body, schedule: schedule.status === 200 ? schedule.body : null, absences: absences.body.absences } };
}

export function renderToday(container: HTMLElement, ctx: ConsoleContext, eventId: string): Cleanup {
  const w = ctx.words.console;
  const t = w.today;
  const trail = eventCrumbs(w, eventId);
  const crumbs = trail.element;
  const time = el('input', { type: 'datetime-local', step: '60' });
  const timeField = field('today-time', t.time, time, t.timeHint);
  const roundPart = el('section', { class: 'part', 'aria-labelledby': 'now-title' });
  const presenceStatus = statusLine('presence-status');
  const presencePart = el('section', { class: 'part', 'aria-labelledby': 'presence-title' });
  let data: TodayData | null = null;
  let presence: PresenceView | null = null;
  let replan: ReplanPart | null = null;
  let stopped = false;

  const zone = () => data?.file.event.timezone ?? 'UTC';
  const now = () => instantOf(time.value, zone());
  const nameOf = (id: string) => (data ? namesOf(data.file.clusters)(id) : id);
  const tableName = (id: string) => (data ? tableNamer(tablesOf(data.file.event, data.schedule))(id) : id);

  function drawRound(d: TodayData, at: string | null): void {
    const schedule = d.schedule;
    if (!schedule) return void roundPart.replaceChildren(el('h2', { id: 'now-title', text: t.noRound }), note(t.noSchedule));
    const round = at ? currentRound(schedule.rounds, at) : null;
    if (!round) return void roundPart.replaceChildren(el('h2', { id: 'now-title', class: 'current-round', text: t.noRound }));
    const rows = roundTables(schedule, round.index, tablesOf(d.file.event, schedule), nameOf);
    roundPart.replaceChildren(
      el('h2', { id: 'now-title', class: 'current-round', text: t.round(round.index, roundTime(round, w.intlLocale, spansDays(schedule))) }),
      rows.length
        ? el('div', { class: 'table-scroll' }, [
            el('table', { class: 'round-tables' }, [
              el('caption', { text: t.tablesCaption(round.index) }),
              el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: t.table }), el('th', { scope: 'col', text: t.participants })])]),
              el('tbody', {}, rows.map((r) => el('tr', {}, [el('th', { scope: 'row', text: r.table }), el('td', { text: r.names.join(' × ') })]))),
            ]),
          ])
        : note(t.noMeetings),
    );
  }

  function drawTime(): void {
    if (!data) return;
    const at = now();
    const error = timeField.querySelector<HTMLElement>('.field-error')!;
    error.hidden = at !== null;
    error.textContent = at ? '' : t.badTime;
    time.setAttribute('aria-invalid', at ? 'false' : 'true');
    drawRound(data, at);
    presence?.draw(data.absences, at ?? new Date().toISOString(), time.value.slice(0, 10));
  }

  function load(first: boolean): void {
    void loadToday(ctx, eventId).then((result) => {
      if (stopped) return;
      if ('status' in result) {
        const text = result.status === 404 ? w.eventPage.notFound : consoleFailure(result.status, w);
        return enterScreen(container, t.title, [crumbs, screenHeading(text)], w);
      }
      data = result.data;
      if (!first) return drawTime();
      const s = data.file.event;
      trail.named(s.name);
      time.value = wallValue(Date.now(), s.timezone);
      presence = createPresence(ctx, {
        eventId,
        timezone: s.timezone,
        clusters: data.file.clusters,
        status: presenceStatus,
        onChange: (absences) => {
          if (data) data.absences = absences;
        },
      });
      presencePart.replaceChildren(el('h2', { id: 'presence-title', text: t.presenceTitle }), presenceStatus, presence.element);
      replan = createReplan(ctx, {
        eventId,
        now,
        rounds: () => data?.schedule?.rounds ?? [],
        nameOf,
        tableName,
        onPublished: () => load(false),
      });
      drawTime();
      enterScreen(container, `${t.title} · ${s.name}`, [crumbs, screenHeading(t.title), timeField, roundPart, presencePart, data.schedule ? replan.element : null], w);
    });
  }

  time.addEventListener('input', drawTime);
  time.addEventListener('change', drawTime);
  enterScreen(container, t.title, [crumbs, el('div', { 'aria-busy': 'true' }, [note(w.shell.loading)])], w, false);
  load(true);
  return () => {
    stopped = true;
    replan?.stop();
  };
}
