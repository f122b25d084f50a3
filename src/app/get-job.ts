import { notFound } from './errors';
import { ownerOf, type AppDeps, type JobView } from './ports';

/**
 * A solve job's state and progress, with its error when it failed; 404 when
 * unknown, or when its event is not `organiser`'s (or is gone).
 */
export async function getJob(deps: Pick<AppDeps, 'queue' | 'store'>, jobId: string, organiser: string): Promise<JobView> {
  const job = await deps.queue.getJob(jobId);
  const owner = job && (await deps.store.getEventOwner(job.eventId));
  if (!job || owner === null || ownerOf(owner) !== organiser) throw notFound(`job "${jobId}"`);
  return job;
}
