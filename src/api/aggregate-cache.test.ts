import { describe, expect, it } from 'vitest';
import { AggregateCache } from './aggregate-cache.js';

/** A computation that counts its calls and answers `value`. */
function counted<T>(value: T) {
  const fn = async () => {
    fn.calls += 1;
    return value;
  };
  fn.calls = 0;
  return fn;
}

describe('AggregateCache', () => {
  it('computes once per key within the time to live, and again after it', async () => {
    let now = 1_000;
    const cache = new AggregateCache(5_000, () => now);
    const compute = counted(['a']);
    expect(await cache.get('top', [{ from: 'x' }, 10], compute)).toEqual(['a']);
    now += 4_999;
    expect(await cache.get('top', [{ from: 'x' }, 10], compute)).toEqual(['a']);
    expect(compute.calls).toBe(1);
    await cache.get('top', [{ from: 'y' }, 10], compute);
    expect(compute.calls).toBe(2);
    now += 1;
    await cache.get('top', [{ from: 'x' }, 10], compute);
    expect(compute.calls).toBe(3);
  });

  it('shares one computation in flight between concurrent callers', async () => {
    const cache = new AggregateCache(5_000);
    let release: (v: number) => void = () => {};
    let calls = 0;
    const compute = () => {
      calls += 1;
      return new Promise<number>((r) => (release = r));
    };
    const both = Promise.all([cache.get('t', [], compute), cache.get('t', [], compute)]);
    release(7);
    expect(await both).toEqual([7, 7]);
    expect(calls).toBe(1);
  });

  it('forgets failures and everything on clear()', async () => {
    const cache = new AggregateCache(5_000);
    await expect(cache.get('t', [], () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    const compute = counted(1);
    await cache.get('t', [], compute);
    await cache.get('t', [], compute);
    expect(compute.calls).toBe(1);
    cache.clear();
    await cache.get('t', [], compute);
    expect(compute.calls).toBe(2);
  });

  it('computes every time when the time to live is 0, and keeps at most maxEntries answers', async () => {
    const off = new AggregateCache(0);
    const compute = counted(1);
    await off.get('t', [], compute);
    await off.get('t', [], compute);
    expect(compute.calls).toBe(2);

    const small = new AggregateCache(5_000, Date.now, 2);
    const first = counted('first');
    await small.get('t', [1], first);
    await small.get('t', [2], counted(2));
    await small.get('t', [3], counted(3));
    await small.get('t', [1], first);
    expect(first.calls).toBe(2);
  });
});
