import type { PageWords } from '../i18n/page-words';

/** The words `failureText` needs: the cluster page's, or the console's in the same shape. */
export type FailureWords = Pick<PageWords, 'networkError' | 'linkExpired' | 'loadFailed' | 'tooManyAttempts'>;

/** What to tell the reader when a part of the page could not be loaded or saved (`status` 0: no answer). */
export function failureText(status: number, words: FailureWords): string {
  if (status === 0) return words.networkError;
  if (status === 401 || status === 403) return words.linkExpired;
  if (status === 429) return words.tooManyAttempts;
  return words.loadFailed;
}
