/**
 * What the messages share: the names they use (on one line), the greeting
 * and sign-off around their blocks, the recipients and the subject.
 */
import { normalizeEvent } from '../../solver';
import type { OutgoingMail } from '../app/ports';
import { formatLocal } from '../export/local-time';
import { dictionary, type Dictionary } from '../i18n/dictionary';
import { bodyHtml, bodyText, type Block } from './mail-body';
import { recipientsOf, type MailContext } from './mail-context';
import { oneLine } from './one-line';

/** An email before its `Message-ID` is given (from its job). */
export type RenderedMail = Omit<OutgoingMail, 'messageId'>;

export interface MailParts {
  words: Dictionary;
  /** The event's name, on one line. */
  event: string;
  /** The cluster's name, on one line. */
  cluster: string;
}

export function mailParts(ctx: MailContext): MailParts {
  return { words: dictionary(ctx.lang), event: oneLine(ctx.event.event.name), cluster: oneLine(ctx.cluster.name) };
}

/** The greeting, the blocks, then the sign-off with the event's name; to the cluster's attendees that have an email. */
export function composeMail(
  ctx: MailContext,
  subject: string,
  blocks: readonly Block[],
  attachments?: OutgoingMail['attachments'],
): RenderedMail {
  const { words, event } = mailParts(ctx);
  const t = words.email;
  const all: Block[] = [
    { kind: 'paragraph', text: t.greeting },
    ...blocks,
    { kind: 'paragraph', text: `${t.signOff}\n${event}` },
  ];
  const body = { lang: t.htmlLang, title: oneLine(subject), blocks: all, colon: words.exports.colon };
  return {
    to: recipientsOf(ctx.cluster),
    subject: oneLine(subject),
    text: bodyText(body),
    html: bodyHtml(body),
    ...(attachments ? { attachments } : {}),
  };
}

/** The event's sessions (long date, start and end) and place, then the cluster's cap and the meeting length. */
export function eventFacts(ctx: MailContext): Block[] {
  const { words } = mailParts(ctx);
  const t = words.email;
  const settings = ctx.event.event;
  const sessions = [...settings.sessions]
    .sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`))
    // Noon UTC of a calendar date is that same date when formatted in UTC.
    .map((s) => t.session(formatLocal(`${s.date}T12:00:00Z`, 'UTC', words.exports.longDate, ctx.lang), s.start, s.end));
  const location = oneLine(settings.location ?? '');
  // The cap as the solver reads it: the cluster's own, else the event's, else the default.
  const cap = normalizeEvent(ctx.event).cap.get(ctx.cluster.id) ?? 0;
  return [
    { kind: 'facts', facts: [{ label: t.when, values: sessions }, ...(location ? [{ label: t.where, values: [location] }] : [])] },
    { kind: 'list', items: [{ text: t.cap(cap) }, { text: t.meetingLength(settings.meetingMinutes) }] },
  ];
}
