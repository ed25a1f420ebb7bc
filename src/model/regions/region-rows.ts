import { DEPARTMENTS } from '../../data/departments.ts';
import { VIOLATIONS, type Violation } from '../../data/vocabulary.ts';
import type { Totals } from '../time/totals.ts';

/** The columns the region table sorts by, largest first. */
export type RegionSortKey = keyof Totals;

/** One department in the region table: its figures and, per violation category, its incidents with it. */
export interface RegionRow {
  iso: string;
  name: string;
  totals: Totals;
  /** Selected categories with at least one incident here, most severe first. */
  categories: { violation: Violation; incidents: number }[];
}

/**
 * The rows of the region table: one per department with at least one incident in `byRegion` (entry r for
 * DEPARTMENTS[r]), sorted by `sortKey` descending, then the other figures descending, then by name, so the
 * order never depends on the input order. `categoryTable[r][c]` gives region r's incidents with VIOLATIONS[c]
 * (see CategoryIndex); only categories in `selected` are listed. O(r log r · c).
 */
export function buildRegionRows(
  byRegion: readonly Totals[],
  categoryTable: readonly (readonly Totals[])[],
  selected: ReadonlySet<Violation>,
  sortKey: RegionSortKey,
): RegionRow[] {
  const rows: RegionRow[] = [];
  DEPARTMENTS.forEach((department, r) => {
    const totals = byRegion[r];
    if (!totals || totals.incidents === 0) return;
    const cells = categoryTable[r] ?? [];
    const categories = VIOLATIONS.flatMap((violation, c) => {
      const incidents = cells[c]?.incidents ?? 0;
      return selected.has(violation) && incidents > 0 ? [{ violation, incidents }] : [];
    });
    rows.push({ iso: department.iso, name: department.name, totals, categories });
  });
  const order: RegionSortKey[] = [
    sortKey,
    ...(['killed', 'injured', 'incidents'] as const).filter((k) => k !== sortKey),
  ];
  return rows.sort((a, b) => {
    for (const key of order) if (a.totals[key] !== b.totals[key]) return b.totals[key] - a.totals[key];
    return a.name.localeCompare(b.name, 'es');
  });
}

/** The sum of the rows' figures: the table's total row. O(r). */
export function sumRows(rows: readonly RegionRow[]): Totals {
  const sum = { killed: 0, injured: 0, incidents: 0 };
  for (const { totals } of rows) {
    sum.killed += totals.killed;
    sum.injured += totals.injured;
    sum.incidents += totals.incidents;
  }
  return sum;
}
