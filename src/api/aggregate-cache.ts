/**
 * A small time-bounded cache for dashboard aggregates (top speakers, top entities, timelines).
 * Those walk every statement or article in their window, so their cost grows with the graph,
 * while every dashboard asks the same few questions. Each answer is computed once per
 * `ttlMs` and shared: concurrent requests for the same key wait for the one computation in
 * flight (failures are not kept). Writes made through this API call `clear()`; writes from
 * elsewhere (the `ingest` command) show up within `ttlMs`.
 */

/** How long an aggregate answer is reused by default. */
export const AGGREGATE_TTL_MS = 5_000;
/** Most answers kept; the oldest go first (window arguments are free-form, so keys are unbounded). */
export const AGGREGATE_CACHE_ENTRIES = 500;

interface Entry {
  expiresAt: number;
  value: Promise<unknown>;
}

export class AggregateCache {
  private readonly entries = new Map<string, Entry>();

  /** `ttlMs` 0 turns caching off (every call computes). `now` is injected for tests. */
  constructor(
    private readonly ttlMs: number = AGGREGATE_TTL_MS,
    private readonly now: () => number = Date.now,
    private readonly maxEntries: number = AGGREGATE_CACHE_ENTRIES,
  ) {}

  /** The answer for `name` and `args` (compared as JSON), computed by `compute` when missing or expired. */
  get<T>(name: string, args: readonly unknown[], compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const key = JSON.stringify([name, ...args]);
    const at = this.now();
    const found = this.entries.get(key);
    if (found && found.expiresAt > at) return found.value as Promise<T>;
    const value = compute();
    const entry = { expiresAt: at + this.ttlMs, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // A failed computation is forgotten at once, so the next request tries again.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }

  /** Forgets every answer (after a write that may change them). */
  clear(): void {
    this.entries.clear();
  }
}
