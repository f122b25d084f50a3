/**
 * After the event: the request for the cluster's feedback on its meetings.
 */
import { composeMail, mailParts, type RenderedMail } from './compose-mail';
import type { MailContext } from './mail-context';

/** Asks, for each meeting, whether it took place, its follow-up and a rating; holds the cluster's link. */
export function feedbackRequestMail(ctx: MailContext): RenderedMail {
  const { words, event, cluster } = mailParts(ctx);
  const t = words.email;
  return composeMail(ctx, t.feedbackSubject(event), [
    { kind: 'paragraph', text: t.feedbackIntro(cluster, event) },
    { kind: 'paragraph', text: t.feedbackAsk },
    { kind: 'link', label: t.feedbackLink, href: ctx.link },
    { kind: 'paragraph', text: t.privateLink },
  ]);
}
