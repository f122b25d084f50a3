import { notFound } from './errors';
import type { AppDeps, JobView } from './ports';

/** A solve job's state and progress, with its error when it failed; 404 when unknown. */
export async function getJob(deps: Pick<AppDeps, 'queue'>, jobId: string): Promise<JobView> {
  const job = await deps.queue.getJob(jobId);
  if (!job) throw notFound(`job "${jobId}"`);
  return job;
}
