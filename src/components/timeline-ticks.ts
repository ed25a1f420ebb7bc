import { dayToUtcDate } from '../data/days.ts';
import type { DayRange } from '../model/day-range.ts';

/** The first day of every month inside the range, for the axis. O(days). */
export function dayTicks(range: DayRange): number[] {
  const ticks: number[] = [];
  for (let day = range.fromDay; day <= range.toDay; day += 1) {
    if (dayToUtcDate(day).getUTCDate() === 1) ticks.push(day);
  }
  return ticks;
}
