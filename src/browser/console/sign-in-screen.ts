/** Sign in: the organiser's token, checked against the API before it is kept. */
import { createApi } from '../api-client';
import type { ConsoleWords } from '../../i18n/console-words';
import { el } from '../dom';
import type { EventList } from './console-api-types';
import { consoleFailure } from './console-failure';
import { enterScreen, field, screenHeading, setStatus, statusLine } from './screen';

export interface SignInOptions {
  words: ConsoleWords;
  basePath: string;
  /** Shown above the form: why the organiser is asked to sign in again. */
  notice?: string;
  onSignedIn(token: string): void;
}

export function renderSignIn(container: HTMLElement, { words, basePath, notice, onSignedIn }: SignInOptions): void {
  const t = words.signIn;
  const input = el('input', { type: 'password', name: 'token', autocomplete: 'current-password', spellcheck: 'false', required: '' });
  const submit = el('button', { type: 'submit', class: 'primary', text: t.submit });
  const status = statusLine('sign-in-status');
  const tokenField = field('token', t.tokenLabel, input, t.tokenHint);
  const error = tokenField.querySelector('.field-error') as HTMLElement;
  const form = el('form', { class: 'card narrow-form', novalidate: '', 'aria-labelledby': 'sign-in-title' }, [
    tokenField,
    el('div', { class: 'actions' }, [submit, status]),
  ]);

  const fail = (text: string) => {
    error.textContent = text;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    setStatus(status, '');
    input.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    if (!token) return fail(t.empty);
    submit.disabled = true;
    setStatus(status, t.checking);
    void createApi(basePath, token)<EventList>('/api/events').then((result) => {
      submit.disabled = false;
      if (result.status === 200) return onSignedIn(token);
      fail(result.status === 401 || result.status === 403 ? t.refused : consoleFailure(result.status, words));
    });
  });

  const heading = screenHeading(t.title);
  heading.id = 'sign-in-title';
  enterScreen(
    container,
    t.title,
    [heading, notice ? el('p', { class: 'notice', role: 'status', text: notice }) : null, el('p', { class: 'muted', text: t.intro }), form],
    words,
    false,
  );
  input.focus();
}
