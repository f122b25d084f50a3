/**
 * The organiser's console in the browser (the bundle's entry): sign in with
 * the organiser token (kept in the tab's session storage), then the screens
 * of the address's hash, in the page's language, all from the JSON API.
 */
import { dictionary } from '../../i18n/dictionary';
import { createApi, fetchFile, type Api } from '../api-client';
import { announcer, byId } from '../dom';
import type { Cleanup, ConsoleContext } from './console-context';
import type { ConsoleData } from './console-data';
import { langHref, parseRoute, routeHash } from './console-route';
import { renderEvent } from './event-screen';
import { renderEvents } from './events-screen';
import { renderNewEvent } from './new-event-screen';
import { renderReport } from './report-screen';
import { sessionStore } from './session';
import { renderSignIn } from './sign-in-screen';
import { renderToday } from './today-screen';

/** Saves a file under `name` through a temporary `<a download>`. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function start(): void {
  const data = JSON.parse(byId('console-data').textContent ?? '{}') as ConsoleData;
  const words = dictionary(data.lang);
  const w = words.console;
  const announce = announcer();
  const screen = byId('screen');
  const session = sessionStore();
  const langLink = byId<HTMLAnchorElement>('lang-switch');
  const signOutButton = byId<HTMLButtonElement>('sign-out');
  let cleanup: Cleanup | void;

  byId<HTMLAnchorElement>('skip-link').addEventListener('click', (event) => {
    // The hash holds the screen: move the focus without changing it.
    event.preventDefault();
    byId('main').focus();
  });

  const signOut = (notice?: string) => {
    session.signOut();
    render(notice);
  };
  signOutButton.addEventListener('click', () => signOut(w.signIn.signedOut));

  /** The organiser's API; a 401 means the token changed on the server (a restart): sign in again. */
  const organiserApi = (token: string): Api => {
    const api = createApi(data.basePath, token);
    return async (path, init) => {
      const result = await api(path, init);
      if (result.status === 401 && session.token() === token) signOut(w.failure.sessionExpired);
      return result as never;
    };
  };

  function render(notice?: string): void {
    if (cleanup) cleanup();
    cleanup = undefined;
    langLink.href = langHref(data.basePath, w.other.lang, window.location.hash);
    const token = session.token();
    signOutButton.hidden = !token;
    if (!token) {
      return renderSignIn(screen, {
        words: w,
        basePath: data.basePath,
        notice,
        onSignedIn: (t) => {
          session.signIn(t);
          render();
        },
      });
    }
    const ctx: ConsoleContext = {
      lang: data.lang,
      words,
      basePath: data.basePath,
      api: organiserApi(token),
      announce,
      go: (route) => {
        const hash = routeHash(route);
        if (window.location.hash === hash) render();
        else window.location.hash = hash;
      },
      download: async (path, fallbackName) => {
        const file = await fetchFile(data.basePath, token, path);
        if (file.status === 401) signOut(w.failure.sessionExpired);
        if (file.status !== 200 || !file.blob) return false;
        saveFile(file.blob, file.filename ?? fallbackName);
        return true;
      },
    };
    const route = parseRoute(window.location.hash);
    if (route.screen === 'events') cleanup = renderEvents(screen, ctx);
    else if (route.screen === 'new') cleanup = renderNewEvent(screen, ctx);
    else if (route.screen === 'today') cleanup = renderToday(screen, ctx, route.eventId);
    else if (route.screen === 'report') cleanup = renderReport(screen, ctx, route.eventId);
    else cleanup = renderEvent(screen, ctx, route.eventId);
  }

  window.addEventListener('hashchange', () => {
    if (window.location.hash === '' || window.location.hash.startsWith('#/')) render();
  });
  render();
}

start();
