/**
 * The tasks of one service, subnet by subnet, while a deploy runs. ECS spreads a service's
 * tasks evenly over its Availability Zones, so new tasks go where the new version has the
 * fewest tasks (among subnets with a free slot) and old tasks are stopped where the old
 * version has the most (preferring full subnets, whose addresses or room the new tasks need).
 */
import type { SubnetSlots } from './capacity';
import type { SubnetTasks } from './types';

export class Fleet {
  readonly cells: SubnetTasks[];
  private readonly capacity = new Map<string, number>();

  constructor(slots: readonly SubnetSlots[], desired: number) {
    this.cells = slots.map((s) => ({
      subnet: s.subnet,
      az: s.az,
      old: 0,
      starting: 0,
      fresh: 0,
      free: 0,
      failed: false,
    }));
    slots.forEach((s) => this.capacity.set(s.subnet, s.capacity));
    // The service as it runs today: desired tasks spread evenly over the subnets that have room
    // (over all of them when none has: the design already runs more than fits).
    for (let i = 0; i < desired && this.cells.length > 0; i++) {
      const roomy = this.cells.filter((cell) => (this.capacity.get(cell.subnet) ?? 0) > cell.old);
      const pool = roomy.length > 0 ? roomy : this.cells;
      pool.reduce((best, cell) => (cell.old < best.old ? cell : best)).old++;
    }
    this.refresh();
  }

  private refresh(): void {
    for (const cell of this.cells) {
      const capacity = cell.failed ? 0 : (this.capacity.get(cell.subnet) ?? 0);
      cell.free = Math.max(0, capacity - cell.old - cell.starting - cell.fresh);
    }
  }

  // Plain loops with a fixed field each: the timelines read these totals several times a step,
  // for every service on every run of the rules.
  get old(): number {
    let total = 0;
    for (const cell of this.cells) total += cell.old;
    return total;
  }
  get starting(): number {
    let total = 0;
    for (const cell of this.cells) total += cell.starting;
    return total;
  }
  get fresh(): number {
    let total = 0;
    for (const cell of this.cells) total += cell.fresh;
    return total;
  }
  get free(): number {
    let total = 0;
    for (const cell of this.cells) total += cell.free;
    return total;
  }

  /** Starts up to `count` new tasks; returns how many found a slot. */
  start(count: number): number {
    let started = 0;
    while (started < count) {
      const target = this.cells
        .filter((cell) => cell.free > 0)
        .sort((a, b) => a.starting + a.fresh - (b.starting + b.fresh) || b.free - a.free)[0];
      if (!target) break;
      target.starting++;
      target.free--;
      started++;
    }
    return started;
  }

  /** Stops up to `count` old tasks; returns how many were stopped. */
  stopOld(count: number): number {
    let stopped = 0;
    while (stopped < count) {
      const target = this.cells
        .filter((cell) => cell.old > 0)
        .sort((a, b) => a.free - b.free || b.old - a.old)[0];
      if (!target) break;
      target.old--;
      stopped++;
      this.refresh();
    }
    return stopped;
  }

  /** Starting tasks pass their health checks; returns how many. */
  promote(): number {
    let promoted = 0;
    for (const cell of this.cells) {
      promoted += cell.starting;
      cell.fresh += cell.starting;
      cell.starting = 0;
    }
    return promoted;
  }

  /** New tasks fail their health checks and are stopped; returns how many. */
  dropNew(): number {
    let dropped = 0;
    for (const cell of this.cells) {
      dropped += cell.starting + cell.fresh;
      cell.starting = 0;
      cell.fresh = 0;
    }
    this.refresh();
    return dropped;
  }

  /** Every task in the failed AZs is lost and their subnets take no new task; returns the lost count. */
  failAzs(azs: readonly string[]): number {
    let lost = 0;
    for (const cell of this.cells) {
      if (!azs.includes(cell.az) || cell.failed) continue;
      lost += cell.old + cell.starting + cell.fresh;
      cell.old = cell.starting = cell.fresh = 0;
      cell.failed = true;
    }
    this.refresh();
    return lost;
  }

  /** Subnets with no free slot (the reason a start found no room). */
  fullSubnets(): string[] {
    return this.cells.filter((cell) => !cell.failed && cell.free === 0).map((cell) => cell.subnet);
  }

  snapshot(): SubnetTasks[] {
    return this.cells.map((cell) => ({ ...cell }));
  }
}
