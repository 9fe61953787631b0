import { findDate } from './find-date.js';

/**
 * Reads a date written by a page or a feed (ISO 8601, RFC 2822, "March 9, 2026 6:12am",
 * "Sept. 24, 2026 2:20 p.m. ET", or a Unix time in seconds or milliseconds) as ISO 8601 in UTC.
 * A time without a zone is read in UTC. Returns null when there is no full date.
 */
export function parseDate(value: string | number | null | undefined): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  return findDate(text)?.iso ?? null;
}

function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  // Below 1e11 it cannot be milliseconds of a plausible date (that would be 1973), so it is seconds.
  const date = new Date(value < 1e11 ? value * 1000 : value);
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 2200 ? date.toISOString() : null;
}
