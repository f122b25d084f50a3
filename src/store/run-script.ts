import type { Redis } from 'ioredis';
import type { ReplicatedWriter } from './replica-wait';

/** Runs a Lua script of `scripts.ts`. */
export type ScriptRunner = (script: string, keys: string[], args: (string | number)[]) => Promise<unknown>;

/** Through `writer` when replicas must confirm the writes (`REDIS_WAIT_REPLICAS`), else on `redis`. */
export function scriptRunner(redis: Redis, writer?: ReplicatedWriter): ScriptRunner {
  return (script, keys, args) => (writer ? writer.eval(script, keys, args) : redis.eval(script, keys.length, ...keys, ...args));
}
