import { DEPARTMENTS } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import {
  buildClusterData,
  type ClusterData,
  type ClusterIndex,
  clusterIndexFrom,
} from './clusters/cluster-index.ts';
import type { IncidentColumns } from './incident-columns.ts';
import { factsOf, type IncidentFacts, pointsOf } from './incident-facts.ts';
import { buildTimeDataFrom, type TimeData, type TimeIndex, timeIndexFrom } from './time/time-index.ts';

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
 * Indexes incidents by day and region (prefix sums) and by place (per-zoom cluster grid). Regions are the 25
 * departments in DEPARTMENTS order, as given by `regions` (see assignDepartments). O(n log n).
 */
export function createIncidentModel({ incidents, regions }: PlacedIncidents): IncidentModel {
  return modelFrom({ incidents, regions }, buildModelData({ incidents, regions }));
}

/** What createIncidentModel precomputes, as typed arrays: the loading worker builds it and hands it over. */
export interface ModelData {
  time: TimeData;
  clusters: ClusterData;
}

/** createIncidentModel's indexes as data (see modelFrom). O(n log n). */
export function buildModelData({ incidents, regions }: PlacedIncidents): ModelData {
  return buildModelDataFrom(factsOf(incidents), regions);
}

/**
 * buildModelData over incidents already read into typed arrays (see IncidentFacts) and their region numbers:
 * the same indexes from the same numbers, from incident objects or a pack's columns. O(n log n).
 */
export function buildModelDataFrom(facts: IncidentFacts, regions: Int32Array): ModelData {
  return {
    time: buildTimeDataFrom(facts, regions, DEPARTMENTS.length),
    clusters: buildClusterData(pointsOf(facts)),
  };
}

/** The model of `placed` over data buildModelData made from the same incidents, here or in a worker. */
export function modelFrom({ incidents, regions }: PlacedIncidents, data: ModelData): IncidentModel {
  return { incidents, regions, time: timeIndexFrom(data.time), clusters: clusterIndexFrom(data.clusters) };
}

/**
 * Models built elsewhere (the loading worker) for an array of incidents, looked up by that array, so that the
 * page does not build them again (see useSelection). Entries go with their arrays.
 */
export const prebuiltModels = new WeakMap<
  readonly Incident[],
  { model: ModelData; columns: IncidentColumns }
>();

/** Every typed array's buffer inside `value` (objects and arrays walked), to transfer it to another thread. */
export function buffersOf(value: unknown, found: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (typeof value === 'object' && value !== null)
    for (const child of Object.values(value)) buffersOf(child, found);
  return [...found];
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

/**
 * The incidents at `indices`, in that order. A plain loop into a preallocated array: at 1M indices about 10×
 * faster than Array.from with a mapping function, which a timeline step pays for the list. O(k).
 */
export function incidentsAt(incidents: readonly Incident[], indices: Int32Array): Incident[] {
  const found = new Array<Incident>(indices.length);
  for (let k = 0; k < indices.length; k += 1) found[k] = incidents[indices[k] as number] as Incident;
  return found;
}

/**
 * The incidents a view shows, without gathering them: at 1M incidents a timeline step would otherwise build a
 * million-element array for a list that renders 100 of them. Indices into `incidents`, in the time index's
 * order (see TimeIndex.indicesInRange).
 */
export interface ShownIncidents {
  readonly count: number;
  /** The first `k` (fewer when there are fewer), in order. O(k). */
  first(k: number): Incident[];
  /** All of them, gathered on the first call and kept. O(count) once. */
  all(): readonly Incident[];
}

/**
 * A ShownIncidents of `count` incidents, read from `incidents` at the indices `indicesOf(limit)` gives (the
 * first `limit` of them, in order; see TimeIndex.indicesInRange). O(1); see ShownIncidents for the costs of
 * reading it.
 */
export function shownIncidents(
  incidents: readonly Incident[],
  count: number,
  indicesOf: (limit: number) => Int32Array,
): ShownIncidents {
  let gathered: Incident[] | undefined;
  return {
    count,
    first: (k) => (gathered ? gathered.slice(0, k) : incidentsAt(incidents, indicesOf(Math.max(0, k)))),
    all() {
      gathered ??= incidentsAt(incidents, indicesOf(Number.POSITIVE_INFINITY));
      return gathered;
    },
  };
}
