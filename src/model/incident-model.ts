import { DEPARTMENTS } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import { buildClusterIndex, type ClusterIndex, toClusterPoints } from './clusters/cluster-index.ts';
import { buildTimeIndex, type TimeIndex } from './time/time-index.ts';

/** Incidents with their region numbers (positions in DEPARTMENTS, −1 for none): `regions[i]` is incident i's. */
export interface PlacedIncidents {
  incidents: readonly Incident[];
  regions: Int32Array;
}

/** Everything precomputed once per selection so each timeline step costs O(log n + output). */
export interface IncidentModel extends PlacedIncidents {
  time: TimeIndex;
  clusters: ClusterIndex;
}

/**
 * Filter changes (category, context, perpetrator) select the incidents again and rebuild these indexes for the
 * selection (use-selection.ts). Measured against that (bench/filter-options.ts, 100k synthetic incidents): an
 * index per class of (categories, context, perpetrator) is built once and makes a change free, but the data
 * has ~300 such classes, so it takes 7× the memory (97 MB against 13 MB) and every timeline update must query
 * each selected class (155 ms against 3.9 ms), which the timeline cannot afford; per-class prefix sums have the
 * same per-class query cost in the cluster grid. A design that keeps one grid, with per-cell counts by
 * category mask, is the candidate left to measure.
 *
 * Indexes incidents by day and region (prefix sums) and by place (per-zoom cluster grid). Regions are the 25
 * departments in DEPARTMENTS order, as given by `regions` (see assignDepartments). O(n log n).
 */
export function createIncidentModel({ incidents, regions }: PlacedIncidents): IncidentModel {
  return {
    incidents,
    regions,
    time: buildTimeIndex(incidents, (_, i) => regions[i] ?? -1, DEPARTMENTS.length),
    clusters: buildClusterIndex(toClusterPoints(incidents)),
  };
}

/**
 * The incidents (and their regions) for which `keep(incident, region)` holds, in input order. Returns the
 * input itself when every incident is kept, so views memoised on it are not rebuilt. O(n).
 */
export function selectIncidents(
  placed: PlacedIncidents,
  keep: (incident: Incident, region: number) => boolean,
): PlacedIncidents {
  const { incidents, regions } = placed;
  const kept: number[] = [];
  for (let i = 0; i < incidents.length; i += 1) {
    if (keep(incidents[i] as Incident, regions[i] ?? -1)) kept.push(i);
  }
  if (kept.length === incidents.length) return placed;
  return {
    incidents: kept.map((i) => incidents[i] as Incident),
    regions: Int32Array.from(kept, (i) => regions[i] ?? -1),
  };
}
