/**
 * A Redis primary, one replica and three `redis-sentinel` processes on free
 * loopback ports, in a temporary directory, for the failover tests. The
 * Sentinels find the primary down one second after it stops answering and
 * promote the replica. The Redis on 6379, if any, is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, redisAnswers } from '../../bench/local-ports';

export interface SentinelCluster {
  /** The master's name the Sentinels watch (`REDIS_SENTINEL_NAME`). */
  name: string;
  /** `127.0.0.1:port,…`, the value of `REDIS_SENTINELS`. */
  sentinelList: string;
  /** The ports of the first primary and of its replica. */
  primaryPort: number;
  replicaPort: number;
  /** The port of the master the Sentinels name now (`SENTINEL get-master-addr-by-name`). */
  masterPort(): Promise<number>;
  /** Polls the Sentinels until they name a master other than `port`; resolves with its port. */
  waitForMasterOtherThan(port: number, timeoutMs: number): Promise<number>;
  /**
   * Holds replication back: SIGSTOPs the replicas, then writes `fillerBytes`
   * of filler values to the master, more than the sockets between them
   * buffer, so that the master's next writes stay in its own memory, sent to
   * no replica, until {@link resumeReplication}. A master killed meanwhile
   * takes them with it.
   */
  holdReplication(fillerBytes: number): Promise<void>;
  /** SIGCONTs the replicas. */
  resumeReplication(): void;
  /** SIGKILLs the current master (no clean shutdown); resolves with its port once it has exited. */
  killMaster(): Promise<number>;
  /**
   * Starts the killed `redis-server` of `port` again as a replica of the
   * current master, as an operator brings a failed node back (the Sentinels
   * would also demote it, but only after `failover-timeout` and two of their
   * 10 s checks); resolves once it is synchronised.
   */
  rejoinAsReplica(port: number): Promise<void>;
  /** Resolves once `port` is a replica whose link to its master is up. */
  waitForReplica(port: number, timeoutMs: number): Promise<void>;
  /** Stops every process and removes the directory. */
  stop(): Promise<void>;
}

/** Seconds before a silent master counts as down, and the failover's own timeout, in ms. */
const DOWN_AFTER_MS = 1000;
const FAILOVER_TIMEOUT_MS = 5000;
const START_TIMEOUT_MS = 20_000;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `check` every 100 ms until it returns a value; throws `what` after `timeoutMs`. */
async function poll<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await pause(100);
  }
}

/** One command to a server, on a connection of its own that gives up at once. */
async function command(port: number, ...args: string[]): Promise<unknown> {
  const client = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await client.call(args[0]!, ...args.slice(1));
  } finally {
    client.disconnect();
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts the primary, its replica and three Sentinels; resolves once the Sentinels agree and know the replica. */
export async function startSentinelCluster(name = 'maillage-failover'): Promise<SentinelCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-sentinel-'));
  const [primaryPort, replicaPort, ...sentinelPorts] = await Promise.all([1, 2, 3, 4, 5].map(() => freePort())) as [number, number, ...number[]];
  const children = new Map<number, ChildProcess>();
  const configs = new Map<number, { program: string; file: string }>();

  const launch = async (port: number) => {
    const { program, file } = configs.get(port)!;
    const child = spawn(program, [file], { stdio: 'ignore' });
    child.on('error', () => undefined);
    children.set(port, child);
    await poll(`${program} did not answer on port ${port} (is it installed? see ${dir})`, START_TIMEOUT_MS, async () => {
      if (child.exitCode !== null) throw new Error('exited');
      return (await redisAnswers(port)) || undefined;
    });
  };
  const server = (port: number, extra: string[]) => {
    const nodeDir = join(dir, `redis-${port}`);
    mkdirSync(nodeDir);
    const file = join(nodeDir, 'redis.conf');
    const lines = [
      `port ${port}`,
      'bind 127.0.0.1',
      `dir ${nodeDir}`,
      `logfile ${join(nodeDir, 'redis.log')}`,
      'save ""',
      'appendonly yes',
      // A replica (re)joining is synchronised at once, not after the default 5 s.
      'repl-diskless-sync-delay 0',
      ...extra,
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    configs.set(port, { program: 'redis-server', file });
  };
  const sentinel = (port: number) => {
    const file = join(dir, `sentinel-${port}.conf`);
    const lines = [
      `port ${port}`,
      'bind 127.0.0.1',
      `dir ${dir}`,
      `logfile ${join(dir, `sentinel-${port}.log`)}`,
      `sentinel monitor ${name} 127.0.0.1 ${primaryPort} 2`,
      `sentinel down-after-milliseconds ${name} ${DOWN_AFTER_MS}`,
      `sentinel failover-timeout ${name} ${FAILOVER_TIMEOUT_MS}`,
      `sentinel parallel-syncs ${name} 1`,
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    configs.set(port, { program: 'redis-sentinel', file });
  };

  const cluster: SentinelCluster = {
    name,
    sentinelList: sentinelPorts.map((port) => `127.0.0.1:${port}`).join(','),
    primaryPort,
    replicaPort,
    masterPort: async () => {
      for (const port of sentinelPorts) {
        const reply = (await command(port, 'SENTINEL', 'get-master-addr-by-name', name).catch(() => null)) as string[] | null;
        if (reply) return Number(reply[1]);
      }
      throw new Error('no Sentinel answers');
    },
    waitForMasterOtherThan: (port, timeoutMs) =>
      poll(`the Sentinels named no master other than ${port}`, timeoutMs, async () => {
        const master = await cluster.masterPort();
        return master !== port ? master : undefined;
      }),
    holdReplication: async (fillerBytes) => {
      const master = await cluster.masterPort();
      for (const port of [primaryPort, replicaPort]) if (port !== master) children.get(port)?.kill('SIGSTOP');
      const client = new Redis({ host: '127.0.0.1', port: master, maxRetriesPerRequest: 0 });
      try {
        const value = 'x'.repeat(1024 * 1024);
        const batch = client.pipeline();
        for (let i = 0; i * value.length < fillerBytes; i++) batch.set(`sentinel-cluster:filler:${i}`, value);
        await batch.exec();
      } finally {
        client.disconnect();
      }
    },
    resumeReplication: () => {
      for (const port of [primaryPort, replicaPort]) children.get(port)?.kill('SIGCONT');
    },
    killMaster: async () => {
      const port = await cluster.masterPort();
      const child = children.get(port);
      if (!child) throw new Error(`no redis-server of this cluster on port ${port}`);
      child.kill('SIGKILL');
      await exited(child);
      return port;
    },
    rejoinAsReplica: async (port) => {
      const master = await cluster.masterPort();
      appendFileSync(configs.get(port)!.file, `replicaof 127.0.0.1 ${master}\n`);
      await launch(port);
      await cluster.waitForReplica(port, START_TIMEOUT_MS);
    },
    waitForReplica: (port, timeoutMs) =>
      poll(`port ${port} was not a synchronised replica`, timeoutMs, async () => {
        const info = String(await command(port, 'INFO', 'replication'));
        return /role:slave/.test(info) && /master_link_status:up/.test(info) ? true : undefined;
      }).then(() => undefined),
    stop: async () => {
      await Promise.all(
        [...children.values()].map((child) => {
          // A stopped process would not act on SIGTERM.
          child.kill('SIGCONT');
          child.kill('SIGTERM');
          return exited(child);
        }),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };

  try {
    server(primaryPort, []);
    server(replicaPort, [`replicaof 127.0.0.1 ${primaryPort}`]);
    sentinelPorts.forEach(sentinel);
    await launch(primaryPort);
    await launch(replicaPort);
    await Promise.all(sentinelPorts.map(launch));
    await cluster.waitForReplica(replicaPort, START_TIMEOUT_MS);
    // Each Sentinel knows the two others (a failover needs a majority) and the replica (the one to promote).
    for (const port of sentinelPorts) {
      await poll(`Sentinel ${port} did not see its peers and the replica`, START_TIMEOUT_MS, async () => {
        const quorum = String(await command(port, 'SENTINEL', 'ckquorum', name));
        const replicas = (await command(port, 'SENTINEL', 'replicas', name)) as string[][];
        const fields = replicas.map((flat) => Object.fromEntries(flat.flatMap((v, i) => (i % 2 === 0 ? [[v, flat[i + 1]]] : []))));
        const known = fields.some((replica) => replica.port === String(replicaPort) && replica.flags === 'slave');
        return quorum.startsWith('OK 3 usable') && known ? true : undefined;
      });
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
