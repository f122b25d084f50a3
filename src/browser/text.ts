/** Small text helpers of the page, free of the DOM. */

/** `14:20` from `2015-09-10T14:20:00+02:00`: the schedule's times carry the event zone's offset. */
export function wallTime(iso: string): string {
  return iso.slice(11, 16);
}

/** `2015-09-10` from an instant with its offset: the event zone's day. */
export function wallDate(iso: string): string {
  return iso.slice(0, 10);
}

/** `Jeudi 10 septembre` for a `YYYY-MM-DD` day; noon UTC keeps every zone on the same day. */
export function dayLabel(date: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `10 septembre 2015` for a `YYYY-MM-DD` day, whatever the machine's zone. */
export function dateLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** `2 décembre 2026 à 15:51` for an instant, on the wall clock of `timeZone` (the event's). */
export function dateTimeLabel(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A cluster's name from its id, from the clusters the page knows (the id itself when unknown). */
export function namesOf(clusters: readonly { id: string; name: string }[]): (id: string) => string {
  const names = new Map(clusters.map((c) => [c.id, c.name]));
  return (id) => names.get(id) ?? id;
}
