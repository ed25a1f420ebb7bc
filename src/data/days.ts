/**
 * Calendar days as integers: the number of days since 1970-01-01. A day is a date in Peru, never an instant,
 * so nothing here reads the browser's time zone: all arithmetic is done in UTC on purpose.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an ISO calendar day (`YYYY-MM-DD`) into a day number.
 * Returns null for anything else, including impossible days such as `2023-02-30`. O(1), memoised.
 */
export function parseIsoDay(text: string): number | null {
  const cached = parsedDays.get(text);
  if (cached !== undefined) return cached;
  const day = parseUncached(text);
  // A dataset has few distinct days; the cap keeps hostile input from growing the cache without bound.
  if (parsedDays.size < 50_000) parsedDays.set(text, day);
  return day;
}

const parsedDays = new Map<string, number | null>();

function parseUncached(text: string): number | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms / MS_PER_DAY;
}

/** Formats a day number as an ISO calendar day (`YYYY-MM-DD`). Inverse of parseIsoDay. O(1). */
export function formatIsoDay(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC midnight of a day number, for Intl formatting with `timeZone: 'UTC'`. */
export function dayToUtcDate(dayNumber: number): Date {
  return new Date(dayNumber * MS_PER_DAY);
}
