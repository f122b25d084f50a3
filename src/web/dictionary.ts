/**
 * Every word of the cluster's private page, in French (the default) and
 * English. The server renders with {@link WebStrings}; the browser script gets
 * {@link ClientStrings} as JSON, so its templates use `{name}` placeholders.
 */
import { DEFAULT_LANG, type Lang } from '../export/i18n';

/** The page's language from `?lang=`: `en` for English, anything else French. */
export function pageLang(query: unknown): Lang {
  return query === 'en' ? 'en' : DEFAULT_LANG;
}

/** Strings the browser script needs. Placeholders: `{n}`, `{name}`… */
export interface ClientStrings {
  /** French typography puts a space before a colon. */
  colon: string;
  agendaPending: string;
  loadFailed: string;
  networkError: string;
  linkExpired: string;
  partnerN: string;
  removePartnerN: string;
  slotN: string;
  removeSlotN: string;
  addToWishes: string;
  inWishes: string;
  wishesFull: string;
  addedToWishes: string;
  noSuggestions: string;
  suggestionsBlocked: string;
  reasonOrganiser: string;
  reasonMutual: string;
  reasonAsked: string;
  reasonMatch: string;
  /** `1st choice` … `5th choice`, comma-separated. */
  ordinals: string;
  declinesNone: string;
  declinesOne: string;
  declinesMany: string;
  saving: string;
  saved: string;
  savedAt: string;
  notSubmitted: string;
  prefilled: string;
  errorsOne: string;
  errorsMany: string;
  errChoose: string;
  errDuplicate: string;
  errSelf: string;
  errUnknown: string;
  errAlsoRequested: string;
  errMustMeet: string;
  errLocked: string;
  errTooMany: string;
  errPriority: string;
  errTime: string;
  errOrder: string;
  storedRequests: string;
  storedDeclines: string;
  storedAvailability: string;
  storedNone: string;
  storedWholeEvent: string;
  priorityN: string;
  roundN: string;
  /** For a table id such as `T4`; names with a space are shown as they are. */
  tableN: string;
  meetingsOne: string;
  meetingsMany: string;
  noMeetings: string;
  lockedMeeting: string;
  why: string;
  unmetTitle: string;
  unmetHint: string;
}

export interface WebStrings {
  /** BCP 47 tag for `<html lang>`. */
  htmlLang: Lang;
  /** Locale of dates and times formatted in the browser. */
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
  priorityOption(p: number): string;
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
  /** `jeudi 10 septembre 2015` (date-fns pattern). */
  longDate: string;
  error: {
    title: string;
    missingToken: string;
    invalidToken: string;
    forbidden: string;
    notFound: string;
    unavailable: string;
    internal: string;
    whatToDo: string;
    statusCode(status: number): string;
  };
  client: ClientStrings;
}

const fr: WebStrings = {
  htmlLang: 'fr',
  intlLocale: 'fr-FR',
  other: { lang: 'en', label: 'English' },
  pageTitle: (c, e) => `${c} — ${e}`,
  yourSpace: 'Votre espace cluster',
  onThisPage: 'Sur cette page',
  when: 'Date',
  venue: 'Lieu',
  format: 'Format',
  formatText: (m, max) => `Rencontres de ${m} minutes, ${max} au maximum pour votre cluster`,
  yourProfile: 'Votre profil',
  youOffer: 'Vous proposez',
  youSeek: 'Vous recherchez',
  agendaTitle: 'Mon programme',
  subscribe: 'S’abonner dans mon agenda',
  subscribeHint: 'Votre agenda (Outlook, Google, Apple…) se mettra à jour si le planning change.',
  downloadIcs: 'Télécharger le fichier .ics',
  printable: 'Version imprimable',
  suggestionsTitle: 'Partenaires suggérés',
  suggestionsIntro: 'Classés par intérêt pour votre cluster, d’après les demandes et les compétences proposées et recherchées.',
  wishesTitle: 'Mes souhaits',
  wishesIntro: 'Un nouvel envoi remplace le précédent.',
  loading: 'Chargement…',
  noscript: 'Cette page a besoin de JavaScript pour afficher les suggestions et enregistrer vos souhaits.',
  requestsLegend: 'Partenaires que vous souhaitez rencontrer',
  requestsHint: (max) => `Jusqu’à ${max} partenaires. Priorité 1 = premier choix, 5 = dernier choix.`,
  choosePartner: '— Choisir un cluster —',
  otherRegion: 'Autres',
  priority: 'Priorité',
  priorityOption: (p) => (p === 1 ? '1 (premier choix)' : p === 5 ? '5 (dernier choix)' : String(p)),
  remove: 'Retirer',
  addPartner: 'Ajouter un partenaire',
  declinesLegend: 'Clusters que vous ne souhaitez pas rencontrer',
  declinesHint: 'Le planning ne vous fera jamais rencontrer les clusters cochés.',
  declinesSummary: 'Choisir dans la liste',
  availabilityLegend: 'Vos disponibilités',
  availabilityHint: 'Vos créneaux de présence pour chaque session. Sans créneau, vous êtes absent de la session.',
  from: 'De',
  to: 'À',
  addSlot: 'Ajouter un créneau',
  submit: 'Enregistrer mes souhaits',
  storedTitle: 'Ce qui est enregistré',
  longDate: 'EEEE d MMMM yyyy',
  error: {
    title: 'Accès impossible',
    missingToken: 'Ce lien est incomplet\u00a0: il manque la clé d’accès de votre cluster.',
    invalidToken: 'Ce lien n’est pas (ou plus) valide. Il a peut-être été remplacé par un nouveau lien.',
    forbidden: 'Ce lien ne donne pas accès à cette page.',
    notFound: 'Cette journée n’existe pas ou plus.',
    unavailable: 'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
    internal: 'Une erreur inattendue s’est produite. Réessayez plus tard.',
    whatToDo: 'Utilisez le lien complet reçu par e-mail, ou demandez un nouveau lien à l’organisateur de la journée.',
    statusCode: (n) => `Code d’erreur ${n}`,
  },
  client: {
    colon: '\u00a0: ',
    agendaPending: 'Le programme n’est pas encore publié. Il apparaîtra ici dès que l’organisateur aura établi le planning.',
    loadFailed: 'Impossible de charger cette partie de la page. Réessayez plus tard.',
    networkError: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    linkExpired: 'Ce lien n’est plus valide. Demandez un nouveau lien à l’organisateur.',
    partnerN: 'Partenaire {n}',
    removePartnerN: 'Retirer le partenaire {n}',
    slotN: 'Créneau {n}',
    removeSlotN: 'Retirer le créneau {n}',
    addToWishes: 'Ajouter à mes souhaits',
    inWishes: 'Dans mes souhaits',
    wishesFull: 'Liste complète',
    addedToWishes: '{name} a été ajouté à vos souhaits (non encore enregistrés).',
    noSuggestions: 'Aucune suggestion pour l’instant\u00a0: elles s’appuient sur les demandes et sur les compétences proposées et recherchées.',
    suggestionsBlocked: 'Les suggestions sont indisponibles tant que l’organisateur n’a pas corrigé la journée.',
    reasonOrganiser: 'rencontre demandée par l’organisateur',
    reasonMutual: 'demande réciproque ({a}\u00a0: {pa}, {b}\u00a0: {pb})',
    reasonAsked: '{a} a demandé à rencontrer {b} ({p})',
    reasonMatch: '{offerer} propose «\u00a0{term}\u00a0», que {seeker} recherche',
    ordinals: '1er choix,2e choix,3e choix,4e choix,5e choix',
    declinesNone: 'aucun',
    declinesOne: '1 cluster',
    declinesMany: '{n} clusters',
    saving: 'Enregistrement…',
    saved: 'Vos souhaits sont enregistrés.',
    savedAt: 'Enregistré le {date}.',
    notSubmitted: 'Vous n’avez encore rien envoyé.',
    prefilled: 'Les souhaits pré-remplis viennent de l’organisateur.',
    errorsOne: 'Une erreur empêche l’enregistrement\u00a0:',
    errorsMany: '{n} erreurs empêchent l’enregistrement\u00a0:',
    errChoose: 'Choisissez un cluster.',
    errDuplicate: 'Ce cluster est déjà choisi plus haut.',
    errSelf: 'Votre cluster ne peut pas se choisir lui-même.',
    errUnknown: 'Ce cluster ne participe pas à la journée.',
    errAlsoRequested: 'Ce cluster figure aussi dans vos partenaires souhaités.',
    errMustMeet: 'L’organisateur impose cette rencontre.',
    errLocked: 'L’organisateur a déjà fixé cette rencontre.',
    errTooMany: 'Au plus {n} partenaires.',
    errPriority: 'La priorité va de 1 à 5.',
    errTime: 'Indiquez une heure de début et de fin.',
    errOrder: 'L’heure de fin doit suivre l’heure de début.',
    storedRequests: 'Partenaires souhaités',
    storedDeclines: 'À ne pas rencontrer',
    storedAvailability: 'Disponibilités',
    storedNone: 'aucun',
    storedWholeEvent: 'toute la journée (selon l’organisateur)',
    priorityN: 'priorité {n}',
    roundN: 'Tour {n}',
    tableN: 'table {t}',
    meetingsOne: '1 rencontre',
    meetingsMany: '{n} rencontres',
    noMeetings: 'Aucune rencontre ne vous a été attribuée.',
    lockedMeeting: 'confirmée',
    why: 'Pourquoi',
    unmetTitle: 'Demandes non retenues',
    unmetHint: 'Le planning n’a pas pu inclure ces rencontres.',
  },
};

const en: WebStrings = {
  htmlLang: 'en',
  intlLocale: 'en-GB',
  other: { lang: 'fr', label: 'Français' },
  pageTitle: (c, e) => `${c} — ${e}`,
  yourSpace: 'Your cluster space',
  onThisPage: 'On this page',
  when: 'Date',
  venue: 'Venue',
  format: 'Format',
  formatText: (m, max) => `${m}-minute meetings, at most ${max} for your cluster`,
  yourProfile: 'Your profile',
  youOffer: 'You offer',
  youSeek: 'You seek',
  agendaTitle: 'My schedule',
  subscribe: 'Subscribe in my calendar',
  subscribeHint: 'Your calendar (Outlook, Google, Apple…) will update if the schedule changes.',
  downloadIcs: 'Download the .ics file',
  printable: 'Printable version',
  suggestionsTitle: 'Suggested partners',
  suggestionsIntro: 'Ranked by interest for your cluster, from the requests and the skills offered and sought.',
  wishesTitle: 'My wishes',
  wishesIntro: 'Sending again replaces what you sent before.',
  loading: 'Loading…',
  noscript: 'This page needs JavaScript to show suggestions and save your wishes.',
  requestsLegend: 'Partners you want to meet',
  requestsHint: (max) => `Up to ${max} partners. Priority 1 = first choice, 5 = last choice.`,
  choosePartner: '— Choose a cluster —',
  otherRegion: 'Other',
  priority: 'Priority',
  priorityOption: (p) => (p === 1 ? '1 (first choice)' : p === 5 ? '5 (last choice)' : String(p)),
  remove: 'Remove',
  addPartner: 'Add a partner',
  declinesLegend: 'Clusters you do not want to meet',
  declinesHint: 'The schedule will never pair you with the ticked clusters.',
  declinesSummary: 'Pick from the list',
  availabilityLegend: 'Your availability',
  availabilityHint: 'When you are present in each session. With no slot, you are away for that session.',
  from: 'From',
  to: 'To',
  addSlot: 'Add a slot',
  submit: 'Save my wishes',
  storedTitle: 'What is saved',
  longDate: 'EEEE d MMMM yyyy',
  error: {
    title: 'Access denied',
    missingToken: 'This link is incomplete: your cluster’s access key is missing.',
    invalidToken: 'This link is not (or no longer) valid. It may have been replaced by a new one.',
    forbidden: 'This link does not open this page.',
    notFound: 'This event does not exist (any more).',
    unavailable: 'The service is unavailable for a moment. Please try again in a few minutes.',
    internal: 'Something unexpected went wrong. Please try again later.',
    whatToDo: 'Use the full link you received by e-mail, or ask the event’s organiser for a new link.',
    statusCode: (n) => `Error code ${n}`,
  },
  client: {
    colon: ': ',
    agendaPending: 'The schedule is not published yet. It will appear here once the organiser has drawn it up.',
    loadFailed: 'This part of the page could not be loaded. Please try again later.',
    networkError: 'The server does not answer. Check your connection and try again.',
    linkExpired: 'This link is no longer valid. Ask the organiser for a new one.',
    partnerN: 'Partner {n}',
    removePartnerN: 'Remove partner {n}',
    slotN: 'Slot {n}',
    removeSlotN: 'Remove slot {n}',
    addToWishes: 'Add to my wishes',
    inWishes: 'In my wishes',
    wishesFull: 'List full',
    addedToWishes: '{name} was added to your wishes (not saved yet).',
    noSuggestions: 'No suggestions yet: they come from the requests and from the skills offered and sought.',
    suggestionsBlocked: 'Suggestions are unavailable until the organiser fixes the event.',
    reasonOrganiser: 'meeting required by the organiser',
    reasonMutual: 'mutual request ({a}: {pa}, {b}: {pb})',
    reasonAsked: '{a} asked to meet {b} ({p})',
    reasonMatch: '{offerer} offers “{term}”, which {seeker} seeks',
    ordinals: '1st choice,2nd choice,3rd choice,4th choice,5th choice',
    declinesNone: 'none',
    declinesOne: '1 cluster',
    declinesMany: '{n} clusters',
    saving: 'Saving…',
    saved: 'Your wishes are saved.',
    savedAt: 'Saved on {date}.',
    notSubmitted: 'You have not sent anything yet.',
    prefilled: 'The wishes filled in come from the organiser.',
    errorsOne: 'One error prevents saving:',
    errorsMany: '{n} errors prevent saving:',
    errChoose: 'Choose a cluster.',
    errDuplicate: 'This cluster is already chosen above.',
    errSelf: 'Your cluster cannot choose itself.',
    errUnknown: 'This cluster does not take part in the event.',
    errAlsoRequested: 'This cluster is also among your wished partners.',
    errMustMeet: 'The organiser requires this meeting.',
    errLocked: 'The organiser has already fixed this meeting.',
    errTooMany: 'At most {n} partners.',
    errPriority: 'Priority goes from 1 to 5.',
    errTime: 'Give a start and an end time.',
    errOrder: 'The end must come after the start.',
    storedRequests: 'Wished partners',
    storedDeclines: 'Not to meet',
    storedAvailability: 'Availability',
    storedNone: 'none',
    storedWholeEvent: 'the whole event (as the organiser set it)',
    priorityN: 'priority {n}',
    roundN: 'Round {n}',
    tableN: 'table {t}',
    meetingsOne: '1 meeting',
    meetingsMany: '{n} meetings',
    noMeetings: 'No meeting was assigned to you.',
    lockedMeeting: 'confirmed',
    why: 'Why',
    unmetTitle: 'Requests not met',
    unmetHint: 'The schedule could not include these meetings.',
  },
};

/** The page's words in `lang`. */
export function webStrings(lang: Lang): WebStrings {
  return lang === 'en' ? en : fr;
}
