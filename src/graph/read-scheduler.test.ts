import { describe, expect, it } from 'vitest';
import { ReadScheduler, type ReadPriority } from './read-scheduler.js';

/** A read that finishes when the test says so, recording when it started. */
function gate() {
  let open!: () => void;
  const done = new Promise<void>((resolveGate) => (open = resolveGate));
  return { done, open };
}

const tick = () => new Promise<void>((resolveTick) => setImmediate(resolveTick));

describe('ReadScheduler', () => {
  it('runs at most `limit` reads at once and starts the next as one finishes', async () => {
    const scheduler = new ReadScheduler({ limit: 2, maxWaitMs: 100 });
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      scheduler.run('interactive', async () => {
        started.push(i);
        await g.done;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[0]?.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.open();
    gates[2]?.open();
    await Promise.all(runs);
    expect(scheduler.waiting()).toEqual({ interactive: 0, background: 0 });
  });

  it('lets waiting interactive reads go before background reads that came earlier', async () => {
    const scheduler = new ReadScheduler({ limit: 1, maxWaitMs: 100, now: () => 0 });
    const first = gate();
    const order: string[] = [];
    const runs = [scheduler.run('interactive', () => first.done)];
    for (const [name, priority] of [
      ['background-1', 'background'],
      ['interactive-1', 'interactive'],
      ['background-2', 'background'],
      ['interactive-2', 'interactive'],
    ] as [string, ReadPriority][]) {
      runs.push(scheduler.run(priority, async () => void order.push(name)));
    }
    await tick();
    expect(scheduler.waiting()).toEqual({ interactive: 2, background: 2 });
    first.open();
    await Promise.all(runs);
    expect(order).toEqual(['interactive-1', 'interactive-2', 'background-1', 'background-2']);
  });

  it('runs a background read that has waited maxWaitMs before queued interactive ones', async () => {
    let now = 0;
    const scheduler = new ReadScheduler({ limit: 1, maxWaitMs: 100, now: () => now });
    const first = gate();
    const order: string[] = [];
    const runs = [scheduler.run('interactive', () => first.done)];
    runs.push(scheduler.run('background', async () => void order.push('background')));
    now = 50;
    runs.push(scheduler.run('interactive', async () => void order.push('interactive')));
    await tick();
    now = 100;
    first.open();
    await Promise.all(runs);
    expect(order).toEqual(['background', 'interactive']);
  });

  it('frees the slot of a read that fails', async () => {
    const scheduler = new ReadScheduler({ limit: 1, maxWaitMs: 100 });
    const failing = scheduler.run('interactive', () => Promise.reject(new Error('boom')));
    const next = scheduler.run('background', () => Promise.resolve('ran'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });

  it('refuses a limit below 1', () => {
    expect(() => new ReadScheduler({ limit: 0, maxWaitMs: 100 })).toThrow(/at least 1/);
  });

  it('runs at most `backgroundLimit` background reads at once and keeps the other slots for lookups', async () => {
    const scheduler = new ReadScheduler({ limit: 3, backgroundLimit: 1, maxWaitMs: 100 });
    const gates = [gate(), gate(), gate()];
    const started: string[] = [];
    const runs = [
      scheduler.run('background', async () => {
        started.push('background-1');
        await gates[0]?.done;
      }),
      scheduler.run('background', async () => {
        started.push('background-2');
        await gates[1]?.done;
      }),
      scheduler.run('interactive', async () => {
        started.push('interactive-1');
        await gates[2]?.done;
      }),
    ];
    await tick();
    // A slot is free, but it is not a background read's.
    expect(started).toEqual(['background-1', 'interactive-1']);
    expect(scheduler.waiting()).toEqual({ interactive: 0, background: 1 });
    gates[2]?.open();
    await tick();
    expect(started).toEqual(['background-1', 'interactive-1']);
    gates[0]?.open();
    await tick();
    expect(started).toEqual(['background-1', 'interactive-1', 'background-2']);
    gates[1]?.open();
    await Promise.all(runs);
    expect(scheduler.waiting()).toEqual({ interactive: 0, background: 0 });
  });

  it('refuses a background limit below 1', () => {
    expect(() => new ReadScheduler({ limit: 2, backgroundLimit: 0, maxWaitMs: 100 })).toThrow(
      /background limit/,
    );
  });
});
