/** What the console says when a part could not be loaded or saved. Free of the DOM. */
import type { ConsoleWords } from '../../i18n/console-words';
import { failureText } from '../failure-text';

export function consoleFailure(status: number, words: ConsoleWords): string {
  if (status === 404) return words.failure.notFound;
  const { networkError, sessionExpired, loadFailed, tooManyAttempts } = words.failure;
  return failureText(status, { networkError, linkExpired: sessionExpired, loadFailed, tooManyAttempts });
}
