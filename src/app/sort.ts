import type { Incident } from '../data/schema.ts';

/** A copy of the incidents in date order, ties broken by id, so lists are stable. O(n log n). */
export function sortByDate(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) =>
    a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1,
  );
}
