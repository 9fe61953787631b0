/**
 * In-process publish/subscribe for subscriptions: each subscriber gets an async iterator
 * that yields every value published after it subscribed, until it is returned (closed).
 * Values for a slow subscriber queue up to `maxQueue`; older ones are then dropped.
 */
export class PubSub<T> {
  private readonly subscribers = new Set<(value: T) => void>();

  constructor(private readonly maxQueue = 100) {}

  publish(value: T): void {
    for (const push of this.subscribers) push(value);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  subscribe(): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    const push = (value: T) => {
      if (waiting) {
        waiting({ value, done: false });
        waiting = null;
      } else {
        queue.push(value);
        if (queue.length > this.maxQueue) queue.shift();
      }
    };
    this.subscribers.add(push);
    const close = (): Promise<IteratorResult<T>> => {
      done = true;
      this.subscribers.delete(push);
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (done) return Promise.resolve({ value: undefined, done: true });
        const value = queue.shift();
        if (value !== undefined) return Promise.resolve({ value, done: false });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: close,
      throw: async (error: unknown) => {
        await close();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
