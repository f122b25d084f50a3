import { ConfigError, loadConfig } from '../../src/config/config';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      redisUrl: 'redis://127.0.0.1:6379',
      redisUrlFromEnv: false,
      organizerTokenGenerated: true,
      publicUrl: 'http://localhost:3000',
      workerConcurrency: 1,
      solveTimeLimitSeconds: 20,
      logLevel: 'info',
      keyPrefix: 'maillage:',
      queueName: 'maillage-solve',
      dataDir: './data',
      maxBodyBytes: 1048576,
      exportCacheBytes: 64 * 1024 * 1024,
    });
    expect(Buffer.from(config.organizerToken, 'base64url').length).toBe(32);
  });

  it('generates a different organiser token on each start when none is set', () => {
    expect(loadConfig({}).organizerToken).not.toBe(loadConfig({}).organizerToken);
  });

  it('reads the environment, treating empty variables as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      REDIS_URL: 'redis://redis.internal:6380',
      ORGANIZER_TOKEN: 'a-long-enough-organiser-token',
      PUBLIC_URL: 'https://rdv.example.org/',
      WORKER_CONCURRENCY: '4',
      SOLVE_TIME_LIMIT_SECONDS: '60',
      LOG_LEVEL: '',
      QUEUE_NAME: 'solve-eu',
      EXPORT_CACHE_MB: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      redisUrl: 'redis://redis.internal:6380',
      redisUrlFromEnv: true,
      organizerToken: 'a-long-enough-organiser-token',
      organizerTokenGenerated: false,
      publicUrl: 'https://rdv.example.org',
      workerConcurrency: 4,
      solveTimeLimitSeconds: 60,
      logLevel: 'info',
      queueName: 'solve-eu',
      exportCacheBytes: 0,
    });
  });

  it('names every bad variable', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'eighty', ORGANIZER_TOKEN: 'short', REDIS_URL: 'localhost:6379' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toMatch(/PORT/);
    expect(error?.message).toMatch(/ORGANIZER_TOKEN: must be at least 16 characters long/);
    expect(error?.message).toMatch(/REDIS_URL: must start with redis:\/\//);
  });
});

describe('loadConfig: Redis through Sentinel', () => {
  /** The message of the ConfigError that `env` raises. */
  const failure = (env: Record<string, string>): string => {
    try {
      loadConfig(env);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    throw new Error('no ConfigError');
  };

  it('connects to REDIS_URL without confirmation by replicas when REDIS_SENTINELS is unset', () => {
    expect(loadConfig({})).toMatchObject({ redisSentinels: [], redisSentinelName: 'mymaster', redisWaitReplicas: 0, redisWaitTimeoutMs: 2000 });
  });

  it('reads the Sentinels as host:port pairs and then waits for one replica by default', () => {
    const config = loadConfig({ REDIS_SENTINELS: 'sentinel-a:26379, 10.0.0.2:26380,[::1]:26381', REDIS_SENTINEL_NAME: 'maillage-eu' });
    expect(config).toMatchObject({
      redisSentinels: [
        { host: 'sentinel-a', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
        { host: '::1', port: 26381 },
      ],
      redisSentinelName: 'maillage-eu',
      redisWaitReplicas: 1,
    });
  });

  it('takes the replicas to wait for and the timeout from the environment', () => {
    expect(loadConfig({ REDIS_SENTINELS: 'a:1', REDIS_WAIT_REPLICAS: '0' }).redisWaitReplicas).toBe(0);
    expect(loadConfig({ REDIS_WAIT_REPLICAS: '2', REDIS_WAIT_TIMEOUT_MS: '500' })).toMatchObject({ redisWaitReplicas: 2, redisWaitTimeoutMs: 500 });
  });

  it('names REDIS_SENTINELS and the item that is not host:port', () => {
    const message = failure({ REDIS_SENTINELS: 'a:26379,b,c:99999' });
    expect(message).toMatch(/REDIS_SENTINELS: "b" is not host:port/);
    expect(message).toMatch(/REDIS_SENTINELS: "c:99999" is not host:port/);
    expect(message).not.toMatch(/"a:26379"/);
  });

  it('names REDIS_SENTINEL_NAME, REDIS_WAIT_REPLICAS and REDIS_WAIT_TIMEOUT_MS when they are bad', () => {
    const message = failure({ REDIS_SENTINEL_NAME: 'my master', REDIS_WAIT_REPLICAS: '-1', REDIS_WAIT_TIMEOUT_MS: '0' });
    expect(message).toMatch(/REDIS_SENTINEL_NAME: letters, digits/);
    expect(message).toMatch(/REDIS_WAIT_REPLICAS:/);
    expect(message).toMatch(/REDIS_WAIT_TIMEOUT_MS:/);
  });

  it('limits the events per organiser and the failed token attempts, 500, 100 and 10 per 900 s by default', () => {
    expect(loadConfig({})).toMatchObject({
      maxEventsPerOrganiser: 500,
      authFailures: { perAddress: 100, perTokenPrefix: 10, windowSeconds: 900 },
      trustProxy: false,
    });
    expect(
      loadConfig({
        MAX_EVENTS_PER_ORGANISER: '20',
        AUTH_FAILURES_PER_ADDRESS: '30',
        AUTH_FAILURES_PER_TOKEN_PREFIX: '5',
        AUTH_FAILURE_WINDOW_SECONDS: '60',
      }),
    ).toMatchObject({ maxEventsPerOrganiser: 20, authFailures: { perAddress: 30, perTokenPrefix: 5, windowSeconds: 60 } });
    expect(() => loadConfig({ MAX_EVENTS_PER_ORGANISER: '0' })).toThrow(/MAX_EVENTS_PER_ORGANISER/);
    expect(() => loadConfig({ AUTH_FAILURES_PER_TOKEN_PREFIX: 'many' })).toThrow(/AUTH_FAILURES_PER_TOKEN_PREFIX/);
    expect(() => loadConfig({ AUTH_FAILURE_WINDOW_SECONDS: '-1' })).toThrow(ConfigError);
  });

  it("reads TRUST_PROXY as Express's trust proxy: a boolean, a count of proxies or addresses", () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });
});
