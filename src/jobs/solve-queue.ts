/**
 * The BullMQ queue of solve jobs, seen by the use cases as a {@link SolveQueue}.
 */
import { Queue, type ConnectionOptions, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobState, JobView, SolveJobData, SolveQueue } from '../app/ports';
import { confirmWrites } from '../store/replica-wait';

export const SOLVE_JOB_NAME = 'solve';

/** Three attempts with exponential backoff; finished jobs are kept a while so their state can be read. */
export const SOLVE_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 1000 },
};

const STATES: Record<string, JobState> = {
  waiting: 'waiting',
  delayed: 'waiting',
  prioritized: 'waiting',
  'waiting-children': 'waiting',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

export interface QueueSettings {
  queueName: string;
  /** BullMQ key prefix, see `bullPrefix` */
  prefix: string;
  connection: ConnectionOptions;
}

export function createQueue(settings: QueueSettings): Queue<SolveJobData> {
  return new Queue<SolveJobData>(settings.queueName, { connection: settings.connection, prefix: settings.prefix });
}

/** @param rawState read before `job`, so that a failed job is never shown without its error */
export function viewJob(job: Job<SolveJobData>, rawState: string): JobView | null {
  const state = STATES[rawState];
  if (!state) return null;
  const progress = typeof job.progress === 'number' ? Math.max(0, Math.min(100, Math.round(job.progress))) : 0;
  return {
    id: String(job.id),
    eventId: job.data.eventId,
    state,
    progress,
    ...(state === 'failed' ? { error: job.failedReason } : {}),
    ...(state === 'completed' ? { result: job.returnvalue } : {}),
  };
}

/** Replicas that must confirm a new job before it is acknowledged (`REDIS_WAIT_REPLICAS`). */
export interface ReplicaConfirmation {
  replicas: number;
  timeoutMs: number;
}

export class BullSolveQueue implements SolveQueue {
  constructor(
    private readonly queue: Queue<SolveJobData>,
    private readonly confirmation?: ReplicaConfirmation,
  ) {}

  async enqueue(data: SolveJobData): Promise<string> {
    // The connection that adds the job, which WAIT then covers.
    const client = (await this.queue.getBackend().client) as unknown as Redis;
    // BullMQ deduplication: while a job of this event is waiting or running,
    // adding another returns its id (checked atomically in Redis).
    const job = await this.queue.add(SOLVE_JOB_NAME, data, { ...SOLVE_JOB_OPTIONS, deduplication: { id: data.eventId } });
    if (this.confirmation) await confirmWrites(client, this.confirmation.replicas, this.confirmation.timeoutMs);
    return String(job.id);
  }

  async getJob(jobId: string): Promise<JobView | null> {
    const state = await this.queue.getJobState(jobId);
    const job = await this.queue.getJob(jobId);
    return job ? viewJob(job, state) : null;
  }
}
