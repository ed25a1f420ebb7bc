import type { Incident } from '../../data/schema.ts';
import { VIOLATIONS } from '../../data/vocabulary.ts';
import { buildTimeIndex } from '../time/time-index.ts';
import type { Totals } from '../time/totals.ts';

const categoryNumber = new Map<string, number>(VIOLATIONS.map((violation, index) => [violation, index]));

/**
 * Totals per region and violation category over any date range. `table[r][c]` holds the incidents of region r
 * with category VIOLATIONS[c] that overlap the range; row `regionCount` holds every region (and incidents
 * with no region). An incident with several categories counts once in each of them, so a row's categories do
 * not add up to its incidents.
 */
export interface CategoryIndex {
  readonly regionCount: number;
  /** A new table of (regionCount + 1) rows of VIOLATIONS.length Totals. O(log d + r · c). */
  table(fromDay: number, toDay: number): Totals[][];
}

/**
 * Builds the category table on the same prefix sums as the timeline (buildTimeIndex): each (incident,
 * category) pair is one entry whose "region" is the cell region × category, plus one entry in the all-regions
 * row. `regions[i]` is incident i's region number in [0, regionCount) or −1. O(n · v + D + r · c · d) for v
 * categories per incident, D days spanned and d distinct days.
 */
export function buildCategoryIndex(
  incidents: readonly Incident[],
  regions: Int32Array,
  regionCount: number,
): CategoryIndex {
  const width = VIOLATIONS.length;
  const entries: Incident[] = [];
  const cells: number[] = [];
  for (let i = 0; i < incidents.length; i += 1) {
    const incident = incidents[i] as Incident;
    const region = regions[i] ?? -1;
    const seen = new Set<number>();
    for (const violation of incident.violations) {
      const category = categoryNumber.get(violation);
      if (category === undefined || seen.has(category)) continue;
      seen.add(category);
      if (region >= 0 && region < regionCount) {
        entries.push(incident);
        cells.push(region * width + category);
      }
      entries.push(incident);
      cells.push(regionCount * width + category);
    }
  }
  const time = buildTimeIndex(entries, (_, k) => cells[k] as number, (regionCount + 1) * width);
  return {
    regionCount,
    table(fromDay, toDay) {
      const flat = time.totalsByRegion(fromDay, toDay);
      return Array.from({ length: regionCount + 1 }, (_, r) => flat.slice(r * width, (r + 1) * width));
    },
  };
}
