import { Redis } from 'ioredis';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger';
import { ensureRedis, INSTALL_HINT } from '../../src/server/embedded-redis';
import { freePort } from '../../src/server/net-probe';
import { StartupError } from '../../src/server/startup-error';
import { startRedisServer } from '../support/redis-server';

const logger = createLogger('silent');
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'maillage-data-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const unset = () => ({ redisUrl: 'redis://127.0.0.1:6379', redisUrlFromEnv: false, dataDir });

describe('ensureRedis', () => {
  it('uses REDIS_URL as it is when it is set', async () => {
    const endpoint = await ensureRedis({ redisUrl: 'redis://example.invalid:1', redisUrlFromEnv: true, dataDir }, logger);
    expect(endpoint).toMatchObject({ url: 'redis://example.invalid:1', embedded: false });
  });

  it('uses a Redis that already answers', async () => {
    const running = await startRedisServer();
    try {
      const endpoint = await ensureRedis(unset(), logger, { port: running.port });
      expect(endpoint).toMatchObject({ url: running.url, embedded: false });
    } finally {
      await running.stop();
    }
  });

  it('starts its own redis-server when nothing answers, and keeps the data in the data directory', async () => {
    const port = await freePort();
    const first = await ensureRedis(unset(), logger, { port });
    expect(first).toMatchObject({ url: `redis://127.0.0.1:${port}`, embedded: true });
    const client = new Redis(first.url);
    await client.set('kept', 'yes');
    await client.quit();
    await first.stop();
    expect(readdirSync(dataDir)).toContain('appendonlydir');

    const second = await ensureRedis(unset(), logger, { port });
    const again = new Redis(second.url);
    try {
      expect(await again.get('kept')).toBe('yes');
    } finally {
      await again.quit();
      await second.stop();
    }
  });

  it('starts its redis-server with the append-only file fsynced before every answer and no eviction', async () => {
    const port = await freePort();
    const endpoint = await ensureRedis(unset(), logger, { port });
    const client = new Redis(endpoint.url);
    try {
      const setting = async (name: string) => ((await client.config('GET', name)) as string[])[1];
      expect(await setting('appendonly')).toBe('yes');
      expect(await setting('appendfsync')).toBe('always');
      expect(await setting('no-appendfsync-on-rewrite')).toBe('no');
      expect(await setting('maxmemory-policy')).toBe('noeviction');
      expect(await setting('dir')).toBe(dataDir);
    } finally {
      await client.quit();
      await endpoint.stop();
    }
  });

  it('says how to install Redis when redis-server is not on the PATH', async () => {
    const port = await freePort();
    const attempt = ensureRedis(unset(), logger, { port, command: 'redis-server-not-installed' });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).toMatch(/sudo apt-get install redis-server/);
    expect(INSTALL_HINT).toMatch(/brew install redis/);
  });
});
