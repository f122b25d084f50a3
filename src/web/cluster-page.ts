/**
 * The cluster's private page, rendered on the server: the event, the
 * cluster's profile and the empty frames (form, lists) that the browser code
 * (src/browser) fills from the JSON API. Every value from the event is escaped.
 */
import type { TimeWindow } from '../../solver/model/types';
import type { ClusterProfile, Overview } from '../browser/api-types';
import type { PageData } from '../browser/page-data';
import { escapeHtml as h } from '../export/html';
import { formatLocal } from '../export/local-time';
import { dictionary, type Dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/lang';
import type { PageWords } from '../i18n/page-words';
import { jsonForHtml, layout } from './layout';

export interface ClusterPageInput {
  overview: Overview;
  lang: Lang;
  /** The cluster's token, for the language switch link only. */
  token: string;
  /** Path prefix of the service, `''` at the root. */
  basePath: string;
  /** `webcal://…` form of the service's public base URL. */
  calendarBase: string;
  /** Most partners a cluster may request. */
  maxRequests: number;
}

/** Link to the page in `lang`, with the token. */
export function pageHref(basePath: string, eventId: string, clusterId: string, token: string | undefined, lang: Lang): string {
  const query = [token ? `token=${encodeURIComponent(token)}` : '', lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
  return `${basePath}/e/${encodeURIComponent(eventId)}/c/${encodeURIComponent(clusterId)}${query ? `?${query}` : ''}`;
}

/** The language switch: a link to the same page in the other language. */
export function langSwitch(t: PageWords, href: string): string {
  return `<a class="lang-switch" href="${h(href)}" hreflang="${t.other.lang}" lang="${t.other.lang}">${h(t.other.label)}</a>`;
}

/** `Jeudi 10 septembre 2015` for a `YYYY-MM-DD` day; noon UTC keeps every zone on the same day. */
export function longDay(date: string, lang: Lang): string {
  const text = formatLocal(`${date}T12:00:00Z`, 'UTC', dictionary(lang).exports.longDate, lang);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const sessionLabel = (s: TimeWindow, lang: Lang): string => `${longDay(s.date, lang)}, ${s.start}–${s.end}`;

const byName = (lang: Lang) => (a: ClusterProfile, b: ClusterProfile) => a.name.localeCompare(b.name, lang) || (a.id < b.id ? -1 : 1);

function chips(terms: string[]): string {
  return terms.length ? `<ul class="chips">${terms.map((term) => `<li>${h(term)}</li>`).join('')}</ul>` : '<span class="muted">—</span>';
}

function header(input: ClusterPageInput, t: PageWords): string {
  const { event, cluster } = input.overview;
  const href = pageHref(input.basePath, event.id, cluster.id, input.token, t.other.lang);
  const sessions = event.sessions.map((s) => `<li>${h(longDay(s.date, input.lang))}, <span class="nowrap">${h(`${s.start}–${s.end}`)}</span></li>`).join('');
  const venue = event.location ? `<div><dt>${h(t.venue)}</dt><dd>${h(event.location)}</dd></div>` : '';
  return `<header class="masthead">
<div class="wrap">
<div class="topline"><p class="eyebrow">${h(t.yourSpace)}</p>${langSwitch(t, href)}</div>
<h1>${h(cluster.name)}</h1>
<p class="event-name">${h(event.name)}</p>
<dl class="facts">
<div><dt>${h(t.when)}</dt><dd><ul class="plain">${sessions}</ul></dd></div>
${venue}<div><dt>${h(t.format)}</dt><dd>${h(t.formatText(event.meetingMinutes, cluster.maxMeetings))}</dd></div>
</dl>
</div>
</header>`;
}

function profile(cluster: ClusterProfile, t: PageWords): string {
  const about = [cluster.sector, cluster.region].filter((x): x is string => !!x);
  return `<section class="card" id="profile" aria-labelledby="profile-title">
<h2 id="profile-title">${h(t.yourProfile)}</h2>
${about.length ? `<p class="muted">${about.map(h).join(' · ')}</p>` : ''}
<dl class="terms">
<div><dt>${h(t.youOffer)}</dt><dd>${chips(cluster.offers)}</dd></div>
<div><dt>${h(t.youSeek)}</dt><dd>${chips(cluster.seeks)}</dd></div>
</dl>
</section>`;
}

/** Options of the partner list, grouped by region when the event gives regions. */
function partnerOptions(others: ClusterProfile[], t: PageWords, lang: Lang): string {
  const option = (c: ClusterProfile) => `<option value="${h(c.id)}">${h(c.name)}</option>`;
  const sorted = [...others].sort(byName(lang));
  if (!sorted.some((c) => c.region)) return sorted.map(option).join('');
  const regions = [...new Set(sorted.map((c) => c.region).filter((r): r is string => !!r))].sort((a, b) => a.localeCompare(b, lang));
  const group = (label: string, members: ClusterProfile[]) =>
    members.length ? `<optgroup label="${h(label)}">${members.map(option).join('')}</optgroup>` : '';
  return [...regions.map((r) => group(r, sorted.filter((c) => c.region === r))), group(t.otherRegion, sorted.filter((c) => !c.region))].join('');
}

/** The search field and the region and sector choices over the suggestions; the browser fills the choices and shows them. */
function suggestionFilters(t: PageWords): string {
  const choice = (id: string, label: string, all: string) =>
    `<div class="field" id="${id}-field"><label for="${id}">${h(label)}</label><select id="${id}"><option value="">${h(all)}</option></select></div>`;
  return `<div id="suggestion-filters" class="card filters" role="search" aria-label="${h(t.filterLabel)}" hidden>
<div class="field grow"><label for="suggestion-search">${h(t.searchPartner)}</label><input type="search" id="suggestion-search" autocomplete="off" spellcheck="false" aria-describedby="suggestion-search-hint"><p class="hint" id="suggestion-search-hint">${h(t.searchHint)}</p></div>
${choice('suggestion-region', t.regionFilter, t.allRegions)}
${choice('suggestion-sector', t.sectorFilter, t.allSectors)}
<div class="filter-status"><p id="suggestion-count" class="status" role="status"></p><button type="button" class="secondary" id="suggestion-reset" hidden>${h(t.clearFilters)}</button></div>
</div>`;
}

function templates(others: ClusterProfile[], t: PageWords, lang: Lang): string {
  const priorities = [1, 2, 3, 4, 5].map((p) => `<option value="${p}">${h(t.priorityOption(p))}</option>`).join('');
  return `<template id="wish-template">
<li class="row wish">
<div class="field grow"><label data-part="to-label"></label><select data-part="to"><option value="">${h(t.choosePartner)}</option>${partnerOptions(others, t, lang)}</select><p class="field-error" data-part="to-error" hidden></p></div>
<div class="field"><label data-part="priority-label">${h(t.priority)}</label><select data-part="priority">${priorities}</select><p class="field-error" data-part="priority-error" hidden></p></div>
<button type="button" class="remove" data-part="remove">${h(t.remove)}</button>
</li>
</template>
<template id="slot-template">
<li class="row slot">
<div class="field"><label data-part="start-label">${h(t.from)}</label><input type="time" step="300" data-part="start" required></div>
<div class="field"><label data-part="end-label">${h(t.to)}</label><input type="time" step="300" data-part="end" required></div>
<button type="button" class="remove" data-part="remove">${h(t.remove)}</button>
<p class="field-error" data-part="error" hidden></p>
</li>
</template>`;
}

function declines(others: ClusterProfile[], t: PageWords, lang: Lang): string {
  const boxes = [...others]
    .sort(byName(lang))
    .map((c, i) => {
      const about = [c.sector, c.region].filter((x): x is string => !!x).join(' · ');
      return `<li><input type="checkbox" id="decline-${i}" name="declines" value="${h(c.id)}"><label for="decline-${i}">${h(c.name)}${about ? ` <span class="muted small">${h(about)}</span>` : ''}</label></li>`;
    })
    .join('\n');
  return `<fieldset id="declines-fieldset" aria-describedby="declines-hint declines-error">
<legend>${h(t.declinesLegend)}</legend>
<p class="hint" id="declines-hint">${h(t.declinesHint)}</p>
<details id="declines-details">
<summary>${h(t.declinesSummary)} (<span id="declines-count">${h(t.declinesCount(0))}</span>)</summary>
<ul class="checks">
${boxes}
</ul>
</details>
<p class="field-error" id="declines-error" hidden></p>
</fieldset>`;
}

function availability(sessions: TimeWindow[], t: PageWords, lang: Lang): string {
  const blocks = sessions
    .map(
      (s, i) => `<fieldset class="session" id="session-${i}" data-date="${h(s.date)}" data-start="${h(s.start)}" data-end="${h(s.end)}">
<legend>${h(sessionLabel(s, lang))}</legend>
<ol class="rows slots"></ol>
<button type="button" class="secondary add-slot">${h(t.addSlot)}</button>
</fieldset>`,
    )
    .join('\n');
  return `<fieldset id="availability-fieldset" aria-describedby="availability-hint availability-error">
<legend>${h(t.availabilityLegend)}</legend>
<p class="hint" id="availability-hint">${h(t.availabilityHint)}</p>
${blocks}
<p class="field-error" id="availability-error" hidden></p>
</fieldset>`;
}

function wishes(input: ClusterPageInput, others: ClusterProfile[], t: PageWords): string {
  return `<section id="wishes" aria-labelledby="wishes-title">
<h2 id="wishes-title">${h(t.wishesTitle)}</h2>
<p class="muted">${h(t.wishesIntro)}</p>
<form id="wishes-form" class="card" novalidate>
<div id="form-errors" class="error-summary" role="alert" tabindex="-1" hidden></div>
<fieldset id="requests-fieldset" aria-describedby="requests-hint requests-error">
<legend>${h(t.requestsLegend)}</legend>
<p class="hint" id="requests-hint">${h(t.requestsHint(input.maxRequests))}</p>
<ol class="rows" id="wish-list"></ol>
<p class="field-error" id="requests-error" hidden></p>
<button type="button" class="secondary" id="add-wish">${h(t.addPartner)}</button>
</fieldset>
${declines(others, t, input.lang)}
${availability(input.overview.event.sessions, t, input.lang)}
<div class="actions"><button type="submit" class="primary">${h(t.submit)}</button><p id="save-status" class="status" role="status"></p></div>
</form>
<section id="stored" class="card" aria-labelledby="stored-title">
<h3 id="stored-title">${h(t.storedTitle)}</h3>
<div id="stored-body" aria-busy="true"><p class="muted">${h(t.loading)}</p></div>
</section>
</section>`;
}

/** « Vos retours »: hidden until the browser finds past meetings, and fills one group per meeting. */
function feedback(t: PageWords): string {
  return `<section id="feedback" aria-labelledby="feedback-title" hidden>
<h2 id="feedback-title">${h(t.feedback.title)}</h2>
<p class="muted">${h(t.feedback.intro)}</p>
<form id="feedback-form" novalidate>
<div id="feedback-errors" class="error-summary" role="alert" tabindex="-1" hidden></div>
<div id="feedback-list"></div>
<div class="actions"><button type="submit" class="primary">${h(t.feedback.submit)}</button><p id="feedback-status" class="status" role="status"></p></div>
</form>
</section>`;
}

export function clusterPageHtml(input: ClusterPageInput): string {
  const words: Dictionary = dictionary(input.lang);
  const t = words.page;
  const { event, cluster, clusters } = input.overview;
  const others = clusters.filter((c) => c.id !== cluster.id);
  const data: PageData = {
    lang: input.lang,
    eventId: event.id,
    clusterId: cluster.id,
    timezone: event.timezone,
    basePath: input.basePath,
    calendarBase: input.calendarBase,
    maxRequests: input.maxRequests,
  };
  const body = `${header(input, t)}
<nav class="toc" aria-label="${h(t.onThisPage)}"><ul>
<li><a href="#agenda">${h(t.agendaTitle)}</a></li>
<li id="feedback-toc" hidden><a href="#feedback">${h(t.feedback.title)}</a></li>
<li><a href="#suggestions">${h(t.suggestionsTitle)}</a></li>
<li><a href="#wishes">${h(t.wishesTitle)}</a></li>
</ul></nav>
<main id="main" class="wrap">
<noscript><p class="notice">${h(t.noscript)}</p></noscript>
${profile(cluster, t)}
<section id="agenda" aria-labelledby="agenda-title">
<h2 id="agenda-title">${h(t.agendaTitle)}</h2>
<div id="agenda-body" class="card" aria-live="polite" aria-busy="true"><p class="muted">${h(t.loading)}</p></div>
<div id="agenda-links" class="card links" hidden>
<p><a id="webcal-link" class="button primary" href="#">${h(t.subscribe)}</a></p>
<p class="hint">${h(t.subscribeHint)}</p>
<p><a id="ics-link" href="#" download>${h(t.downloadIcs)}</a> · <a id="print-link" href="#">${h(t.printable)}</a></p>
</div>
</section>
${feedback(t)}
<section id="suggestions" aria-labelledby="suggestions-title">
<h2 id="suggestions-title">${h(t.suggestionsTitle)}</h2>
<p class="muted">${h(t.suggestionsIntro)}</p>
${suggestionFilters(t)}
<div id="suggestions-body" aria-busy="true"><p class="muted">${h(t.loading)}</p></div>
<p id="suggestions-empty" class="notice" hidden>${h(t.noPartnerMatches)}</p>
</section>
${wishes(input, others, t)}
</main>
${templates(others, t, input.lang)}
<script type="application/json" id="page-data">${jsonForHtml(data)}</script>
`;
  return layout({ lang: input.lang, title: t.pageTitle(cluster.name, event.name), basePath: input.basePath, body, script: true });
}
