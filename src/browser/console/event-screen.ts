/**
 * The event's page: links to « Aujourd'hui » and « Bilan », its clusters
 * with their links and messages, building the schedule,
 * the schedule (draft or published) with its grid and edits, the downloads
 * and the settings. It reads everything again after each change.
 */
import type { Problem } from '../../../solver/model/types';
import type { EventState } from '../../i18n/console-words';
import { el, note } from '../dom';
import { problemMessage } from '../problem-view';
import { dateLabel, namesOf } from '../text';
import { createBuildSection, type BuildSection } from './build-section';
import { renderClustersSection } from './clusters-section';
import type { Cleanup, ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { routeHash } from './console-route';
import { renderDownloads } from './downloads-section';
import { loadEventData, showsDraft, type EventData } from './event-data';
import { renderSettingsSection } from './event-settings-section';
import { createMoveDialog } from './move-dialog';
import { fileLocation } from './problem-location';
import { renderScheduleSection } from './schedule-section';
import { createScheduleEditor } from './schedule-editor';
import { tableNamer, tablesOf } from './schedule-tables';
import { enterScreen, screenHeading, statusLine } from './screen';

/** How long after a sending the clusters' dates are read again. */
const MAIL_SETTLE_MS = 3000;

const stateOf = (data: EventData): EventState => (data.changes.hasDraft ? 'draft' : data.schedule ? 'published' : 'open');

export function renderEvent(container: HTMLElement, ctx: ConsoleContext, eventId: string): Cleanup {
  const w = ctx.words.console;
  const crumbs = el('p', { class: 'crumbs' }, [el('a', { href: routeHash({ screen: 'events' }), text: w.eventPage.backToEvents })]);
  let stopped = false;
  let build: BuildSection | null = null;
  let data: EventData | null = null;
  const dialog = createMoveDialog(w);
  const planningStatus = el('div', { class: 'status planning-status' });
  const mailStatus = statusLine('mail-status');
  let mailTimer: number | undefined;
  const parts = {
    header: el('div', { class: 'event-head' }),
    clusters: el('section', { class: 'part', 'aria-labelledby': 'clusters-title' }),
    planning: el('section', { class: 'part', 'aria-labelledby': 'planning-title' }),
    schedule: el('div', { class: 'schedule' }),
    downloads: el('section', { class: 'part', 'aria-labelledby': 'downloads-title' }),
    settings: el('section', { class: 'part', 'aria-labelledby': 'settings-title' }),
  };
  const nameOf = (id: string) => (data ? namesOf(data.file.clusters)(id) : id);
  const tableName = (id: string) => (data ? tableNamer(tablesOf(data.file.event, data.schedule))(id) : id);
  const editor = createScheduleEditor(ctx, { eventId, nameOf, tableName, locks: () => data?.locks ?? [] });
  const describe = (p: Problem) => `${fileLocation(p.path, data?.file, w)}${ctx.words.console.colon}${problemMessage(p, ctx.words)}`;

  /** Links to the page's parts; the hash holds the screen, so a click moves the focus instead. */
  const toc = el('nav', { class: 'toc', 'aria-label': w.eventPage.onThisPage }, [
    el(
      'ul',
      {},
      (
        [
          ['clusters-title', w.clusters.heading],
          ['planning-title', w.schedule.title],
          ['downloads-title', w.downloads.title],
          ['settings-title', w.eventPage.settingsTitle],
        ] as const
      ).map(([target, text]) => {
        const a = el('a', { href: routeHash({ screen: 'event', eventId }), text, 'data-target': target });
        a.addEventListener('click', (event) => {
          event.preventDefault();
          const heading = document.getElementById(target);
          if (!heading) return;
          heading.setAttribute('tabindex', '-1');
          heading.focus();
          heading.scrollIntoView({ block: 'start' });
        });
        return el('li', { 'data-part': target }, [a]);
      }),
    ),
  ]);

  enterScreen(container, w.shell.loading, [crumbs, el('div', { 'aria-busy': 'true' }, [note(w.shell.loading)])], w, false);

  function draw(d: EventData): void {
    const s = d.file.event;
    const state = stateOf(d);
    const draft = showsDraft(d);
    const dates = [...new Set(s.sessions.map((x) => x.date))].map((x) => dateLabel(x, w.intlLocale)).join(', ');
    parts.header.replaceChildren(
      screenHeading(s.name),
      el('p', { class: 'event-facts' }, [
        el('span', { text: [dates, s.location].filter(Boolean).join(' · ') }),
        el('span', { class: `state state-${state}`, text: w.events.state[state] }),
      ]),
      el('p', { class: 'screen-links' }, [
        el('a', { href: routeHash({ screen: 'today', eventId }), text: w.eventPage.todayLink }),
        el('a', { href: routeHash({ screen: 'report', eventId }), text: w.eventPage.reportLink }),
      ]),
    );
    drawClusters(d);
    if (!build) {
      build = createBuildSection(ctx, { eventId, hasSchedule: d.schedule !== null, onBuilt: () => reload(), describe });
      parts.planning.replaceChildren(el('h2', { id: 'planning-title', text: w.schedule.title }), build.element, planningStatus, parts.schedule, dialog.element);
    }
    build.setHasSchedule(d.schedule !== null);
    // An edit or a publication follows the build: what the build said is no longer the news.
    const afterEdit = (focus?: string) => {
      build?.settle();
      reload(focus);
    };
    renderScheduleSection(parts.schedule, { data: d, nameOf, tableName, editor, dialog, status: planningStatus, reload: afterEdit }, ctx);
    if (d.schedule) renderDownloads(parts.downloads, eventId, draft, ctx);
    parts.downloads.hidden = d.schedule === null;
    const downloadsLink = toc.querySelector<HTMLElement>('[data-part="downloads-title"]');
    if (downloadsLink) downloadsLink.hidden = d.schedule === null;
    renderSettingsSection(parts.settings, { file: d.file, locked: d.changes.hasPublished, rounds: d.schedule?.rounds.length ?? null, onSaved: () => reload() }, ctx);
  }

  function drawClusters(d: EventData): void {
    // The dates are the sendings' own: the worker is likely still sending, so read them again a little later too.
    const sent = (focus?: string) => {
      reload(focus);
      window.clearTimeout(mailTimer);
      // The redraw keeps the focus where it was, when it was on a control with a key.
      mailTimer = window.setTimeout(() => reload(document.activeElement?.getAttribute('data-focus-key') ?? undefined), MAIL_SETTLE_MS);
    };
    const input = { eventId, timezone: d.file.event.timezone, clusters: d.clusters, published: d.changes.hasPublished, mailMode: d.mailMode, mailStatus, reload: sent };
    renderClustersSection(parts.clusters, input, ctx);
  }

  function reload(focus?: string): void {
    void loadEventData(ctx.api, eventId).then((result) => {
      if (stopped) return;
      if ('status' in result) {
        const text = result.status === 404 ? w.eventPage.notFound : consoleFailure(result.status, w);
        return enterScreen(container, w.eventPage.notFound, [crumbs, screenHeading(text)], w);
      }
      const first = data === null;
      data = result.data;
      draw(result.data);
      if (first) {
        enterScreen(container, result.data.file.event.name, [crumbs, parts.header, toc, parts.clusters, parts.planning, parts.downloads, parts.settings], w);
      } else if (focus) {
        container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focus)}"]`)?.focus();
      }
    });
  }

  reload();
  return () => {
    stopped = true;
    window.clearTimeout(mailTimer);
    build?.stop();
    if (dialog.element.open) dialog.element.close();
  };
}
