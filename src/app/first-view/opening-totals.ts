import type { Filters } from '../../model/regions/filters.ts';
import type { DayRange } from '../../model/time/day-range.ts';
import type { Totals } from '../../model/time/totals.ts';

export interface OpeningView {
  /** The figures the page was written with for the link's view (first-view-totals.ts), or null. */
  totals: Totals | null;
  filters: Filters;
  range: DayRange;
}

/**
 * The totals to show: the data's once it is ready; until then the figures the page opened with, as long as the
 * view is still the link's (same filters object, no department, same range); otherwise null (placeholders).
 * Never the zeros of an empty selection.
 */
export function totalsToShow(
  isReady: boolean,
  totals: Totals,
  opening: OpeningView,
  view: { filters: Filters; region: string | null; range: DayRange },
): Totals | null {
  if (isReady) return totals;
  const isOpeningView =
    view.filters === opening.filters &&
    view.region === null &&
    view.range.fromDay === opening.range.fromDay &&
    view.range.toDay === opening.range.toDay;
  return isOpeningView ? opening.totals : null;
}
