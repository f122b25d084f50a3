/**
 * Failed token attempts counted in Redis (rate-limiter-flexible), so that
 * every API process sees the same counts: per address, and per token prefix.
 */
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { GuessKeys, GuessLimiter } from '../app/ports';

export interface GuessLimits {
  /** Failed attempts one address may make within the window. */
  perAddress: number;
  /** Failed attempts with tokens that start alike, within the window. */
  perTokenPrefix: number;
  windowSeconds: number;
}

export class RedisGuessLimiter implements GuessLimiter {
  private readonly byAddress: RateLimiterRedis;
  private readonly byPrefix: RateLimiterRedis;

  /** @param prefix of every key, e.g. `maillage:` */
  constructor(
    redis: Redis,
    prefix: string,
    private readonly limits: GuessLimits,
  ) {
    const common = { storeClient: redis, duration: limits.windowSeconds };
    this.byAddress = new RateLimiterRedis({ ...common, keyPrefix: `${prefix}guesses:address`, points: limits.perAddress });
    this.byPrefix = new RateLimiterRedis({ ...common, keyPrefix: `${prefix}guesses:token`, points: limits.perTokenPrefix });
  }

  async retryAfter(keys: GuessKeys): Promise<number> {
    const [address, prefix] = await Promise.all([this.byAddress.get(keys.address), this.byPrefix.get(keys.tokenPrefix)]);
    const waits = [
      spent(address, this.limits.perAddress),
      spent(prefix, this.limits.perTokenPrefix),
    ];
    return Math.max(...waits);
  }

  async failed(keys: GuessKeys): Promise<void> {
    await Promise.all([consume(this.byAddress, keys.address), consume(this.byPrefix, keys.tokenPrefix)]);
  }
}

/** Whole seconds until `res` frees a point, when its `points` are all spent; 0 otherwise. */
function spent(res: RateLimiterRes | null, points: number): number {
  return res && res.consumedPoints >= points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}

/** Counts one attempt; past the limit the library rejects with its result, which is no error here. */
async function consume(limiter: RateLimiterRedis, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
