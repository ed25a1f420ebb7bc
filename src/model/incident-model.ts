import { DEPARTMENTS } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import { buildClusterIndex, type ClusterIndex, toClusterPoints } from './cluster-index.ts';
import { buildTimeIndex, type TimeIndex } from './time-index.ts';

const regionNumber = new Map(DEPARTMENTS.map((department, index) => [department.iso, index]));

/** Everything precomputed once at load so each timeline step costs O(log n + output). */
export interface IncidentModel {
  incidents: readonly Incident[];
  time: TimeIndex;
  clusters: ClusterIndex;
}

/**
 * Indexes incidents by day (prefix sums) and by place (per-zoom cluster grid). Regions are the 25
 * departments in DEPARTMENTS order. O(n log n).
 */
export function createIncidentModel(incidents: readonly Incident[]): IncidentModel {
  return {
    incidents,
    time: buildTimeIndex(
      incidents,
      (incident) => regionNumber.get(incident.department) ?? 0,
      DEPARTMENTS.length,
    ),
    clusters: buildClusterIndex(toClusterPoints(incidents)),
  };
}
