/**
 * The events, tokens, wishes, locks, schedules and calendar ledgers in Redis (JSON values).
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { EventFile, LockedMeeting, Schedule } from '../../solver';
import type {
  ClusterPreferences,
  CreateWrite,
  EventListing,
  EventStore,
  GuardedWrite,
  Publication,
  PublicationStamp,
  PublishWrite,
  StoredDraft,
  StoredEvent,
  StoredPublication,
  OrganiserAccount,
  OrganiserStore,
  TokenOwner,
} from '../app/ports';
import type { CalendarLedger } from '../calendar/ledger';
import { eventIndexKey, eventKeys, eventOwnersKey, organisersKey, organiserTokensKey, tokenIndexKey } from './keys';
import type { ReplicatedWriter } from './replica-wait';
import { scriptRunner, type ScriptRunner } from './run-script';
import * as scripts from './scripts';

export class RedisStore implements EventStore, OrganiserStore {
  private readonly index: string;
  private readonly events: string;
  private readonly owners: string;
  private readonly organisers: string;
  private readonly organiserTokens: string;

  /**
   * @param prefix of every key, e.g. `maillage:`
   * @param writer runs the writes when replicas must confirm them (`REDIS_WAIT_REPLICAS`); absent, they run on `redis`
   */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly writer?: ReplicatedWriter,
  ) {
    this.index = tokenIndexKey(prefix);
    this.events = eventIndexKey(prefix);
    this.owners = eventOwnersKey(prefix);
    this.organisers = organisersKey(prefix);
    this.organiserTokens = organiserTokensKey(prefix);
    this.run = scriptRunner(redis, writer);
  }

  private keys(eventId: string) {
    return eventKeys(this.prefix, eventId);
  }

  private readonly run: ScriptRunner;

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async createEvent(
    event: EventFile,
    tokenHashes: Record<string, string>,
    tokens: Record<string, string> = {},
    owner = { organiser: '', maxEvents: Number.MAX_SAFE_INTEGER },
  ): Promise<CreateWrite> {
    const k = this.keys(event.event.id);
    const keys = [k.event, k.meta, k.tokens, this.index, k.prefs, k.links, k.locks, k.schedule, k.ledger, k.draft, this.events, this.owners, k.absences, k.feedback, k.mail];
    const incarnation = randomBytes(9).toString('base64url');
    const args = [JSON.stringify(event), event.event.id, incarnation, owner.organiser, owner.maxEvents, ...tokenTriples(tokenHashes, tokens)];
    return (await this.run(scripts.CREATE_EVENT, keys, args)) as CreateWrite;
  }

  async getEventOwner(eventId: string): Promise<string | undefined | null> {
    const [exists, owner] = replyValues(await this.redis.multi().exists(this.keys(eventId).event).hget(this.owners, eventId).exec()) as [
      number,
      string | null,
    ];
    return exists ? (owner ?? undefined) : null;
  }

  async listEvents(): Promise<EventListing[]> {
    const [ids, owners] = replyValues(await this.redis.multi().smembers(this.events).hgetall(this.owners).exec()) as [
      string[],
      Record<string, string>,
    ];
    if (ids.length === 0) return [];
    const batch = this.redis.multi();
    for (const id of ids) {
      const k = this.keys(id);
      batch.get(k.event).hmget(k.meta, 'published', 'storedAt', 'draftAt').hlen(k.prefs);
    }
    const values = replyValues(await batch.exec());
    const listings: EventListing[] = [];
    for (let i = 0; i < ids.length; i++) {
      const [json, [published, storedAt, draftAt], submitted] = values.slice(3 * i, 3 * i + 3) as [string | null, (string | null)[], number];
      // Deleted between the two reads.
      if (!json) continue;
      listings.push({
        event: JSON.parse(json) as EventFile,
        ...(owners[ids[i]] !== undefined ? { owner: owners[ids[i]] } : {}),
        submitted,
        published: Number(published ?? 0),
        ...(storedAt ? { publishedAt: storedAt } : {}),
        ...(draftAt ? { draftAt } : {}),
      });
    }
    return listings;
  }

  async getEvent(eventId: string): Promise<StoredEvent | null> {
    const k = this.keys(eventId);
    const [json, revision] = replyValues(await this.redis.multi().get(k.event).hget(k.meta, 'revision').exec()) as (string | null)[];
    return json && revision ? { event: JSON.parse(json) as EventFile, revision: Number(revision) } : null;
  }

  async replaceEvent(
    eventId: string,
    event: EventFile,
    expectedRevision: number,
    change: { addTokens: Record<string, string>; removeClusters: string[]; addLinks?: Record<string, string> },
  ): Promise<GuardedWrite> {
    const k = this.keys(eventId);
    const args = [
      JSON.stringify(event),
      eventId,
      expectedRevision,
      change.removeClusters.length,
      ...change.removeClusters,
      ...tokenTriples(change.addTokens, change.addLinks ?? {}),
    ];
    const keys = [k.event, k.meta, k.tokens, this.index, k.prefs, k.links, this.events, k.absences, k.feedback, k.mail];
    return (await this.run(scripts.REPLACE_EVENT, keys, args)) as GuardedWrite;
  }

  async deleteEvent(eventId: string): Promise<boolean> {
    const k = this.keys(eventId);
    const keys = [k.event, k.meta, k.tokens, k.prefs, k.locks, k.schedule, this.index, k.ledger, k.draft, k.links, this.events, this.owners, k.absences, k.feedback, k.mail];
    return (await this.run(scripts.DELETE_EVENT, keys, [eventId])) === 1;
  }

  async findTokenOwner(tokenHash: string): Promise<TokenOwner | null> {
    const json = await this.redis.hget(this.index, tokenHash);
    return json ? (JSON.parse(json) as TokenOwner) : null;
  }

  async getTokenHash(eventId: string, clusterId: string): Promise<string | null> {
    return this.redis.hget(this.keys(eventId).tokens, clusterId);
  }

  async replaceToken(eventId: string, clusterId: string, tokenHash: string, token = ''): Promise<boolean> {
    const k = this.keys(eventId);
    const keys = [k.event, k.meta, k.tokens, this.index, k.prefs, k.links];
    return (await this.run(scripts.REPLACE_TOKEN, keys, [eventId, clusterId, tokenHash, token])) === 1;
  }

  async getLinkTokens(eventId: string): Promise<Map<string, string>> {
    return new Map(Object.entries(await this.redis.hgetall(this.keys(eventId).links)));
  }

  async getLinkToken(eventId: string, clusterId: string): Promise<string | null> {
    return this.redis.hget(this.keys(eventId).links, clusterId);
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
    const [schedule, ledger, [published, storedAt]] = replyValues(replies) as [string | null, string | null, (string | null)[]];
    if (!schedule || !ledger || !published || !storedAt) return null;
    return {
      schedule: JSON.parse(schedule) as Schedule,
      ledger: JSON.parse(ledger) as CalendarLedger,
      storedAt,
      published: Number(published),
    };
  }

  async getPublicationStamp(eventId: string): Promise<PublicationStamp | null> {
    const [revision, published, storedAt, incarnation] = await this.redis.hmget(this.keys(eventId).meta, 'revision', 'published', 'storedAt', 'incarnation');
    if (!revision || !published || !storedAt) return null;
    return { incarnation: incarnation ?? '', revision: Number(revision), published: Number(published), storedAt };
  }

  async saveSchedule(
    eventId: string,
    publication: Publication,
    expected: { revision: number; published: number; draftVersion?: number },
  ): Promise<PublishWrite> {
    const k = this.keys(eventId);
    const args = [
      expected.revision,
      expected.published,
      JSON.stringify(publication.schedule),
      JSON.stringify(publication.ledger),
      publication.storedAt,
      expected.draftVersion ?? '',
    ];
    return (await this.run(scripts.SAVE_SCHEDULE, [k.event, k.meta, k.schedule, k.ledger, k.draft], args)) as PublishWrite;
  }

  async getDraft(eventId: string): Promise<StoredDraft | null> {
    const k = this.keys(eventId);
    const replies = await this.redis.multi().get(k.draft).hmget(k.meta, 'draftAt', 'draftVersion').exec();
    const [schedule, [savedAt, version]] = replyValues(replies) as [string | null, (string | null)[]];
    if (!schedule || !savedAt || !version) return null;
    return { schedule: JSON.parse(schedule) as Schedule, savedAt, version: Number(version) };
  }

  async saveDraft(eventId: string, schedule: Schedule, savedAt: string, expectedRevision: number): Promise<GuardedWrite> {
    const k = this.keys(eventId);
    return (await this.run(scripts.SAVE_DRAFT, [k.event, k.meta, k.draft], [expectedRevision, JSON.stringify(schedule), savedAt])) as GuardedWrite;
  }

  async addOrganiser(account: OrganiserAccount, tokenHash: string): Promise<boolean> {
    const json = JSON.stringify({ ...account, tokenHash });
    return (await this.run(scripts.ADD_ORGANISER, [this.organisers, this.organiserTokens], [account.name, json, tokenHash])) === 1;
  }

  async listOrganisers(): Promise<OrganiserAccount[]> {
    const all = await this.redis.hgetall(this.organisers);
    return Object.values(all)
      .map((json) => {
        const { tokenHash: _hash, ...account } = JSON.parse(json) as OrganiserAccount & { tokenHash?: string };
        return account;
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async rotateOrganiser(name: string, tokenHash: string, at: string): Promise<boolean> {
    return (await this.run(scripts.SET_ORGANISER_TOKEN, [this.organisers, this.organiserTokens], [name, tokenHash, at])) === 1;
  }

  async revokeOrganiser(name: string, at: string): Promise<boolean> {
    return (await this.run(scripts.SET_ORGANISER_TOKEN, [this.organisers, this.organiserTokens], [name, '', at])) === 1;
  }

  async findOrganiser(tokenHash: string): Promise<string | null> {
    return this.redis.hget(this.organiserTokens, tokenHash);
  }
}

/** The values of a MULTI's replies, throwing the first error. */
export function replyValues(replies: [Error | null, unknown][] | null): unknown[] {
  return (replies ?? []).map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

/** `[clusterId, hash, token]…` for the scripts, the token empty when none is kept. */
function tokenTriples(hashes: Record<string, string>, tokens: Record<string, string>): string[] {
  return Object.entries(hashes).flatMap(([clusterId, hash]) => [clusterId, hash, tokens[clusterId] ?? '']);
}
