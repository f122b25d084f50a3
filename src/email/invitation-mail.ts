/**
 * The invitation to give one's wishes, and the reminder to those that have not.
 */
import { composeMail, eventFacts, mailParts, type RenderedMail } from './compose-mail';
import type { MailContext } from './mail-context';

/**
 * Names the event, its sessions and place, the cluster's cap and the meeting
 * length, and holds the cluster's private link; a reminder says the wishes
 * are not given yet.
 */
export function invitationMail(ctx: MailContext, kind: 'invitation' | 'reminder'): RenderedMail {
  const { words, event, cluster } = mailParts(ctx);
  const t = words.email;
  const reminder = kind === 'reminder';
  return composeMail(ctx, reminder ? t.reminderSubject(event) : t.invitationSubject(event), [
    { kind: 'paragraph', text: reminder ? t.reminderIntro(cluster, event) : t.invitationIntro(cluster, event) },
    ...eventFacts(ctx),
    { kind: 'paragraph', text: t.wishesCall },
    { kind: 'link', label: t.wishesLink, href: ctx.link },
    { kind: 'paragraph', text: t.privateLink },
  ]);
}
