/**
 * The words of the cluster's private page: those the server renders into the
 * HTML and those the browser code fills in from the API (the bundle imports
 * this dictionary too). Table, round and meeting counts come from
 * `ExportWords`, explanations from `ExplainWords`, problems from `ProblemWords`.
 */
import type { Lang } from './lang';

/** The cluster's feedback on its past meetings (rendered by the server, filled by the browser). */
export interface FeedbackWords {
  title: string;
  intro: string;
  /** Read before the meeting's time inside its group: `Rendez-vous de 14:00–14:20`. */
  meetingAt(when: string): string;
  happened: string;
  followUp: string;
  yes: string;
  no: string;
  maybe: string;
  rating: string;
  noRating: string;
  ratingOption(n: number): string;
  comment: string;
  optional: string;
  submit: string;
  saving: string;
  saved: string;
  /** When nothing was answered. */
  nothing: string;
  /** `Répondu le 20 novembre 2026 à 18:04`. */
  answeredAt(date: string): string;
}

export interface PageWords {
  /** Locale of the dates and times formatted in the browser (`Intl`). */
  intlLocale: string;
  /** The other language, for the switch link. */
  other: { lang: Lang; label: string };
  pageTitle(cluster: string, event: string): string;
  yourSpace: string;
  onThisPage: string;
  when: string;
  venue: string;
  format: string;
  formatText(minutes: number, max: number): string;
  yourProfile: string;
  youOffer: string;
  youSeek: string;
  agendaTitle: string;
  subscribe: string;
  subscribeHint: string;
  downloadIcs: string;
  printable: string;
  suggestionsTitle: string;
  suggestionsIntro: string;
  wishesTitle: string;
  wishesIntro: string;
  loading: string;
  noscript: string;
  requestsLegend: string;
  requestsHint(max: number): string;
  choosePartner: string;
  otherRegion: string;
  priority: string;
  priorityOption(priority: number): string;
  remove: string;
  addPartner: string;
  declinesLegend: string;
  declinesHint: string;
  declinesSummary: string;
  availabilityLegend: string;
  availabilityHint: string;
  from: string;
  to: string;
  addSlot: string;
  submit: string;
  storedTitle: string;

  // Filled in by the browser code.
  agendaPending: string;
  loadFailed: string;
  networkError: string;
  /** After too many wrong links or tokens from the same network (429). */
  tooManyAttempts: string;
  linkExpired: string;
  partnerN(n: number): string;
  removePartnerN(n: number): string;
  removeSlotN(n: number): string;
  addToWishes: string;
  inWishes: string;
  wishesFull: string;
  addedToWishes(name: string): string;
  noSuggestions: string;
  suggestionsBlocked: string;
  /** Name of the search landmark above the suggested partners. */
  filterLabel: string;
  searchPartner: string;
  searchHint: string;
  regionFilter: string;
  allRegions: string;
  sectorFilter: string;
  allSectors: string;
  clearFilters: string;
  /** How many suggested partners are shown: `12 partenaires sur 39`, or `39 partenaires` when all are. */
  partnersShown(shown: number, total: number): string;
  noPartnerMatches: string;
  /** Read before a suggestion's rank (`Rang 3`), for screen readers. */
  rank: string;
  /** Between a label and its text: French typography puts a non-breaking space before the colon. */
  colon: string;
  /** How many clusters are ticked as not to meet: `aucun`, `1 cluster`… */
  declinesCount(n: number): string;
  saving: string;
  saved: string;
  savedAt(date: string): string;
  notSubmitted: string;
  prefilled: string;
  /** Heading of the list of problems that prevent saving. */
  errorsCount(n: number): string;
  storedRequests: string;
  storedDeclines: string;
  storedAvailability: string;
  storedNone: string;
  storedWholeEvent: string;
  priorityN(n: number): string;
  noMeetings: string;
  lockedMeeting: string;
  why: string;
  unmetTitle: string;
  unmetHint: string;

  /** « Vos retours », after the meetings: one group per past meeting. */
  feedback: FeedbackWords;

  /** The page a cluster sees when its link does not open. */
  error: {
    title: string;
    missingToken: string;
    invalidToken: string;
    forbidden: string;
    notFound: string;
    unavailable: string;
    /** After too many wrong links from the same place (429): try again in `minutes`. */
    tooManyAttempts(minutes: number): string;
    internal: string;
    whatToDo: string;
    statusCode(status: number): string;
  };
}
