/**
 * The day and the after-event of each event in Redis: absences, the
 * clusters' feedback on their meetings, and which emails went to whom.
 */
import type { Redis } from 'ioredis';
import type { EventLifeStore, MailKind, MailRecord, MeetingFeedback, StoredAbsence } from '../app/ports';
import { eventKeys, sentMailKey } from './keys';
import type { ReplicatedWriter } from './replica-wait';
import { scriptRunner, type ScriptRunner } from './run-script';
import * as scripts from './scripts';

/** How long a sent message is remembered, so that a job retried within it does not send it again. */
export const SENT_MAIL_TTL_SECONDS = 30 * 24 * 3600;

const parseMap = <T>(all: Record<string, string>): Map<string, T> =>
  new Map(Object.entries(all).map(([field, json]) => [field, JSON.parse(json) as T]));

/** `cluster:rest` → [cluster, rest] (ids hold no colon). */
function splitField(field: string): [string, string] {
  const at = field.indexOf(':');
  return [field.slice(0, at), field.slice(at + 1)];
}

export class RedisLifeStore implements EventLifeStore {
  private readonly run: ScriptRunner;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    writer?: ReplicatedWriter,
  ) {
    this.run = scriptRunner(redis, writer);
  }

  private keys(eventId: string) {
    return eventKeys(this.prefix, eventId);
  }

  private async setFields(eventId: string, hash: string, entries: [string, string][]): Promise<boolean> {
    return (await this.run(scripts.SET_FIELDS_IF_EVENT, [this.keys(eventId).event, hash], entries.flat())) === 1;
  }

  async getAbsences(eventId: string): Promise<Map<string, StoredAbsence>> {
    return parseMap<StoredAbsence>(await this.redis.hgetall(this.keys(eventId).absences));
  }

  async setAbsences(eventId: string, absences: Record<string, StoredAbsence>): Promise<boolean> {
    const entries = Object.entries(absences).map(([id, a]): [string, string] => [id, JSON.stringify(a)]);
    return this.setFields(eventId, this.keys(eventId).absences, entries);
  }

  async removeAbsences(eventId: string, clusters: readonly string[]): Promise<boolean> {
    const k = this.keys(eventId);
    return (await this.run(scripts.DELETE_FIELDS_IF_EVENT, [k.event, k.absences], [...clusters])) === 1;
  }

  async getAllFeedback(eventId: string): Promise<Map<string, Map<string, MeetingFeedback>>> {
    const all = parseMap<MeetingFeedback>(await this.redis.hgetall(this.keys(eventId).feedback));
    const byCluster = new Map<string, Map<string, MeetingFeedback>>();
    for (const [field, answer] of all) {
      const [cluster, partner] = splitField(field);
      if (!byCluster.has(cluster)) byCluster.set(cluster, new Map());
      byCluster.get(cluster)!.set(partner, answer);
    }
    return byCluster;
  }

  async getFeedback(eventId: string, clusterId: string): Promise<Map<string, MeetingFeedback>> {
    return (await this.getAllFeedback(eventId)).get(clusterId) ?? new Map();
  }

  async setFeedback(eventId: string, clusterId: string, answers: readonly MeetingFeedback[]): Promise<boolean> {
    const entries = answers.map((a): [string, string] => [`${clusterId}:${a.with}`, JSON.stringify(a)]);
    return this.setFields(eventId, this.keys(eventId).feedback, entries);
  }

  async getMailLog(eventId: string): Promise<Map<string, MailRecord>> {
    const log = new Map<string, MailRecord>();
    for (const [field, at] of Object.entries(await this.redis.hgetall(this.keys(eventId).mail))) {
      const [cluster, kind] = splitField(field);
      log.set(cluster, { ...log.get(cluster), [kind as MailKind]: at });
    }
    return log;
  }

  async recordSent(messageId: string, mail: { eventId: string; clusterId: string; kind: MailKind; at: string }): Promise<boolean> {
    const k = this.keys(mail.eventId);
    const keys = [sentMailKey(this.prefix, messageId), k.event, k.mail];
    return (await this.run(scripts.RECORD_SENT, keys, [SENT_MAIL_TTL_SECONDS, `${mail.clusterId}:${mail.kind}`, mail.at])) === 1;
  }

  async wasSent(messageId: string): Promise<boolean> {
    return (await this.redis.exists(sentMailKey(this.prefix, messageId))) === 1;
  }
}
