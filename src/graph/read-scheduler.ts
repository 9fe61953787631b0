/**
 * Admission of reads to Neo4j: at most `limit` run at once, and waiting reads go in order of
 * priority. Lookups (a statement page, an entity) are `interactive`: someone is waiting on
 * them. Exploration and dashboard queries (related entities, paths, aggregates, search) are
 * `background`: costlier and less urgent. When Neo4j is saturated, a background read waits
 * while interactive ones are queued, but never longer than `maxWaitMs` past its arrival, so
 * it is delayed, not starved.
 *
 * Background reads also have a limit of their own (`backgroundLimit`), below `limit`: they
 * never hold every slot, so an arriving lookup rarely waits behind them.
 *
 * Without a limit, every request's query runs at once inside Neo4j and they all share the
 * cores: a costly aggregate slows the lookups running beside it as much as itself.
 */
export type ReadPriority = 'interactive' | 'background';

interface Waiting {
  priority: ReadPriority;
  since: number;
  start: () => void;
}

export interface ReadSchedulerOptions {
  /** Reads running at once (at least 1). */
  limit: number;
  /**
   * Background reads running at once (default: all of `limit`). The other slots stay free for
   * interactive reads, so a burst of costly background reads cannot fill Neo4j.
   */
  backgroundLimit?: number;
  /** Longest a background read waits behind interactive ones before it goes first. */
  maxWaitMs: number;
  /** Clock (injected by tests). */
  now?: () => number;
}

export class ReadScheduler {
  private running = 0;
  private runningBackground = 0;
  private readonly queues: Record<ReadPriority, Waiting[]> = { interactive: [], background: [] };
  private readonly now: () => number;

  constructor(private readonly options: ReadSchedulerOptions) {
    if (!(options.limit >= 1)) throw new Error('a read scheduler needs a limit of at least 1');
    if (options.backgroundLimit !== undefined && !(options.backgroundLimit >= 1))
      throw new Error('a read scheduler needs a background limit of at least 1');
    this.now = options.now ?? Date.now;
  }

  /** Runs `work` when a slot is free and no read of higher standing waits. */
  async run<T>(priority: ReadPriority, work: () => Promise<T>): Promise<T> {
    const background = priority === 'background';
    if (this.running >= this.options.limit || (background && !this.backgroundSlotFree())) {
      await new Promise<void>((start) =>
        this.queues[priority].push({ priority, since: this.now(), start }),
      );
    } else {
      this.running += 1;
      if (background) this.runningBackground += 1;
    }
    try {
      return await work();
    } finally {
      if (background) this.runningBackground -= 1;
      this.release();
    }
  }

  private backgroundSlotFree(): boolean {
    return this.runningBackground < (this.options.backgroundLimit ?? this.options.limit);
  }

  /** Reads waiting for a slot, per priority (for tests and diagnostics). */
  waiting(): Record<ReadPriority, number> {
    return {
      interactive: this.queues.interactive.length,
      background: this.queues.background.length,
    };
  }

  /** Hands the freed slot to the next read, or frees it. */
  private release(): void {
    const next = this.next();
    if (!next) {
      this.running -= 1;
      return;
    }
    if (next.priority === 'background') this.runningBackground += 1;
    next.start();
  }

  private next(): Waiting | undefined {
    const { interactive, background } = this.queues;
    const first = background[0];
    const canBackground = first !== undefined && this.backgroundSlotFree();
    const overdue = canBackground && this.now() - first.since >= this.options.maxWaitMs;
    if (overdue || (interactive.length === 0 && canBackground)) return background.shift();
    return interactive.shift();
  }
}
