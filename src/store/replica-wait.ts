/**
 * Store writes that Redis replicas confirm before they are acknowledged, so
 * that a failover to one of those replicas keeps them.
 */
import type { Redis } from 'ioredis';

/** Fewer replicas than required confirmed a write in time: it may or may not survive a failover. */
export class ReplicaWaitError extends Error {
  override name = 'ReplicaWaitError';

  constructor(
    readonly confirmed: number,
    readonly required: number,
  ) {
    super(`${confirmed} of ${required} Redis replicas confirmed the write`);
  }
}

/**
 * Runs each script, then `WAIT replicas timeoutMs` on the same connection.
 * Its own connection: WAIT blocks the connection it runs on, and it must
 * not hold up the reads.
 */
export class ReplicatedWriter {
  /**
   * @param connection used for nothing else
   * @param replicas that must confirm each write, at least 1
   * @param timeoutMs before a write that too few replicas confirmed throws {@link ReplicaWaitError}
   */
  constructor(
    private readonly connection: Redis,
    private readonly replicas: number,
    private readonly timeoutMs: number,
  ) {}

  async eval(script: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    const result = await this.connection.eval(script, keys.length, ...keys, ...args);
    await confirmWrites(this.connection, this.replicas, this.timeoutMs);
    return result;
  }

  async close(): Promise<void> {
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}

/**
 * `WAIT replicas timeoutMs` for the writes `connection` has just had answered;
 * throws {@link ReplicaWaitError} when fewer replicas confirm them.
 */
export async function confirmWrites(connection: Redis, replicas: number, timeoutMs: number): Promise<void> {
  // The socket that carried the writes' answers: a WAIT sent on a newer one (after
  // a reconnection, maybe to another master) would count replicas that never saw them.
  const socket = connection.stream;
  const confirmed = await connection.wait(replicas, timeoutMs);
  if (connection.stream !== socket) throw new ReplicaWaitError(0, replicas);
  if (confirmed < replicas) throw new ReplicaWaitError(confirmed, replicas);
}
