import { formatIsoDay, parseIsoDay } from '../../data/days.ts';

/** A range of calendar days, inclusive of both ends (as the reader sees it): `fromDay ≤ day ≤ toDay`. */
export interface DayRange {
  fromDay: number;
  toDay: number;
}

/** Clamps a day into `[bounds.fromDay, bounds.toDay]`. O(1). */
export function clampDay(day: number, bounds: DayRange): number {
  return Math.min(bounds.toDay, Math.max(bounds.fromDay, Math.round(day)));
}

/** The number of days in an inclusive range (a single day is 1). */
export function rangeLength(range: DayRange): number {
  return range.toDay - range.fromDay + 1;
}

/**
 * Moves a range by `days` keeping its width, stopping at the bounds' ends (it never shrinks). O(1).
 */
export function shiftRange(range: DayRange, days: number, bounds: DayRange): DayRange {
  const width = range.toDay - range.fromDay;
  const fromDay = Math.min(bounds.toDay - width, Math.max(bounds.fromDay, range.fromDay + days));
  return { fromDay, toDay: fromDay + width };
}

/**
 * Moves one end of a range to `day`, clamped to the bounds and never past the other end. O(1).
 */
export function moveRangeEnd(range: DayRange, end: 'from' | 'to', day: number, bounds: DayRange): DayRange {
  const clamped = clampDay(day, bounds);
  return end === 'from'
    ? { fromDay: Math.min(clamped, range.toDay), toDay: range.toDay }
    : { fromDay: range.fromDay, toDay: Math.max(clamped, range.fromDay) };
}

export type RangeNotice = 'invalid-date' | 'reversed' | 'outside';

/**
 * Reads `from` and `to` (ISO days, inclusive) from URL parameters. A missing parameter means that end of
 * the bounds. Invalid dates, a reversed range, or a range wholly outside the bounds give the full bounds and a
 * notice to show; a range partly outside is clamped silently. O(1).
 */
export function parseRangeParams(
  params: URLSearchParams,
  bounds: DayRange,
): { range: DayRange; notice: RangeNotice | null } {
  const fromText = params.get('from');
  const toText = params.get('to');
  if (fromText === null && toText === null) return { range: bounds, notice: null };
  const fromDay = fromText === null ? bounds.fromDay : parseIsoDay(fromText);
  const toDay = toText === null ? bounds.toDay : parseIsoDay(toText);
  if (fromDay === null || toDay === null) return { range: bounds, notice: 'invalid-date' };
  if (fromDay > toDay) return { range: bounds, notice: 'reversed' };
  if (toDay < bounds.fromDay || fromDay > bounds.toDay) return { range: bounds, notice: 'outside' };
  return { range: { fromDay: clampDay(fromDay, bounds), toDay: clampDay(toDay, bounds) }, notice: null };
}

/** Writes a range into URL parameters; the full bounds are written as no parameters at all. */
export function writeRangeParams(params: URLSearchParams, range: DayRange, bounds: DayRange): void {
  if (range.fromDay === bounds.fromDay && range.toDay === bounds.toDay) {
    params.delete('from');
    params.delete('to');
    return;
  }
  params.set('from', formatIsoDay(range.fromDay));
  params.set('to', formatIsoDay(range.toDay));
}
