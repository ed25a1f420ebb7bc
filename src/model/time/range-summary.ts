import { parseIsoDay } from '../../data/days.ts';
import type { Incident } from '../../data/schema.ts';
import type { Totals } from './totals.ts';

/**
 * The incidents reduced to what the totals of any day range need: one row per distinct span of days,
 * `[firstDay, lastDay, killed, injured, incidents]` with days as day numbers (inclusive). Small enough to
 * embed in the page (one row per day with incidents, plus one per distinct multi-day span).
 */
export type RangeSummary = [number, number, number, number, number][];

/**
 * Groups incidents by their span of days. An end_date before the date (or unparsable) is read as the date,
 * as the time index does; an incident with an unparsable date is left out (validated ones have none).
 * Rows are sorted by first day, then last day. O(n log n).
 */
export function summariseRanges(incidents: readonly Incident[]): RangeSummary {
  const rows = new Map<string, [number, number, number, number, number]>();
  for (const incident of incidents) {
    const first = parseIsoDay(incident.date);
    if (first === null) continue;
    const end = incident.end_date ? (parseIsoDay(incident.end_date) ?? first) : first;
    const last = Math.max(first, end);
    const key = `${first}/${last}`;
    const row = rows.get(key) ?? [first, last, 0, 0, 0];
    row[2] += incident.killed;
    row[3] += incident.injured;
    row[4] += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The totals of the incidents overlapping the inclusive day range [fromDay, toDay] (first ≤ toDay and
 * last ≥ fromDay), the same rule as the time index. O(rows).
 */
export function totalsOfRange(summary: RangeSummary, fromDay: number, toDay: number): Totals {
  const totals = { killed: 0, injured: 0, incidents: 0 };
  for (const [first, last, killed, injured, incidents] of summary) {
    if (first > toDay || last < fromDay) continue;
    totals.killed += killed;
    totals.injured += injured;
    totals.incidents += incidents;
  }
  return totals;
}
