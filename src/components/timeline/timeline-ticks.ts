import { dayToUtcDate } from '../../data/days.ts';
import type { DayRange } from '../../model/time/day-range.ts';

/** The first day of the range and of every later month inside it, for the axis. O(days). */
export function dayTicks(range: DayRange): number[] {
  const ticks: number[] = [range.fromDay];
  for (let day = range.fromDay + 1; day <= range.toDay; day += 1) {
    if (dayToUtcDate(day).getUTCDate() === 1) ticks.push(day);
  }
  return ticks;
}
