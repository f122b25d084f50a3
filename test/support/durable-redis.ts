/**
 * The durable `redis-server` of the fault tests: the bench's own
 * (`bench/durable-redis.ts`, which the load scenario also uses), with the
 * product's settings, that a test can SIGKILL and start again on the same
 * port and directory.
 */
export { startDurableRedis, type DurableRedis } from '../../bench/durable-redis';
