import type { PageWords } from '../i18n/page-words';

/** What to tell the cluster when a part of the page could not be loaded or saved (`status` 0: no answer). */
export function failureText(status: number, words: PageWords): string {
  if (status === 0) return words.networkError;
  if (status === 401 || status === 403) return words.linkExpired;
  return words.loadFailed;
}
