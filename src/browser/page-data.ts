/**
 * What the server writes into the page (`<script type="application/json"
 * id="page-data">`) for the browser code. The token is not in it: the code
 * takes it from the address.
 */
import type { Lang } from '../i18n/lang';

export interface PageData {
  lang: Lang;
  eventId: string;
  clusterId: string;
  /** IANA zone of the event, for dates formatted in the browser. */
  timezone: string;
  /** Path prefix of the service, `''` at the root. */
  basePath: string;
  /** `webcal://…` form of the service's public base URL. */
  calendarBase: string;
  /** Most partners a cluster may request. */
  maxRequests: number;
}
