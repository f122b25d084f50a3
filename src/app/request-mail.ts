/**
 * Asking for emails to the clusters: invitations to give their wishes,
 * reminders to those that have not, requests for feedback after the event.
 * Each request queues one email per cluster at most, named after the request,
 * so that a retried job never sends it twice.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ClusterInput } from '../../solver';
import { recipientsOf } from '../email/mail-context';
import { clusterIdsSchema, requireClusters } from './cluster-list';
import { loadEvent } from './event-access';
import type { AppDeps, MailJobData } from './ports';
import { parseBody } from './problems';

const mailRequestSchema = z.strictObject({
  clusters: clusterIdsSchema.optional(),
  kind: z.enum(['invitation', 'reminder', 'feedback']),
});

export type RequestedMailKind = z.infer<typeof mailRequestSchema>['kind'];

/** Whether an email can reach the cluster: it has recipients (attendees with an address). */
export const isReachable = (cluster: ClusterInput): boolean => recipientsOf(cluster).length > 0;

export interface QueuedMail {
  queued: number;
  /** The clusters asked for that have no attendee with an email. */
  unreachable: string[];
}

/** Clusters a kind of email is for, among those asked: reminders to those without wishes, feedback requests to those with meetings and no answer. */
async function wanted(deps: Pick<AppDeps, 'store' | 'life'>, eventId: string, kind: RequestedMailKind): Promise<(id: string) => boolean> {
  if (kind === 'invitation') return () => true;
  if (kind === 'reminder') {
    const preferences = await deps.store.getAllPreferences(eventId);
    return (id) => !preferences.has(id);
  }
  const [schedule, feedback] = await Promise.all([deps.store.getSchedule(eventId), deps.life.getAllFeedback(eventId)]);
  const met = new Set((schedule?.meetings ?? []).flatMap((m) => m.clusters));
  return (id) => met.has(id) && !feedback.has(id);
}

/** Queues the emails of `kind` to the clusters named (all by default) that it is for. */
export async function requestMail(deps: Pick<AppDeps, 'store' | 'life' | 'mail'>, eventId: string, input: unknown): Promise<QueuedMail> {
  const body = parseBody(mailRequestSchema, input, 'mail request');
  const { event } = await loadEvent(deps, eventId);
  if (body.clusters) requireClusters(event, body.clusters);
  const asked = body.clusters ? new Set(body.clusters) : null;
  const isFor = await wanted(deps, eventId, body.kind);
  const clusters = event.clusters.filter((c) => (asked ? asked.has(c.id) : true) && isFor(c.id));
  const batch = randomBytes(9).toString('base64url');
  const jobs: MailJobData[] = clusters.filter(isReachable).map((c) => ({ eventId, clusterId: c.id, kind: body.kind, batch }));
  await deps.mail.enqueue(jobs);
  return { queued: jobs.length, unreachable: clusters.filter((c) => !isReachable(c)).map((c) => c.id) };
}
