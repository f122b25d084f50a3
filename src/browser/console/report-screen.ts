/**
 * The event's « Bilan »: the meetings planned and held, the follow-ups and
 * the ratings the clusters gave, by pair of sectors and of regions, a heatmap
 * of the sectors, the report as a spreadsheet, and « Demander les retours »
 * to the clusters that have not answered.
 */
import type { EventFile } from '../../../solver/model/types';
import type { ReportWords } from '../../i18n/report-words';
import { el, note } from '../dom';
import type { Cleanup, ConsoleContext } from './console-context';
import { consoleFailure } from './console-failure';
import { exportQuery } from './downloads-section';
import { eventCrumbs } from './event-crumbs';
import { heatmapChart } from './report-chart';
import { pairLines, reportFigures } from './report-figures';
import type { EventReport, InvitationsQueued, PairRow } from './report-types';
import { enterScreen, screenHeading, setStatus, statusLine } from './screen';

function pairTable(id: string, title: string, rows: readonly PairRow[], t: ReportWords, locale: string): HTMLElement {
  const lines = pairLines(rows, t, locale);
  const head = el('tr', {}, [t.pair, t.plannedColumn, t.heldColumn, t.followUpsColumn].map((text) => el('th', { scope: 'col', text })));
  return el('section', { class: 'part report-pairs', 'aria-labelledby': id }, [
    el('h2', { id, text: title }),
    lines.length
      ? el('div', { class: 'grid-scroll' }, [
          el('table', { class: 'grid', 'aria-labelledby': id }, [
            el('thead', {}, [head]),
            el(
              'tbody',
              {},
              lines.map((l) =>
                el('tr', {}, [el('th', { scope: 'row', text: l.name }), el('td', { text: String(l.planned) }), el('td', { text: String(l.held) }), el('td', { text: l.followUps })]),
              ),
            ),
          ]),
        ])
      : note(t.noPairs),
  ]);
}

export function renderReport(container: HTMLElement, ctx: ConsoleContext, eventId: string): Cleanup {
  const t = ctx.words.report;
  const w = ctx.words.console;
  const locale = w.intlLocale;
  const base = `/api/events/${encodeURIComponent(eventId)}`;
  const trail = eventCrumbs(w, eventId);
  const crumbs = trail.element;
  let stopped = false;

  enterScreen(container, t.title, [crumbs, el('div', { 'aria-busy': 'true' }, [note(t.loading)])], w, false);

  function downloadPart(): HTMLElement {
    const status = statusLine();
    const path = `${base}/report.csv${exportQuery(ctx.lang, false)}`;
    const a = el('a', { href: ctx.basePath + path, class: 'download', text: t.downloadCsv });
    a.addEventListener('click', (event) => {
      event.preventDefault();
      setStatus(status, '');
      void ctx.download(path, `${eventId}-bilan.csv`).then((ok) => {
        if (!ok) setStatus(status, t.downloadFailed, 'error');
      });
    });
    return el('section', { class: 'part', 'aria-labelledby': 'report-download-title' }, [
      el('h2', { id: 'report-download-title', text: t.downloadTitle }),
      el('ul', { class: 'downloads' }, [el('li', {}, [a])]),
      status,
    ]);
  }

  function askPart(): HTMLElement {
    const status = statusLine('ask-status');
    const button = el('button', { type: 'button', class: 'primary', text: t.ask, 'aria-describedby': 'ask-hint' });
    button.addEventListener('click', () => {
      button.disabled = true;
      setStatus(status, t.asking);
      void ctx.api<InvitationsQueued>(`${base}/invitations`, { method: 'POST', body: { kind: 'feedback' } }).then((result) => {
        if (stopped) return;
        button.disabled = false;
        if (result.status === 202 && result.body) return setStatus(status, t.asked(result.body.queued, result.body.unreachable.length), 'ok');
        setStatus(status, result.status === 422 ? t.askFailed : consoleFailure(result.status, w), 'error');
      });
    });
    return el('section', { class: 'part', 'aria-labelledby': 'ask-title' }, [
      el('h2', { id: 'ask-title', text: t.askTitle }),
      el('p', { class: 'hint', id: 'ask-hint', text: t.askHint }),
      el('div', { class: 'actions' }, [button, status]),
    ]);
  }

  function draw(report: EventReport): void {
    const figures = el('section', { class: 'part', 'aria-labelledby': 'figures-title' }, [
      el('h2', { id: 'figures-title', class: 'visually-hidden', text: t.figuresTitle }),
      el(
        'dl',
        { class: 'facts-row report-figures' },
        reportFigures(report, t).map((f) => el('div', {}, [el('dt', { text: f.label }), el('dd', { class: 'figure', text: f.value })])),
      ),
    ]);
    const chart = el('section', { class: 'part', 'aria-labelledby': 'chart-title' }, [
      el('h2', { id: 'chart-title', text: t.chartTitle }),
      el('p', { class: 'hint', text: t.chartHint }),
      report.bySectorPair.length ? el('div', { class: 'grid-scroll heatmap-scroll' }, [heatmapChart(report.bySectorPair, t, locale)]) : note(t.noPairs),
    ]);
    enterScreen(
      container,
      t.title,
      [
        crumbs,
        screenHeading(t.title),
        figures,
        chart,
        pairTable('by-sector-title', t.bySectorTitle, report.bySectorPair, t, locale),
        pairTable('by-region-title', t.byRegionTitle, report.byRegionPair, t, locale),
        downloadPart(),
        askPart(),
      ],
      w,
    );
  }

  void ctx.api<EventFile>(base).then((result) => {
    if (!stopped && result.status === 200 && result.body) trail.named(result.body.event.name);
  });
  void ctx.api<EventReport>(`${base}/report`).then((result) => {
    if (stopped) return;
    if (result.status === 200 && result.body) return draw(result.body);
    const text = result.status === 404 ? t.notFound : consoleFailure(result.status, w);
    enterScreen(container, t.title, [crumbs, screenHeading(t.title), el('p', { class: 'notice', role: 'alert', text })], w);
  });

  return () => {
    stopped = true;
  };
}
