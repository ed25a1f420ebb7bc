import type { Incident } from '../data/schema.ts';
import { type ClusterPoints, toClusterPoints } from './clusters/cluster-index.ts';
import { classOf } from './incident-columns.ts';

/**
 * The numbers every index of the model is built from, entry i for incident i: its point, start and end day
 * (the end as given, even before the start: each index reads it its own way), counts and class bits (classOf).
 * The page and the GeoJSON path read them from incident objects (factsOf), the loading worker from a pack's
 * columns (data/pack/pack-facts.ts) without making a million objects; the indexes are then built by the same
 * code from either (buildModelDataFrom, buildIncidentColumnsFrom).
 */
export interface IncidentFacts extends ClusterPoints {
  classes: Uint16Array;
}

/** The facts of `incidents`, each date parsed once (parseIsoDay; an unparsable one is day 0). O(n · v). */
export function factsOf(incidents: readonly Incident[]): IncidentFacts {
  const classes = new Uint16Array(incidents.length);
  for (let i = 0; i < incidents.length; i += 1) classes[i] = classOf(incidents[i] as Incident);
  return { ...toClusterPoints(incidents), classes };
}

/** The facts a cluster grid keeps (ClusterData.points): all but the class bits, sharing their arrays. O(1). */
export function pointsOf({ lng, lat, startDay, endDay, killed, injured }: IncidentFacts): ClusterPoints {
  return { lng, lat, startDay, endDay, killed, injured };
}
