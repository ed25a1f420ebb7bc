import { DEPARTMENTS } from '../../data/departments.ts';
import type { Totals } from '../time/totals.ts';
import { buildChoroplethScale, type ChoroplethScale } from './choropleth-scale.ts';
import type { Measure } from './filters.ts';

/**
 * The choropleth's scale for a measure, spanning the largest department figure of `wholePeriod` (entry r for
 * DEPARTMENTS[r]), so that colours stay comparable while the dates change. No departments or all zero: no
 * classes. O(r).
 */
export function regionScale(wholePeriod: readonly Totals[], measure: Measure): ChoroplethScale {
  let max = 0;
  for (const totals of wholePeriod) max = Math.max(max, totals[measure]);
  return buildChoroplethScale(max);
}

/**
 * Each department's fill by ISO 3166-2 code: its figure of `byRegion` (entry r for DEPARTMENTS[r], missing
 * entries count as zero) through the scale. Every department is listed. O(r).
 */
export function regionFills(
  byRegion: readonly Totals[],
  measure: Measure,
  scale: ChoroplethScale,
): Record<string, string> {
  return Object.fromEntries(
    DEPARTMENTS.map((department, r) => [department.iso, scale.colourOf(byRegion[r]?.[measure] ?? 0)]),
  );
}
