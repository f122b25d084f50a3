/**
 * A mutable working schedule for the algorithms: which round each edge is in,
 * and the derived occupancy of clusters and rounds. Private to the solver;
 * results leave it as plain data.
 */
import type { Instance } from './instance';

export const UNSCHEDULED = -1;

export class Board {
  /** Round of each edge, or UNSCHEDULED. */
  readonly roundOf: Int32Array;
  /** `busy[c * R + r]` = edge of cluster c in round r, or -1. */
  readonly busy: Int32Array;
  readonly count: Int32Array;
  readonly load: Int32Array;
  readonly locked: Uint8Array;
  value = 0;
  covered = 0;

  constructor(readonly instance: Instance) {
    const { edges, ids, slots } = instance;
    this.roundOf = new Int32Array(edges.length).fill(UNSCHEDULED);
    this.busy = new Int32Array(ids.length * slots.length).fill(-1);
    this.count = new Int32Array(ids.length);
    this.load = new Int32Array(slots.length);
    this.locked = new Uint8Array(edges.length);
    for (const lock of instance.locks) {
      this.place(lock.edge, lock.round);
      this.locked[lock.edge] = 1;
    }
  }

  get rounds(): number {
    return this.instance.slots.length;
  }

  busyAt(cluster: number, round: number): number {
    return this.busy[cluster * this.rounds + round];
  }

  /**
   * True when the pair can meet in `round` (both clusters available, inside
   * its meeting windows), both are free, and a table is left.
   */
  fits(edge: number, round: number): boolean {
    const { a, b, inWindow } = this.instance.edges[edge];
    const R = this.rounds;
    return (
      this.instance.available[a][round] === 1 &&
      this.instance.available[b][round] === 1 &&
      (inWindow === null || inWindow[round] === 1) &&
      this.busy[a * R + round] === -1 &&
      this.busy[b * R + round] === -1 &&
      this.load[round] < this.instance.tablesPerRound
    );
  }

  hasRoom(edge: number): boolean {
    const { a, b } = this.instance.edges[edge];
    return this.count[a] < this.instance.cap[a] && this.count[b] < this.instance.cap[b];
  }

  place(edge: number, round: number): void {
    const { a, b, value } = this.instance.edges[edge];
    const R = this.rounds;
    this.roundOf[edge] = round;
    this.busy[a * R + round] = edge;
    this.busy[b * R + round] = edge;
    if (this.count[a]++ === 0) this.covered++;
    if (this.count[b]++ === 0) this.covered++;
    this.load[round]++;
    this.value += value;
  }

  remove(edge: number): number {
    const round = this.roundOf[edge];
    const { a, b, value } = this.instance.edges[edge];
    const R = this.rounds;
    this.roundOf[edge] = UNSCHEDULED;
    this.busy[a * R + round] = -1;
    this.busy[b * R + round] = -1;
    if (--this.count[a] === 0) this.covered--;
    if (--this.count[b] === 0) this.covered--;
    this.load[round]--;
    this.value -= value;
    return round;
  }

  /** Moves a scheduled edge to another round (the caller checked it fits). */
  move(edge: number, round: number): void {
    this.remove(edge);
    this.place(edge, round);
  }

  /** Edges of a cluster currently scheduled. */
  edgesOf(cluster: number): number[] {
    const out: number[] = [];
    const R = this.rounds;
    for (let r = 0; r < R; r++) {
      const e = this.busy[cluster * R + r];
      if (e !== -1) out.push(e);
    }
    return out;
  }

  scheduled(): number[] {
    const out: number[] = [];
    this.roundOf.forEach((r, e) => r !== UNSCHEDULED && out.push(e));
    return out;
  }

  /** Idle rounds of one cluster: gaps between its meetings within each session. */
  idleOf(cluster: number): number {
    const { slots } = this.instance;
    const R = this.rounds;
    let idle = 0;
    let session = -1;
    let last = -1;
    for (let r = 0; r < R; r++) {
      if (this.busy[cluster * R + r] === -1) continue;
      if (slots[r].session === session) idle += r - last - 1;
      session = slots[r].session;
      last = r;
    }
    return idle;
  }

  /** Idle stretches of one cluster: gaps between its meetings within each session, each counted once whatever its length. */
  gapsOf(cluster: number): number {
    const { slots } = this.instance;
    const R = this.rounds;
    let gaps = 0;
    let session = -1;
    let last = -1;
    for (let r = 0; r < R; r++) {
      if (this.busy[cluster * R + r] === -1) continue;
      if (slots[r].session === session && r > last + 1) gaps++;
      session = slots[r].session;
      last = r;
    }
    return gaps;
  }

  /** Idle time of one cluster by the event's measure (`idleMeasure`). */
  idleCostOf(cluster: number): number {
    return this.instance.idleMeasure === 'gaps' ? this.gapsOf(cluster) : this.idleOf(cluster);
  }

  /** Idle rounds, summed over clusters (`stats.idleRounds`, whatever the measure). */
  idle(): number {
    let total = 0;
    for (let c = 0; c < this.count.length; c++) if (this.count[c] > 1) total += this.idleOf(c);
    return total;
  }

  /** Idle time by the event's measure, summed over clusters (`stats.idle`). */
  idleCost(): number {
    let total = 0;
    for (let c = 0; c < this.count.length; c++) if (this.count[c] > 1) total += this.idleCostOf(c);
    return total;
  }

  /** Lexicographic score: coverage first for "fair", then value. */
  better(covered: number, value: number): boolean {
    if (this.instance.objective === 'fair' && covered !== this.covered) return covered > this.covered;
    return value > this.value + 1e-9;
  }

  snapshot(): Int32Array {
    return this.roundOf.slice();
  }

  restore(roundOf: Int32Array): void {
    for (const e of this.scheduled()) if (!this.locked[e]) this.remove(e);
    roundOf.forEach((r, e) => {
      if (r !== UNSCHEDULED && !this.locked[e]) this.place(e, r);
    });
  }
}
