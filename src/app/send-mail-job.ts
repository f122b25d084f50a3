/**
 * Sends one email of a mail job: rendered in the cluster's language from what
 * the store holds when it runs, sent at most once per message id (a job
 * retried after its message went out does not send it again), and skipped
 * when it is no longer wanted (the event or cluster is gone, the wishes were
 * given before a reminder went, the feedback before its request).
 */
import { z } from 'zod';
import { clusterCalendar } from '../calendar/ics';
import { feedbackRequestMail } from '../email/feedback-request-mail';
import { invitationMail } from '../email/invitation-mail';
import { mailLang, recipientsOf, type MailContext } from '../email/mail-context';
import { messageIdFor } from '../email/message-id';
import { noticeMail } from '../email/notice-mail';
import { AppError } from './errors';
import { calendarBase, clusterAccess, clusterPage } from './event-access';
import type { AppDeps, MailJobData, Mailer } from './ports';
import { zodProblems } from './problems';

const place = z.object({ round: z.number(), table: z.string() });
const mailJobSchema = z.object({
  eventId: z.string().min(1),
  clusterId: z.string().min(1),
  kind: z.enum(['invitation', 'reminder', 'feedback', 'notice']),
  batch: z.string().min(1),
  changes: z
    .array(z.object({ clusters: z.tuple([z.string(), z.string()]), kind: z.enum(['moved', 'added', 'cancelled']), from: place.optional(), to: place.optional() }))
    .optional(),
});

export type MailJobDeps = Pick<AppDeps, 'store' | 'life' | 'config' | 'now'> & {
  mailer: Mailer;
  /** `MAIL_FROM`: its domain names the messages. */
  mailFrom: string;
};

/** What became of a mail job. */
export type MailOutcome = 'sent' | 'already_sent' | 'not_wanted' | 'unreachable' | 'gone';

/** The URL a calendar app subscribes to: `webcal://…/agenda.ics?token=…`. */
export function subscriptionUrl(publicUrl: string, eventId: string, clusterId: string, token: string): string {
  return `${calendarBase(publicUrl)}/api/events/${encodeURIComponent(eventId)}/clusters/${encodeURIComponent(clusterId)}/agenda.ics?token=${token}`;
}

export async function sendMailJob(deps: MailJobDeps, input: unknown): Promise<MailOutcome> {
  const parsed = mailJobSchema.safeParse(input);
  if (!parsed.success) throw new AppError('bad_request', 'invalid mail job', zodProblems(parsed.error));
  const job: MailJobData = parsed.data;
  const stored = await deps.store.getEvent(job.eventId);
  const cluster = stored?.event.clusters.find((c) => c.id === job.clusterId);
  if (!stored || !cluster) return 'gone';
  const to = recipientsOf(cluster);
  if (to.length === 0) return 'unreachable';
  const messageId = messageIdFor(job, deps.mailFrom);
  if (await deps.life.wasSent(messageId)) return 'already_sent';

  const event = stored.event;
  const token = await deps.store.getLinkToken(job.eventId, cluster.id);
  const publicUrl = deps.config.publicUrl;
  const ctx: MailContext = {
    event,
    cluster,
    link: token ? clusterAccess(publicUrl, job.eventId, cluster, token).url : clusterPage(publicUrl, job.eventId, cluster.id),
    lang: mailLang(cluster),
  };
  let rendered;
  if (job.kind === 'invitation') rendered = invitationMail(ctx, 'invitation');
  else if (job.kind === 'reminder') {
    if (await deps.store.getPreferences(job.eventId, cluster.id)) return 'not_wanted';
    rendered = invitationMail(ctx, 'reminder');
  } else if (job.kind === 'feedback') {
    if ((await deps.life.getFeedback(job.eventId, cluster.id)).size > 0) return 'not_wanted';
    rendered = feedbackRequestMail(ctx);
  } else {
    const publication = await deps.store.getPublication(job.eventId);
    if (!publication) return 'not_wanted';
    const { schedule, ledger, storedAt } = publication;
    rendered = noticeMail(ctx, {
      meetings: schedule.meetings.filter((m) => m.clusters.includes(cluster.id)),
      changes: job.changes ?? [],
      ics: clusterCalendar(event, schedule, ledger, cluster.id, { dtstamp: new Date(storedAt), lang: ctx.lang }),
      subscriptionUrl: token ? subscriptionUrl(publicUrl, job.eventId, cluster.id, token) : ctx.link,
    });
  }
  await deps.mailer.send({ ...rendered, to, messageId });
  await deps.life.recordSent(messageId, { eventId: job.eventId, clusterId: cluster.id, kind: job.kind, at: deps.now().toISOString() });
  return 'sent';
}
