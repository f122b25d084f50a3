/**
 * Printable agendas: a page per cluster and the event's grid of rounds × tables,
 * as standalone HTML documents whose print stylesheet gives clean A4 pages.
 */
import type { ClusterInput, EventFile, Meeting, Schedule } from '../../solver/model/types';
import { compareNatural, eventLookup, formatAttendee, sortMeetings, type EventLookup } from './event-lookup';
import { escapeHtml as h, htmlDocument } from './html';
import { dictionary } from '../i18n/dictionary';
import { explainMeeting } from '../i18n/explain';
import type { ExplainWords } from '../i18n/explain-words';
import type { ExportWords } from '../i18n/export-words';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { assertTimeZone, formatLocal, isRepeatedWallTime, parseInstant } from './local-time';

export interface PrintOptions {
  /** @defaultValue `'fr'` */
  lang?: Lang;
  /**
   * URL of the same page in the other language; when given, a small link to it is
   * shown on screen (not on paper). Relative or http(s) only.
   */
  switchLangHref?: string;
}

/** Tables per grid block: more would not fit the width of a landscape A4 page. */
export const GRID_TABLES_PER_BLOCK = 8;

interface Context {
  event: EventFile;
  schedule: Schedule;
  lookup: EventLookup;
  t: ExportWords;
  explain: ExplainWords;
  lang: Lang;
  zone: string;
  multiDay: boolean;
}

function context(event: EventFile, schedule: Schedule, lang: Lang = DEFAULT_LANG): Context {
  const zone = event.event.timezone;
  assertTimeZone(zone);
  const days = new Set(schedule.meetings.map((m) => formatLocal(m.start, zone, 'yyyy-MM-dd')));
  const words = dictionary(lang);
  return { event, schedule, lookup: eventLookup(event), t: words.exports, explain: words.explain, lang, zone, multiDay: days.size > 1 };
}

/**
 * `14:00–14:20` as HTML, after the day when the event has several. Where a
 * wall-clock time occurs twice (the night summer time ends) the UTC offsets
 * follow on a second line, so that the two 02:00 differ on paper.
 */
function timeCell(start: string, end: string, c: Context, withDay = c.multiDay): string {
  const day = withDay ? `<span class="day">${h(formatLocal(start, c.zone, 'EEE d MMM', c.lang))}</span>` : '';
  const range = `${formatLocal(start, c.zone, 'HH:mm')}–${formatLocal(end, c.zone, 'HH:mm')}`;
  const repeated = [start, end].some((iso) => isRepeatedWallTime(parseInstant(iso), c.zone));
  const offsets = [...new Set([start, end].map((iso) => `UTC${formatLocal(iso, c.zone, 'xxx')}`))];
  const note = repeated ? `<span class="offset">${h(offsets.join(' → '))}</span>` : '';
  return `${day}<span class="range">${h(range)}</span>${note}`;
}

/** The event's days, long form: from its sessions, else from its meetings. */
function eventDays(c: Context): string[] {
  const fromSessions = c.event.event.sessions.map((s) => s.date);
  const dates = fromSessions.length
    ? fromSessions
    : c.schedule.meetings.map((m) => formatLocal(m.start, c.zone, 'yyyy-MM-dd'));
  // Noon UTC of a calendar date is that same date when formatted in UTC.
  return [...new Set(dates)].sort().map((d) => formatLocal(`${d}T12:00:00Z`, 'UTC', c.t.longDate, c.lang));
}

function header(c: Context, title: string, extra: string[]): string {
  const meta = [...eventDays(c), c.event.event.location ?? '', ...extra].filter((s) => s.trim() !== '');
  return `<header class="head">
<p class="event">${h(c.event.event.name)}</p>
<h1>${h(title)}</h1>
<p class="meta">${meta.map((m) => `<span>${h(m)}</span>`).join('')}</p>
</header>
`;
}

function list(label: string, items: readonly string[] | undefined, c: Context): string {
  return items?.length ? `<div class="fact"><span class="label">${h(label + c.t.colon)}</span>${h(items.join(', '))}</div>` : '';
}

function partnerCell(cluster: ClusterInput | undefined, name: string, c: Context): string {
  const origin = [cluster?.region, cluster?.sector].filter((s): s is string => !!s);
  return (
    `<div class="partner-name">${h(name)}</div>` +
    (origin.length ? `<div class="origin">${h(origin.join(' · '))}</div>` : '') +
    list(c.t.offers, cluster?.offers, c) +
    list(c.t.seeks, cluster?.seeks, c) +
    list(c.t.attendees, cluster?.attendees?.map(formatAttendee), c)
  );
}

const agendaCss = `
.agenda col.c-round{width:16mm}.agenda col.c-time{width:27mm}.agenda col.c-table{width:24mm}.agenda col.c-partner{width:62mm}
.partner-name{font-weight:600;font-size:11pt}
.origin{color:#4b5563;font-size:9pt}
.fact{font-size:9pt;margin-top:1mm}
.fact .label{color:#4b5563}
.why ul{margin:0;padding-left:4mm}
.why li+li{margin-top:1mm}
`;

function agendaSection(c: Context, clusterId: string): string {
  const mine = sortMeetings(c.schedule.meetings.filter((m) => m.clusters.includes(clusterId)));
  const { t, lookup } = c;
  const rows = mine.map((m) => {
    const partner = m.clusters[0] === clusterId ? m.clusters[1] : m.clusters[0];
    const reasons = explainMeeting(m.why, lookup.clusterName, c.explain);
    const why = reasons.length ? `<ul>${reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>` : '';
    return `<tr>
<td class="num">${m.round}</td>
<td class="time">${timeCell(m.start, m.end, c)}</td>
<td class="table-name">${h(lookup.tableName(m.table))}</td>
<td class="partner">${partnerCell(lookup.cluster(partner), lookup.clusterName(partner), c)}</td>
<td class="why">${why}</td>
</tr>`;
  });
  const body = rows.length
    ? `<table class="agenda">
<colgroup><col class="c-round"><col class="c-time"><col class="c-table"><col class="c-partner"><col></colgroup>
<thead><tr><th>${h(t.round)}</th><th>${h(t.time)}</th><th>${h(t.table)}</th><th>${h(t.partner)}</th><th>${h(t.why)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
`
    : `<p class="empty">${h(t.noMeetings)}</p>\n`;
  return `<section class="sheet portrait agenda-sheet">
${header(c, lookup.clusterName(clusterId), [t.meetingCount(mine.length)])}${body}</section>
`;
}

function switchLang(options: PrintOptions, t: ExportWords) {
  return options.switchLangHref === undefined
    ? undefined
    : { href: options.switchLangHref, label: t.otherLanguage, hreflang: t.htmlLang === 'fr' ? 'en' : 'fr' };
}

/**
 * The printable agenda of one cluster: its meetings in time order with round,
 * time, table, partner (offers, seeks, attendees) and the reasons for the meeting.
 * @throws RangeError for an unknown cluster or time zone.
 */
export function clusterAgendaHtml(
  event: EventFile,
  schedule: Schedule,
  clusterId: string,
  options: PrintOptions = {},
): string {
  return clusterAgendasHtml(event, schedule, { ...options, clusterIds: [clusterId] });
}

/**
 * The agendas of several clusters in one document, one A4 page each, for the
 * organiser to print and hand out.
 * @param options.clusterIds - the clusters, in this order. @defaultValue every cluster of the event
 * @throws RangeError for an unknown cluster or time zone.
 */
export function clusterAgendasHtml(
  event: EventFile,
  schedule: Schedule,
  options: PrintOptions & { clusterIds?: readonly string[] } = {},
): string {
  const c = context(event, schedule, options.lang);
  const ids = options.clusterIds ?? event.clusters.map((cl) => cl.id);
  for (const id of ids) if (!c.lookup.cluster(id)) throw new RangeError(`unknown cluster "${id}"`);
  const title =
    ids.length === 1
      ? `${c.t.agendaTitle} — ${c.lookup.clusterName(ids[0])} — ${event.event.name}`
      : `${c.t.agendaTitle} — ${event.event.name}`;
  return htmlDocument({
    lang: c.t.htmlLang,
    title,
    orientation: 'portrait',
    css: agendaCss,
    body: ids.map((id) => agendaSection(c, id)).join(''),
    switchLang: switchLang(options, c.t),
  });
}

const gridCss = `
.grid{margin-bottom:5mm}
.grid col.c-round{width:16mm}.grid col.c-time{width:27mm}
.grid td.cell{font-size:9pt;line-height:1.25}
.grid td.free{background:repeating-linear-gradient(135deg,#fff,#fff 3px,#f4f6f8 3px,#f4f6f8 6px)}
.grid .x{display:block;color:#6b7280;font-size:8pt;margin:.5mm 0}
.grid tr.day th{background:#f6f7f9;text-align:left;text-transform:none;letter-spacing:0;color:#1d2430}
.index{columns:2;column-gap:10mm;margin:0;padding:0;list-style:none;font-size:9pt}
.index li{break-inside:avoid;padding:.6mm 0;border-bottom:1px dotted #d5dae1}
.index .where{color:#4b5563}
`;

interface GridRound {
  index: number;
  start: string;
  end: string;
}

function gridRounds(schedule: Schedule): GridRound[] {
  const rounds = new Map<number, GridRound>();
  for (const r of schedule.rounds) rounds.set(r.index, r);
  for (const m of schedule.meetings) {
    if (!rounds.has(m.round)) rounds.set(m.round, { index: m.round, start: m.start, end: m.end });
  }
  return [...rounds.values()].sort((a, b) => a.index - b.index);
}

function gridBlock(c: Context, rounds: GridRound[], tables: string[], byCell: Map<string, Meeting>): string {
  const { t, lookup } = c;
  const cols = `<colgroup><col class="c-round"><col class="c-time">${tables.map(() => '<col>').join('')}</colgroup>`;
  const head = `<thead><tr><th>${h(t.round)}</th><th>${h(t.time)}</th>${tables
    .map((id) => `<th>${h(lookup.tableName(id))}</th>`)
    .join('')}</tr></thead>`;
  const rows: string[] = [];
  let day = '';
  for (const r of rounds) {
    const thisDay = formatLocal(r.start, c.zone, 'yyyy-MM-dd');
    if (c.multiDay && thisDay !== day) {
      rows.push(
        `<tr class="day"><th colspan="${tables.length + 2}">${h(formatLocal(r.start, c.zone, t.longDate, c.lang))}</th></tr>`,
      );
    }
    day = thisDay;
    const cells = tables.map((table) => {
      const m = byCell.get(`${r.index}|${table}`);
      if (!m) return `<td class="cell free" title="${h(t.free)}"></td>`;
      const [a, b] = m.clusters.map((id) => h(lookup.clusterName(id)));
      return `<td class="cell">${a}<span class="x">×</span>${b}</td>`;
    });
    rows.push(
      `<tr><td class="num">${r.index}</td><td class="time">${timeCell(r.start, r.end, c, false)}</td>${cells.join('')}</tr>`,
    );
  }
  return `<table class="grid">
${cols}
${head}
<tbody>
${rows.join('\n')}
</tbody>
</table>
`;
}

function clusterIndex(c: Context): string {
  const { t, lookup } = c;
  const collator = new Intl.Collator(c.t.htmlLang);
  const clusters = [...c.event.clusters].sort((x, y) => collator.compare(x.name, y.name) || compareNatural(x.id, y.id));
  const items = clusters.map((cluster) => {
    const places = sortMeetings(c.schedule.meetings.filter((m) => m.clusters.includes(cluster.id))).map(
      (m) => `${t.roundNumber(m.round)} · ${lookup.tableName(m.table)}`,
    );
    const where = places.length ? places.join(', ') : t.noMeetings;
    return `<li><strong>${h(cluster.name)}</strong> <span class="where">— ${h(where)}</span></li>`;
  });
  return `<h2>${h(t.clusterIndex)}</h2>
<ul class="index">
${items.join('\n')}
</ul>
`;
}

/**
 * The organiser's grid of the whole event: rounds as rows, tables as columns
 * (in blocks of {@link GRID_TABLES_PER_BLOCK} tables, on landscape A4), each cell
 * naming the two clusters that meet there, then an index of the clusters with
 * their rounds and tables.
 * @throws RangeError for an unknown time zone.
 */
export function eventGridHtml(event: EventFile, schedule: Schedule, options: PrintOptions = {}): string {
  const c = context(event, schedule, options.lang);
  const byCell = new Map(schedule.meetings.map((m) => [`${m.round}|${m.table}`, m]));
  const used = new Set(schedule.meetings.map((m) => m.table));
  const tables = c.lookup.tableIds(schedule.meetings).filter((id) => used.has(id));
  const rounds = gridRounds(schedule);
  // Blocks of balanced sizes (13 tables: 7 + 6, not 8 + 5) keep the columns alike.
  const size = Math.ceil(tables.length / Math.ceil(tables.length / GRID_TABLES_PER_BLOCK));
  const blocks: string[] = [];
  for (let i = 0; i < tables.length; i += size) {
    blocks.push(gridBlock(c, rounds, tables.slice(i, i + size), byCell));
  }
  const body = `<section class="sheet landscape grid-sheet">
${header(c, c.t.gridTitle, [c.t.meetingCount(schedule.meetings.length)])}${
    blocks.length ? blocks.join('') : `<p class="empty">${h(c.t.noMeetings)}</p>\n`
  }${clusterIndex(c)}</section>
`;
  return htmlDocument({
    lang: c.t.htmlLang,
    title: `${c.t.gridTitle} — ${event.event.name}`,
    orientation: 'landscape',
    css: gridCss,
    body,
    switchLang: switchLang(options, c.t),
  });
}
