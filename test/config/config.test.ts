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
