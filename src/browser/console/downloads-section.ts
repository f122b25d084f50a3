/**
 * « Calendrier de l'événement (.ics) », « Tableur (CSV) », « Agendas
 * imprimables »: the organiser's exports need the token as a header, so a
 * click fetches the file and hands it to the browser as a download. They
 * follow the console's language, and the draft when the draft is shown.
 */
import { el, note, show } from '../dom';
import type { ConsoleContext } from './console-context';
import { setStatus, statusLine } from './screen';

export function exportQuery(lang: string, draft: boolean, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ lang, ...(draft ? { version: 'draft' } : {}), ...extra });
  return `?${params.toString()}`;
}

export function renderDownloads(section: HTMLElement, eventId: string, draft: boolean, ctx: ConsoleContext): void {
  const t = ctx.words.console.downloads;
  const base = `/api/events/${encodeURIComponent(eventId)}`;
  const status = statusLine();
  const link = (text: string, path: string, fallbackName: string) => {
    const a = el('a', { href: ctx.basePath + path, class: 'download', text });
    a.addEventListener('click', (event) => {
      event.preventDefault();
      setStatus(status, '');
      void ctx.download(path, fallbackName).then((ok) => {
        if (!ok) setStatus(status, t.failed, 'error');
      });
    });
    return el('li', {}, [a]);
  };
  show(section, [
    el('h2', { id: 'downloads-title', text: t.title }),
    note(t.intro),
    draft ? el('p', { class: 'notice', text: t.draftNote }) : null,
    el('ul', { class: 'downloads' }, [
      link(t.ics, `${base}/calendar.ics${exportQuery(ctx.lang, draft)}`, `${eventId}.ics`),
      link(t.csv, `${base}/schedule.csv${exportQuery(ctx.lang, draft)}`, `${eventId}.csv`),
      link(t.print, `${base}/print${exportQuery(ctx.lang, draft, { clusters: 'all' })}`, `${eventId}-agendas.html`),
    ]),
    status,
  ]);
}
