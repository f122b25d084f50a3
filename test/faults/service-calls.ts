/**
 * What the fault tests do to a running `maillage serve` from outside: HTTP
 * calls that report their status (a 503 is an answer here, not a failure),
 * waiting for health and for a job, and the deployment they share.
 */
import type { ApiProcess, Deployment } from '../../bench/service-process';
import { uniqueNames } from '../support/redis-server';

export const ORGANIZER_TOKEN = 'organiser-token-for-the-fault-tests';

/** A deployment on `redisUrl` with a key prefix and queue of its own. */
export function faultDeployment(redisUrl: string, label: string): Deployment {
  return { redisUrl, organizerToken: ORGANIZER_TOKEN, ...uniqueNames(label) };
}

export interface Reply {
  status: number;
  /** The JSON body, or `undefined` when the body is not JSON. */
  body: any;
  text: string;
}

/** One HTTP call with a bearer token; a JSON body when `body` is given. */
export async function call(url: string, token: string, method: string, path: string, body?: unknown): Promise<Reply> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, body: json, text };
}

/** Calls as the organiser. */
export const asOrganizer = (api: Pick<ApiProcess, 'url'>, method: string, path: string, body?: unknown): Promise<Reply> =>
  call(api.url, ORGANIZER_TOKEN, method, path, body);

/** Throws with the status and body unless the reply has the expected status. */
export function expectStatus(reply: Reply, status: number, what: string): Reply {
  if (reply.status !== status) throw new Error(`${what}: ${reply.status} ${reply.text.slice(0, 500)}`);
  return reply;
}

/** Each cluster's token, from the answer to `POST /api/events`. */
export function tokensOf(created: Reply): Record<string, string> {
  return Object.fromEntries((created.body.clusters as { id: string; token: string }[]).map((c) => [c.id, c.token]));
}

/** Polls `/healthz` until it answers 200; resolves with the time it took, in ms. */
export async function waitForHealth(api: Pick<ApiProcess, 'url'>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const ok = await fetch(`${api.url}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`the API was not healthy within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls a job until `done` holds for it (by default: completed or failed). */
export async function waitForJob(
  api: Pick<ApiProcess, 'url'>,
  jobId: string,
  timeoutMs: number,
  done: (state: string) => boolean = (state) => state === 'completed' || state === 'failed',
): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = expectStatus(await asOrganizer(api, 'GET', `/api/jobs/${jobId}`), 200, `GET /api/jobs/${jobId}`);
    if (done(reply.body.state)) return reply.body;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${reply.body.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
