/**
 * What the server writes into the console's page (`<script
 * type="application/json" id="console-data">`). No token: the organiser types
 * it, and it stays in the tab's session storage.
 */
import type { Lang } from '../../i18n/lang';

export interface ConsoleData {
  lang: Lang;
  /** Path prefix of the service, `''` at the root. */
  basePath: string;
}
