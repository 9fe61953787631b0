/**
 * A short human date (e.g. "3 Mar 2024") for an ISO date-time, in UTC so that every
 * viewer sees the same day; an empty string for null or unparsable input.
 */
export function formatDate(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Date(time).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
