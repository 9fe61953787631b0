import * as chrono from 'chrono-node';

/** A calendar date found in text. */
export interface FoundDate {
  /** The instant, ISO 8601 in UTC (`2026-03-09T06:12:00.000Z`). */
  iso: string;
  /** The part of the text that was read as the date. */
  text: string;
  index: number;
}

/** Longest text searched for a date: dates sit in short lines, and chrono is slow on huge input. */
const MAX_DATE_TEXT_CHARS = 300;
/** Any instant works: only dates with an explicit year are accepted, so nothing depends on it. */
const REFERENCE_INSTANT = new Date(Date.UTC(2000, 0, 1));

/**
 * Finds the first full calendar date (day, month and year all written) in `text`.
 * Time zones written with the date (`-07:00`, `ET`, `EDT`, `PT`, `GMT`...) are honoured; a date
 * without one is read in `timeZone` (default UTC, never the machine's zone). A date without a
 * time is taken at midnight. Relative dates ("Monday", "3 hours ago") give null.
 */
export function findDate(
  text: string,
  options: { timeZone?: string | number } = {},
): FoundDate | null {
  const input = text.slice(0, MAX_DATE_TEXT_CHARS);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(input, {
      instant: REFERENCE_INSTANT,
      timezone: options.timeZone ?? 'UTC',
    });
  } catch {
    return null;
  }
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
    // Relative dates ("3 hours ago") count as certain to chrono: require the year as written.
    if (!result.text.includes(String(start.get('year')))) continue;
    const date = start.isCertain('hour') ? result.date() : midnight(start, options.timeZone);
    const year = date.getUTCFullYear();
    if (Number.isNaN(date.getTime()) || year < 1900 || year > 2200) continue;
    return { iso: date.toISOString(), text: result.text, index: result.index };
  }
  return null;
}

/** A date written without a time: midnight in its own zone when it has one, else in UTC. */
function midnight(start: chrono.ParsedComponents, timeZone: string | number | undefined): Date {
  const offsetMinutes =
    start.get('timezoneOffset') ?? (typeof timeZone === 'number' ? timeZone : 0);
  const utc = Date.UTC(
    start.get('year') ?? 0,
    (start.get('month') ?? 1) - 1,
    start.get('day') ?? 1,
  );
  return new Date(utc - offsetMinutes * 60_000);
}
