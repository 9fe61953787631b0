/**
 * Admission of reads to Neo4j: at most `limit` run at once, and waiting reads go in order of
 * priority. Lookups (a statement page, an entity) are `interactive`: someone is waiting on
 * them. Exploration and dashboard queries (related entities, paths, aggregates, search) are
 * `background`: costlier and less urgent. When Neo4j is saturated, a background read waits
 * while interactive ones are queued, but never longer than `maxWaitMs` past its arrival, so
 * it is delayed, not starved.
 *
 * Without a limit, every request's query runs at once inside Neo4j and they all share the
 * cores: a costly aggregate slows the lookups running beside it as much as itself.
 */
export type ReadPriority = 'interactive' | 'background';

interface Waiting {
  since: number;
  start: () => void;
}

export interface ReadSchedulerOptions {
  /** Reads running at once (at least 1). */
  limit: number;
  /** Longest a background read waits behind interactive ones before it goes first. */
  maxWaitMs: number;
  /** Clock (injected by tests). */
  now?: () => number;
}

export class ReadScheduler {
  private running = 0;
  private readonly queues: Record<ReadPriority, Waiting[]> = { interactive: [], background: [] };
  private readonly now: () => number;

  constructor(private readonly options: ReadSchedulerOptions) {
    if (!(options.limit >= 1)) throw new Error('a read scheduler needs a limit of at least 1');
    this.now = options.now ?? Date.now;
  }

  /** Runs `work` when a slot is free and no read of higher standing waits. */
  async run<T>(priority: ReadPriority, work: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.limit) {
      await new Promise<void>((start) => this.queues[priority].push({ since: this.now(), start }));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      this.release();
    }
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
    if (next) next.start();
    else this.running -= 1;
  }

  private next(): Waiting | undefined {
    const { interactive, background } = this.queues;
    const overdue = background[0] && this.now() - background[0].since >= this.options.maxWaitMs;
    if (overdue || interactive.length === 0) return background.shift() ?? interactive.shift();
    return interactive.shift();
  }
}
