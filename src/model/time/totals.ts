import type { Incident } from '../../data/schema.ts';

/** People killed, people injured and the number of incidents in a set. */
export interface Totals {
  killed: number;
  injured: number;
  incidents: number;
}

export const ZERO_TOTALS: Totals = Object.freeze({ killed: 0, injured: 0, incidents: 0 });

/** Sums killed, injured and counts incidents. O(n). */
export function sumTotals(incidents: readonly Incident[]): Totals {
  let killed = 0;
  let injured = 0;
  for (const incident of incidents) {
    killed += incident.killed;
    injured += incident.injured;
  }
  return { killed, injured, incidents: incidents.length };
}

/**
 * Totals grouped by a key of each incident (department, context, …), keys in first-seen order.
 * O(n).
 */
export function totalsBy(
  incidents: readonly Incident[],
  keyOf: (incident: Incident) => string,
): Map<string, Totals> {
  const groups = new Map<string, Totals>();
  for (const incident of incidents) {
    const key = keyOf(incident);
    const group = groups.get(key) ?? { killed: 0, injured: 0, incidents: 0 };
    group.killed += incident.killed;
    group.injured += incident.injured;
    group.incidents += 1;
    groups.set(key, group);
  }
  return groups;
}
