/** What every screen of the console is given. */
import type { Dictionary } from '../../i18n/dictionary';
import type { Lang } from '../../i18n/lang';
import type { Api } from '../api-client';
import type { Route } from './console-route';

export interface ConsoleContext {
  lang: Lang;
  words: Dictionary;
  /** Path prefix of the service, `''` at the root. */
  basePath: string;
  /** The organiser's API; an answer 401 signs out. */
  api: Api;
  /** Downloads a file of the API with the organiser's token (`path` from the service's root). */
  download(path: string, fallbackName: string): Promise<boolean>;
  /** Says `text` to screen readers. */
  announce(text: string): void;
  go(route: Route): void;
}

/** A screen that was drawn, and what to stop when another one replaces it. */
export type Cleanup = () => void;
