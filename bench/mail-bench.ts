/**
 * `npm run bench -- --only mail`: « Envoyer les invitations » for every
 * cluster of a large event, through `maillage serve` as in production (one
 * BullMQ mail job per cluster, taken by its worker), to a real SMTP server on
 * this machine (the `smtp-server` package), on a private Redis. Beside it, in
 * the same run, the reference: the same messages rendered and sent one after
 * another straight through nodemailer, without a queue.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { invitationMail } from '../src/email/invitation-mail';
import { mailLang } from '../src/email/mail-context';
import { messageIdFor } from '../src/email/message-id';
import { createMailer } from '../src/mail/create-mailer';
import { startPrivateRedis } from './private-redis';
import { randomEvent } from './random-event';
import { organizerClient, startApi } from './service-process';

const FROM = 'Rencontres inter-clusters <rdv@example.org>';
const ORGANIZER = 'organisateur-du-banc-d-essai';

/** An SMTP server that accepts every message and counts them. */
async function countingSmtp(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // No reverse DNS lookup of each client: the machine's resolver is not what is measured or tested.
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('the messages did not all arrive in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function benchMail(options: { clusters: number }): Promise<void> {
  const event = randomEvent(1, { clusters: options.clusters, rounds: 6, tables: Math.ceil(options.clusters / 4) });
  event.event.id = 'invitations';
  event.clusters = event.clusters.map((c) => ({ ...c, attendees: [{ name: `Direction ${c.name}`, email: `${c.id}@example.org` }] }));
  const redis = await startPrivateRedis();
  const smtp = await countingSmtp();
  const dataDir = mkdtempSync(join(tmpdir(), 'maillage-bench-mail-'));
  const env = { SMTP_URL: smtp.url, MAIL_FROM: FROM, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const api = await startApi({ redisUrl: redis.url, organizerToken: ORGANIZER, keyPrefix: 'bench:', queueName: 'bench-solve', env }, { worker: true });
  try {
    const call = organizerClient(api.url, ORGANIZER);
    await call('POST', '/api/events', event);
    const n = event.clusters.length;

    const queuedAt = performance.now();
    const { queued } = (await call('POST', `/api/events/${event.event.id}/invitations`, { kind: 'invitation' })) as { queued: number };
    const enqueueMs = performance.now() - queuedAt;
    await until(() => smtp.received() >= queued, 600_000);
    const queueMs = performance.now() - queuedAt;

    // The reference: the same messages rendered and sent one by one, with no queue and no record of what was sent.
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: FROM, dataDir });
    const before = smtp.received();
    const directAt = performance.now();
    for (const cluster of event.clusters) {
      const rendered = invitationMail({ event, cluster, link: `https://rdv.example.org/e/invitations/c/${cluster.id}`, lang: mailLang(cluster) }, 'invitation');
      await mailer.send({ ...rendered, messageId: messageIdFor({ eventId: 'invitations', clusterId: cluster.id, kind: 'invitation', batch: 'direct' }, FROM) });
    }
    const directMs = performance.now() - directAt;
    mailer.close();
    if (smtp.received() - before !== n) throw new Error('the direct sends did not all arrive');

    console.log(`\nInvitations to ${n} clusters, to a local SMTP server (smtp-server), private Redis\n`);
    console.log('| how | messages | POST answered (ms) | all received (ms) | messages / s |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| « Envoyer les invitations »: maillage serve and its mail worker (2 at a time, each recorded as sent) | ${queued} | ${Math.round(enqueueMs)} | ${Math.round(queueMs)} | ${Math.round((1000 * queued) / queueMs)} |`);
    console.log(`| reference: nodemailer one after another, no queue | ${n} | | ${Math.round(directMs)} | ${Math.round((1000 * n) / directMs)} |`);
  } finally {
    await api.stop();
    await smtp.close();
    await redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
