/**
 * Follows a solve job until it is done (`GET /api/jobs/:jobId` every 400 ms),
 * saying its progress along the way: the build section shows it in its bar,
 * the « Aujourd'hui » screen needs only the outcome.
 */
import type { JobView } from './console-api-types';
import type { ConsoleContext } from './console-context';

const POLL_MS = 400;

/** How a job ended: completed, failed, or the status of an answer that could not be read. */
export type JobOutcome = { state: 'completed' | 'failed' } | { state: 'unread'; status: number };

export interface JobFollower {
  done: Promise<JobOutcome>;
  /** Stops asking (the screen is left); `done` then never settles. */
  stop(): void;
}

export function followJob(ctx: Pick<ConsoleContext, 'api'>, jobId: string, onProgress: (job: JobView) => void): JobFollower {
  let timer: number | undefined;
  let stopped = false;
  const done = new Promise<JobOutcome>((resolve) => {
    const ask = () => {
      void ctx.api<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`).then((result) => {
        if (stopped) return;
        if (result.status !== 200 || !result.body) return resolve({ state: 'unread', status: result.status });
        const job = result.body;
        if (job.state === 'completed' || job.state === 'failed') return resolve({ state: job.state });
        onProgress(job);
        timer = window.setTimeout(ask, POLL_MS);
      });
    };
    ask();
  });
  return {
    done,
    stop() {
      stopped = true;
      window.clearTimeout(timer);
    },
  };
}
