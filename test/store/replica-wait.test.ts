/**
 * ReplicatedWriter on real servers: a primary, and a second `redis-server`
 * made its replica.
 */
import { Redis } from 'ioredis';
import { ReplicaWaitError, ReplicatedWriter } from '../../src/store/replica-wait';
import { startRedisServer, type TestRedis } from '../support/redis-server';

const SET = "redis.call('SET', KEYS[1], ARGV[1]); return 1";

let primary: TestRedis;
let replica: TestRedis;
const clients: Redis[] = [];
const connect = (url: string) => {
  const client = new Redis(url, { maxRetriesPerRequest: 2 });
  clients.push(client);
  return client;
};

beforeAll(async () => {
  [primary, replica] = await Promise.all([startRedisServer(), startRedisServer()]);
  const replicaClient = connect(replica.url);
  await replicaClient.call('REPLICAOF', '127.0.0.1', String(primary.port));
  for (const deadline = Date.now() + 10_000; !/master_link_status:up/.test(await replicaClient.info('replication')); ) {
    if (Date.now() > deadline) throw new Error('the replica did not synchronise');
    await new Promise((r) => setTimeout(r, 50));
  }
});
afterAll(async () => {
  clients.forEach((client) => client.disconnect());
  await Promise.all([primary?.stop(), replica?.stop()]);
});

it('acknowledges a write once its replica confirmed it, and the replica has it', async () => {
  const writer = new ReplicatedWriter(connect(primary.url), 1, 2000);
  await expect(writer.eval(SET, ['replicated'], ['yes'])).resolves.toBe(1);
  expect(await connect(replica.url).get('replicated')).toBe('yes');
});

it('throws ReplicaWaitError, with the counts, when fewer replicas than required confirm', async () => {
  const writer = new ReplicatedWriter(connect(primary.url), 2, 100);
  const error = await writer.eval(SET, ['half-confirmed'], ['maybe']).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReplicaWaitError);
  expect(error).toMatchObject({ name: 'ReplicaWaitError', confirmed: 1, required: 2 });
});
