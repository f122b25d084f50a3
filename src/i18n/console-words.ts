/**
 * The words of the organiser's console (`/`): its shell, rendered by the
 * server, and every screen the browser code builds. Meeting explanations come
 * from `ExplainWords`, round and table labels from `ExportWords`, problems
 * from `ProblemWords` and `EditProblemWords`.
 */
import type { Lang } from './lang';

/** An event's state in the list: wishes open, a draft waiting, or published. */
export type EventState = 'open' | 'draft' | 'published';

/** How a meeting of the draft differs from the published schedule. */
export type ChangeKind = 'moved' | 'added' | 'cancelled';

export interface ConsoleWords {
  /** Locale of the dates and numbers formatted in the browser (`Intl`). */
  intlLocale: string;
  /** The other language, for the switch link. */
  other: { lang: Lang; label: string };
  /** Between a place and what is wrong there; French puts a non-breaking space before the colon. */
  colon: string;

  shell: {
    /** `<title>` and the masthead. */
    title: string;
    brand: string;
    skipToContent: string;
    noscript: string;
    loading: string;
    signOut: string;
    /** `Événement — Console de l’organisateur` */
    screenTitle(screen: string): string;
  };

  /** Why a part could not be loaded or saved. */
  failure: {
    networkError: string;
    sessionExpired: string;
    loadFailed: string;
    /** After too many wrong tokens from the same network (429). */
    tooManyAttempts: string;
    notFound: string;
  };

  signIn: {
    title: string;
    intro: string;
    tokenLabel: string;
    tokenHint: string;
    submit: string;
    checking: string;
    empty: string;
    refused: string;
    signedOut: string;
  };

  events: {
    title: string;
    newEvent: string;
    empty: string;
    /** `40 clusters` */
    clusters(n: number): string;
    /** `12 sur 40 ont envoyé leurs vœux` */
    submitted(submitted: number, clusters: number): string;
    noDate: string;
    state: Record<EventState, string>;
    stateLabel: string;
    dateLabel: string;
    clustersLabel: string;
  };

  create: {
    title: string;
    backToEvents: string;
    intro: string;
    fromFileTitle: string;
    fromFileIntro: string;
    fileLabel: string;
    fileHint: string;
    fromCsvTitle: string;
    fromCsvIntro: string;
    csvLabel: string;
    csvHint: string;
    template: string;
    submit: string;
    creating: string;
    created(eventName: string): string;
    noFile: string;
    notJson: string;
    conflict: string;
    /** Heading of the list of problems that prevent the creation. */
    problemsCount(n: number): string;
    /** Next to a file field whose problems are listed at the top of the form. */
    problemsInFile(n: number): string;
  };

  /** The settings of an event (the form of a new event, and of the event's page). */
  settings: {
    legend: string;
    id: string;
    idHint: string;
    name: string;
    timezone: string;
    timezoneHint: string;
    location: string;
    sessionsLegend: string;
    sessionsHint: string;
    sessionN(n: number): string;
    date: string;
    start: string;
    end: string;
    addSession: string;
    removeSessionN(n: number): string;
    meetingMinutes: string;
    changeoverMinutes: string;
    tables: string;
    tablesHint: string;
    cap: string;
    capHint: string;
    objective: string;
    objectiveFair: string;
    objectiveTotal: string;
  };

  /** Where a problem of an event file or a spreadsheet is, in words. */
  places: {
    file: string;
    spreadsheet: string;
    settings: string;
    /** `ligne 7, colonne « offers »` */
    cell(line: number | string, column: string): string;
    line(line: number | string): string;
    /** `terme 2`: the second term of a cell of terms. */
    term(n: number | string): string;
    /** `Cluster 4 (Mont-Blanc Industries)` */
    cluster(n: number, name: string | undefined): string;
    request(n: number, from: string | undefined, to: string | undefined): string;
    mustMeet(n: number): string;
    neverMeet(n: number): string;
    session(n: number): string;
    availability(n: number): string;
    attendee(n: number): string;
    table(n: number): string;
    /** A field that `fields` does not name: `champ « foo »` */
    field(name: string): string;
    /** The event file's field names in words. */
    fields: Readonly<Record<string, string>>;
  };

  eventPage: {
    backToEvents: string;
    onThisPage: string;
    notFound: string;
    settingsTitle: string;
    editSettings: string;
    saveSettings: string;
    savingSettings: string;
    settingsSaved: string;
    settingsLocked: string;
    /** `7 tours de 20 minutes` */
    roundsText(rounds: number, minutes: number): string;
    tablesUnlimited: string;
    capText(cap: number): string;
    objectiveText: string;
    /** Links to the event's other screens. */
    todayLink: string;
    reportLink: string;
  };

  clusters: {
    /** The section's name in the page's navigation. */
    heading: string;
    title(n: number): string;
    submittedCount(submitted: number, clusters: number): string;
    submittedAt(date: string): string;
    notSubmitted: string;
    openPage: string;
    copyLink: string;
    copied: string;
    copyFailed: string;
    reissue: string;
    reissueConfirm(name: string): string;
    reissued(name: string): string;
    reissueFailed: string;
    noLink: string;
    privateLink: string;
    sendInvitations: string;
    sendReminders: string;
    askFeedback: string;
    sendHint: string;
    sending: string;
    /** `12 messages en file d'envoi` */
    queued(n: number): string;
    /** `Injoignables (aucune adresse e-mail) : Axelera, Minalogic.` */
    unreachableNamed(names: string): string;
    sendFailed: string;
    invitedAt: string;
    remindedAt: string;
    /** A message never sent. */
    never: string;
    unreachableTitle: string;
    unreachableHint: string;
    outboxNote: string;
  };

  build: {
    title: string;
    build: string;
    rebuild: string;
    rebuildHint: string;
    progressLabel: string;
    /** `40 %` */
    percent(value: number): string;
    waiting: string;
    running: string;
    done: string;
    failed: string;
    refused: string;
  };

  schedule: {
    title: string;
    none: string;
    draft: string;
    draftHint: string;
    published: string;
    publishedHint: string;
    /** `57 rencontres ; 38 clusters sur 40 ont au moins une rencontre` */
    stats(meetings: number, covered: number, clusters: number): string;
    optimal: string;
    /** `à au plus 0,4 % du meilleur planning possible` */
    gap(percent: string): string;
    atBound: string;
    qualityLabel: string;
    /** The hidden name of the line of figures (meetings, clusters covered). */
    statsLabel: string;
    changesTitle: string;
    changesCounts(counts: { moved: number; added: number; cancelled: number; kept: number }): string;
    noChanges: string;
    cancelledTitle: string;
    /** `Axelera × Minalogic (était au tour 2, table T3)` */
    cancelledItem(a: string, b: string, where: string): string;
    /** `tour 2, table T3` */
    place(round: number, table: string): string;
    movedBadge: string;
    movedFrom(where: string): string;
    addedBadge: string;
    lockedBadge: string;
    publish: string;
    publishHint: string;
    publishing: string;
    publishedNow(count: number): string;
    publishFailed: string;
    gridTitle: string;
    gridCaption(draft: boolean): string;
    roundHeader: string;
    free: string;
    lock: string;
    unlock: string;
    move: string;
    remove: string;
    lockSaved(a: string, b: string): string;
    unlockSaved(a: string, b: string): string;
    lockFailed: string;
    perClusterTitle: string;
    perClusterItem(count: number): string;
    withoutTitle(n: number): string;
    allCovered: string;
    unmetTitle(n: number): string;
    noUnmet: string;
    /** `Axelera → Minalogic` */
    unmetPair(from: string, to: string): string;
  };

  edit: {
    title: string;
    moveTitle(a: string, b: string): string;
    round: string;
    table: string;
    roundOption(round: number, time: string): string;
    saveMove: string;
    cancel: string;
    removeConfirm(a: string, b: string): string;
    moved(a: string, b: string): string;
    removed(a: string, b: string): string;
    added(a: string, b: string): string;
    saving: string;
    refused(n: number): string;
    addTitle: string;
    addIntro: string;
    clusterA: string;
    clusterB: string;
    chooseCluster: string;
    addSubmit: string;
    lockedHint: string;
    samePair: string;
    chooseBoth: string;
    lockBroken(a: string, b: string): string;
  };

  /** « Aujourd'hui »: the day as it goes, the absences and re-planning the rest of it. */
  today: {
    title: string;
    time: string;
    timeHint: string;
    badTime: string;
    /** `Créneau 4 · 15:00–15:20` */
    round(index: number, time: string): string;
    noRound: string;
    noSchedule: string;
    tablesCaption(round: number): string;
    table: string;
    participants: string;
    noMeetings: string;
    presenceTitle: string;
    cluster: string;
    state: string;
    present: string;
    absent: string;
    /** `Absent jusqu'à 15:00` */
    absentUntil(time: string): string;
    /** `Absent à partir de 15:00` */
    absentFrom(time: string): string;
    /** The hidden header of the column of buttons. */
    actions: string;
    markAbsent: string;
    arrivalAt: string;
    cancelAbsence: string;
    markedAbsent(name: string): string;
    absenceCancelled(name: string): string;
    absenceFailed: string;
    replan: string;
    replanHint: string;
    replanning: string;
    replanned: string;
    replanFailed: string;
    changesTitle: string;
    cancelledTitle: string;
    addedTitle: string;
    movedTitle: string;
    /** `Axelera × Minalogic, 15:15–15:35, table T3` */
    meetingItem(a: string, b: string, time: string, table: string): string;
    /** `Axelera × Minalogic, 15:15–15:35 → 15:40–16:00` */
    movedItem(a: string, b: string, from: string, to: string): string;
    publish: string;
    publishing: string;
    published: string;
    publishFailed: string;
  };

  downloads: {
    title: string;
    intro: string;
    draftNote: string;
    ics: string;
    csv: string;
    print: string;
    failed: string;
  };
}
