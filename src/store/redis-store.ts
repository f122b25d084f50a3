/**
 * The events, tokens, wishes, locks, schedules and calendar ledgers in Redis (JSON values).
 */
import type { Redis } from 'ioredis';
import type { EventFile, LockedMeeting, Schedule } from '../../solver';
import type {
  ClusterPreferences,
  EventStore,
  GuardedWrite,
  Publication,
  PublishWrite,
  StoredEvent,
  StoredPublication,
  TokenOwner,
} from '../app/ports';
import type { CalendarLedger } from '../calendar/ledger';
import { eventKeys, tokenIndexKey } from './keys';
import * as scripts from './scripts';

export class RedisStore implements EventStore {
  private readonly index: string;

  /** @param prefix of every key, e.g. `maillage:` */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.index = tokenIndexKey(prefix);
  }

  private keys(eventId: string) {
    return eventKeys(this.prefix, eventId);
  }

  private async run(script: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    return this.redis.eval(script, keys.length, ...keys, ...args);
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async createEvent(event: EventFile, tokenHashes: Record<string, string>): Promise<boolean> {
    const k = this.keys(event.event.id);
    const pairs = Object.entries(tokenHashes).flat();
    const keys = [k.event, k.meta, k.tokens, this.index, k.prefs, k.locks, k.schedule, k.ledger];
    return (await this.run(scripts.CREATE_EVENT, keys, [JSON.stringify(event), event.event.id, ...pairs])) === 1;
  }

  async getEvent(eventId: string): Promise<StoredEvent | null> {
    const k = this.keys(eventId);
    const replies = await this.redis.multi().get(k.event).hget(k.meta, 'revision').exec();
    const [json, revision] = (replies ?? []).map(([error, value]) => {
      if (error) throw error;
      return value as string | null;
    });
    return json && revision ? { event: JSON.parse(json) as EventFile, revision: Number(revision) } : null;
  }

  async replaceEvent(
    eventId: string,
    event: EventFile,
    expectedRevision: number,
    change: { addTokens: Record<string, string>; removeClusters: string[] },
  ): Promise<GuardedWrite> {
    const k = this.keys(eventId);
    const args = [
      JSON.stringify(event),
      eventId,
      expectedRevision,
      change.removeClusters.length,
      ...change.removeClusters,
      ...Object.entries(change.addTokens).flat(),
    ];
    return (await this.run(scripts.REPLACE_EVENT, [k.event, k.meta, k.tokens, this.index, k.prefs], args)) as GuardedWrite;
  }

  async deleteEvent(eventId: string): Promise<boolean> {
    const k = this.keys(eventId);
    const keys = [k.event, k.meta, k.tokens, k.prefs, k.locks, k.schedule, this.index, k.ledger];
    return (await this.run(scripts.DELETE_EVENT, keys, [])) === 1;
  }

  async findTokenOwner(tokenHash: string): Promise<TokenOwner | null> {
    const json = await this.redis.hget(this.index, tokenHash);
    return json ? (JSON.parse(json) as TokenOwner) : null;
  }

  async getTokenHash(eventId: string, clusterId: string): Promise<string | null> {
    return this.redis.hget(this.keys(eventId).tokens, clusterId);
  }

  async replaceToken(eventId: string, clusterId: string, tokenHash: string): Promise<boolean> {
    const k = this.keys(eventId);
    return (await this.run(scripts.REPLACE_TOKEN, [k.event, k.tokens, this.index], [eventId, clusterId, tokenHash])) === 1;
  }

  async getAllPreferences(eventId: string): Promise<Map<string, ClusterPreferences>> {
    const all = await this.redis.hgetall(this.keys(eventId).prefs);
    return new Map(Object.entries(all).map(([id, json]) => [id, JSON.parse(json) as ClusterPreferences]));
  }

  async getPreferences(eventId: string, clusterId: string): Promise<ClusterPreferences | null> {
    const json = await this.redis.hget(this.keys(eventId).prefs, clusterId);
    return json ? (JSON.parse(json) as ClusterPreferences) : null;
  }

  async setPreferences(eventId: string, clusterId: string, preferences: ClusterPreferences): Promise<boolean> {
    const k = this.keys(eventId);
    return (await this.run(scripts.SET_FIELD_IF_EVENT, [k.event, k.prefs], [clusterId, JSON.stringify(preferences)])) === 1;
  }

  async getLocks(eventId: string): Promise<LockedMeeting[]> {
    const json = await this.redis.get(this.keys(eventId).locks);
    return json ? (JSON.parse(json) as LockedMeeting[]) : [];
  }

  async setLocks(eventId: string, locks: LockedMeeting[], expectedRevision: number): Promise<GuardedWrite> {
    const k = this.keys(eventId);
    // A solve running with the old locks must not store its schedule: bump the revision.
    const args = [expectedRevision, JSON.stringify(locks), 1];
    return (await this.run(scripts.SET_AT_REVISION, [k.event, k.meta, k.locks], args)) as GuardedWrite;
  }

  async getSchedule(eventId: string): Promise<Schedule | null> {
    const json = await this.redis.get(this.keys(eventId).schedule);
    return json ? (JSON.parse(json) as Schedule) : null;
  }

  async getPublication(eventId: string): Promise<StoredPublication | null> {
    const k = this.keys(eventId);
    const replies = await this.redis.multi().get(k.schedule).get(k.ledger).hmget(k.meta, 'published', 'storedAt').exec();
    const [schedule, ledger, [published, storedAt]] = (replies ?? []).map(([error, value]) => {
      if (error) throw error;
      return value;
    }) as [string | null, string | null, (string | null)[]];
    if (!schedule || !ledger || !published || !storedAt) return null;
    return {
      schedule: JSON.parse(schedule) as Schedule,
      ledger: JSON.parse(ledger) as CalendarLedger,
      storedAt,
      published: Number(published),
    };
  }

  async saveSchedule(eventId: string, publication: Publication, expected: { revision: number; published: number }): Promise<PublishWrite> {
    const k = this.keys(eventId);
    const args = [
      expected.revision,
      expected.published,
      JSON.stringify(publication.schedule),
      JSON.stringify(publication.ledger),
      publication.storedAt,
    ];
    return (await this.run(scripts.SAVE_SCHEDULE, [k.event, k.meta, k.schedule, k.ledger], args)) as PublishWrite;
  }
}
