import type { TimeBucketRecord } from '../read-records.js';
import type { BucketUnit } from './aggregate-queries.js';

/** Above this many buckets the gaps are left unfilled (a chart cannot show them anyway). */
export const MAX_FILLED_BUCKETS = 2000;

/** Start (UTC) of the bucket holding `time`: the day, the ISO week (Monday) or the month. */
export function bucketStart(time: Date, unit: BucketUnit): Date {
  const day = new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
  if (unit === 'day') return day;
  if (unit === 'month') return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), 1));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000);
}

function nextBucket(start: Date, unit: BucketUnit): Date {
  if (unit === 'day') return new Date(start.getTime() + 86_400_000);
  if (unit === 'week') return new Date(start.getTime() + 7 * 86_400_000);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/**
 * Adds zero-count buckets between the sorted `buckets`, from the bucket of `from` (when
 * given, else the first bucket) to the bucket before `to` (when given, else the last bucket).
 * Returns `buckets` unchanged when that would make more than MAX_FILLED_BUCKETS.
 */
export function fillTimeBuckets(
  buckets: readonly TimeBucketRecord[],
  unit: BucketUnit,
  window: { from?: string | null; to?: string | null },
): TimeBucketRecord[] {
  const counts = new Map(buckets.map((b) => [new Date(b.start).getTime(), b.count]));
  const first = window.from
    ? bucketStart(new Date(window.from), unit)
    : buckets[0]
      ? new Date(buckets[0].start)
      : null;
  const lastBucket = buckets[buckets.length - 1];
  const last = window.to
    ? bucketStart(new Date(new Date(window.to).getTime() - 1), unit)
    : lastBucket
      ? new Date(lastBucket.start)
      : null;
  if (!first || !last) return [...buckets];
  const filled: TimeBucketRecord[] = [];
  for (let at = first; at.getTime() <= last.getTime(); at = nextBucket(at, unit)) {
    if (filled.length >= MAX_FILLED_BUCKETS) return [...buckets];
    filled.push({ start: at.toISOString(), count: counts.get(at.getTime()) ?? 0 });
  }
  return filled;
}
