/**
 * The cluster's private page in the browser (the bundle's entry): reads the
 * JSON API with the cluster's token, taken from the address, and fills the
 * frames that the server rendered, in the page's language.
 */
import { dictionary } from '../i18n/dictionary';
import { createApi } from './api-client';
import { renderFeedback } from './feedback-section';
import { failureText } from './failure-text';
import type { AgendaView, ClusterProfile, ErrorBody, Overview, PreferencesView, SuggestionsView } from './api-types';
import { renderAgenda } from './agenda';
import { announcer, byId, note, show } from './dom';
import { createFormErrors } from './form-errors';
import type { PageData } from './page-data';
import { renderStored } from './stored-view';
import { createSuggestionSearch } from './suggestion-search';
import { renderSuggestions, updateSuggestionButtons } from './suggestions';
import { namesOf } from './text';
import { createWishesForm, type WishesForm } from './wishes-form';

function start(): void {
  const data = JSON.parse(byId('page-data').textContent ?? '{}') as PageData;
  const words = dictionary(data.lang);
  const { page } = words;
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const api = createApi(data.basePath, token);
  const eventPath = `/api/events/${encodeURIComponent(data.eventId)}`;
  const announce = announcer();

  const form: WishesForm = createWishesForm(page, data.maxRequests, () => updateSuggestionButtons(form, page));
  // Sending waits for the clusters' names, which place and word the problems.
  let send: (() => void) | null = null;
  const wishesForm = byId<HTMLFormElement>('wishes-form');
  wishesForm.addEventListener('submit', (event) => {
    event.preventDefault();
    send?.();
  });

  const clusterPath = (suffix: string) =>
    `${eventPath}/clusters/${encodeURIComponent(data.clusterId)}${suffix}?token=${encodeURIComponent(token)}${data.lang === 'en' ? '&lang=en' : ''}`;

  void api<Overview>(`${eventPath}/overview`).then((overview) => {
    if (overview.status !== 200 || !overview.body) {
      for (const id of ['agenda-body', 'suggestions-body', 'stored-body']) show(byId(id), [note(failureText(overview.status, page), 'notice')]);
      return;
    }
    const { clusters, event } = overview.body;
    const nameOf = namesOf(clusters);
    const profiles = new Map<string, ClusterProfile>(clusters.map((c) => [c.id, c]));
    const tables = new Map(event.tables.map((t) => [t.id, t.name]));
    const errors = createFormErrors(words, nameOf);
    const search = createSuggestionSearch(page);

    const loadSuggestions = () => {
      byId('suggestions-body').setAttribute('aria-busy', 'true');
      return api<SuggestionsView>(`${eventPath}/suggestions`).then((result) =>
        renderSuggestions(result, { words, profiles, nameOf, form, announce, search }),
      );
    };
    const showPreferences = (view: PreferencesView) => {
      form.fill(view);
      renderStored(view, page, nameOf, data.timezone);
    };

    void api<PreferencesView>(`${eventPath}/preferences`).then((result) => {
      if (result.status !== 200 || !result.body) return show(byId('stored-body'), [note(failureText(result.status, page), 'notice')]);
      showPreferences(result.body);
    });
    void loadSuggestions();
    // Asked only once published, so that a page before the schedule makes no failed request.
    const agenda = overview.body.published ? api<AgendaView>(`${eventPath}/agenda`) : Promise.resolve({ status: 404, body: null });
    void agenda.then((result) => {
      renderAgenda(
        result,
        { words, nameOf, tableName: (id) => tables.get(id) ?? id },
        { webcal: data.calendarBase + clusterPath('/agenda.ics'), ics: data.basePath + clusterPath('/agenda.ics'), print: data.basePath + clusterPath('/print') },
      );
      if (result.status === 200 && result.body) renderFeedback(result.body, { words, api, eventPath, now: () => Date.now(), timeZone: data.timezone });
    });

    const status = byId('save-status');
    const submit = wishesForm.querySelector('button[type="submit"]') as HTMLButtonElement;
    send = () => {
      errors.clear();
      const sent = form.collect();
      submit.disabled = true;
      status.className = 'status';
      status.textContent = page.saving;
      void api<PreferencesView | ErrorBody>(`${eventPath}/preferences`, { method: 'POST', body: sent.body }).then((result) => {
        submit.disabled = false;
        if (result.status === 200 && result.body) {
          status.className = 'status ok';
          status.textContent = page.saved;
          showPreferences(result.body as PreferencesView);
          void loadSuggestions();
          return;
        }
        status.textContent = '';
        const problems = result.status === 422 ? ((result.body as ErrorBody | null)?.error?.details ?? []) : [];
        errors.show(problems, sent, failureText(result.status, page));
      });
    };
  });
}

start();
