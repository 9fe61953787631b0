import { ApiError } from './api-error.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The number of items to return for `first`: defaulted, capped at `max`; negative is an error. */
export function pageSize(
  first: number | null | undefined,
  fallback = DEFAULT_PAGE_SIZE,
  max = MAX_PAGE_SIZE,
): number {
  if (first === null || first === undefined) return fallback;
  if (first < 0) throw new ApiError('BAD_USER_INPUT', '`first` must not be negative');
  return Math.min(first, max);
}
