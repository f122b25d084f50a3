/**
 * After the event, each cluster tells for each of its meetings whether it took
 * place, whether a follow-up is planned, a rating and a comment.
 */
import { z } from 'zod';
import type { Problem } from '../../solver';
import { invalid, notFound } from './errors';
import { loadEvent } from './event-access';
import type { AppDeps, MeetingFeedback } from './ports';
import { parseBody } from './problems';

/** Longest comment, in characters. */
export const MAX_COMMENT_LENGTH = 2000;

const answerSchema = z.strictObject({
  with: z.string().min(1, { error: 'must not be empty' }),
  happened: z.boolean(),
  followUp: z.enum(['yes', 'maybe', 'no']).optional(),
  rating: z
    .number()
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be 1 to 5' })
    .max(5, { error: 'must be 1 to 5' })
    .optional(),
  comment: z.string().max(MAX_COMMENT_LENGTH, { error: `must be at most ${MAX_COMMENT_LENGTH} characters` }).optional(),
});

const feedbackSchema = z.strictObject({
  // A cluster has at most its cap of meetings; 100 leaves room for any event's.
  meetings: z.array(answerSchema).max(100, { error: 'at most 100 meetings' }),
});

export interface FeedbackView {
  meetings: MeetingFeedback[];
}

/** The partners of the cluster's published meetings. */
async function partnersOf(deps: Pick<AppDeps, 'store'>, eventId: string, clusterId: string): Promise<string[]> {
  const schedule = await deps.store.getSchedule(eventId);
  return (schedule?.meetings ?? []).filter((m) => m.clusters.includes(clusterId)).map((m) => (m.clusters[0] === clusterId ? m.clusters[1] : m.clusters[0]));
}

/** The cluster's answers, in the order of its meetings. */
export async function getFeedback(deps: Pick<AppDeps, 'store' | 'life'>, eventId: string, clusterId: string): Promise<FeedbackView> {
  await loadEvent(deps, eventId);
  const [partners, answers] = await Promise.all([partnersOf(deps, eventId, clusterId), deps.life.getFeedback(eventId, clusterId)]);
  const order = new Map(partners.map((p, i) => [p, i]));
  const meetings = [...answers.values()].sort((a, b) => (order.get(a.with) ?? Infinity) - (order.get(b.with) ?? Infinity));
  return { meetings };
}

/** Stores the cluster's answers; each replaces its earlier answer about the same partner. */
export async function submitFeedback(
  deps: Pick<AppDeps, 'store' | 'life' | 'now'>,
  eventId: string,
  clusterId: string,
  input: unknown,
): Promise<FeedbackView> {
  const body = parseBody(feedbackSchema, input, 'feedback');
  await loadEvent(deps, eventId);
  const partners = new Set(await partnersOf(deps, eventId, clusterId));
  const seen = new Set<string>();
  const problems = body.meetings.flatMap((m, i): Problem[] => {
    const path = `meetings[${i}].with`;
    if (!partners.has(m.with)) return [{ path, code: 'unknown_cluster', message: `no meeting with "${m.with}" in the published schedule`, params: { id: m.with } }];
    if (seen.has(m.with)) return [{ path, code: 'duplicate', message: `"${m.with}" is answered twice`, params: { id: m.with } }];
    seen.add(m.with);
    return [];
  });
  if (problems.length > 0) throw invalid('invalid feedback', problems);
  const answeredAt = deps.now().toISOString();
  const answers = body.meetings.map((m): MeetingFeedback => ({ ...m, ...(m.comment !== undefined ? { comment: m.comment.trim() } : {}), answeredAt }));
  if (!(await deps.life.setFeedback(eventId, clusterId, answers))) throw notFound(`event "${eventId}"`);
  return getFeedback(deps, eventId, clusterId);
}
