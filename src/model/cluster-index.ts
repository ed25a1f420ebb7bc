import { parseIsoDay } from '../data/days.ts';
import type { Incident } from '../data/schema.ts';
import {
  buildPart,
  cellsInView,
  findCell,
  type GridPart,
  type GridTotals,
  mercatorX,
  mercatorY,
  partMembers,
  partTotals,
} from './cluster-grid.ts';

/** Points as typed arrays, index i = incident i. */
export interface ClusterPoints {
  lng: Float64Array;
  lat: Float64Array;
  startDay: Int32Array;
  endDay: Int32Array;
  killed: Int32Array;
  injured: Int32Array;
}

/** A cluster bubble (its grid cell, zoom and in-range sums) or a single incident (its index in the points). */
export type ClusterItem =
  | {
      kind: 'cluster';
      cellId: number;
      zoom: number;
      lng: number;
      lat: number;
      incidents: number;
      killed: number;
      injured: number;
    }
  | { kind: 'incident'; index: number; lng: number; lat: number; killed: number; injured: number };

export interface ClusterIndex {
  /**
   * Clusters and single incidents overlapping the inclusive day range, for the floor of `zoom`, in the bbox
   * `[west, south, east, north]` (degrees). Empty cells are omitted; a cell with one in-range incident gives that
   * incident at its own point; above the deepest cluster zoom every incident comes alone.
   * O(cells in view · log m + output), independent of the number of incidents outside the view.
   */
  query(q: {
    fromDay: number;
    toDay: number;
    zoom: number;
    bbox: [number, number, number, number];
  }): ClusterItem[];
  /** The first zoom at which a cluster's in-range incidents fall in two or more cells (≤ deepest zoom + 1). */
  expansionZoom(item: ClusterItem, fromDay: number, toDay: number): number;
}

const DEFAULT_MAX_ZOOM = 12;

/** Turns incidents into typed arrays for buildClusterIndex. O(n). */
export function toClusterPoints(incidents: readonly Incident[]): ClusterPoints {
  const n = incidents.length;
  const points: ClusterPoints = {
    lng: new Float64Array(n),
    lat: new Float64Array(n),
    startDay: new Int32Array(n),
    endDay: new Int32Array(n),
    killed: new Int32Array(n),
    injured: new Int32Array(n),
  };
  incidents.forEach((incident, i) => {
    const start = parseIsoDay(incident.date) as number;
    points.lng[i] = incident.lng;
    points.lat[i] = incident.lat;
    points.startDay[i] = start;
    points.endDay[i] = incident.end_date ? (parseIsoDay(incident.end_date) as number) : start;
    points.killed[i] = incident.killed;
    points.injured[i] = incident.injured;
  });
  return points;
}

/**
 * Precomputes, once, a grid of ~`cellPx`-pixel cells for every zoom 0..maxClusterZoom; each cell keeps its
 * incidents sorted by day with running sums, so a date-range change costs two binary searches per cell in
 * view instead of re-clustering every point (O(z · n log n) build, typed arrays). Single-day incidents and
 * multi-day ones are kept apart, so only the few multi-day ones pay for the extra end-day arrays.
 * Clusters sit at their cell's all-time centroid: they stay put while the reader scrubs the timeline.
 */
export function buildClusterIndex(
  points: ClusterPoints,
  options: { maxClusterZoom?: number; cellPx?: number } = {},
): ClusterIndex {
  const maxZoom = options.maxClusterZoom ?? DEFAULT_MAX_ZOOM;
  const cellPx = options.cellPx ?? 64;
  const n = points.lng.length;
  let multiCount = 0;
  for (let i = 0; i < n; i += 1) if (points.endDay[i] !== points.startDay[i]) multiCount += 1;
  const singleMembers = new Int32Array(n - multiCount);
  const multiMembers = new Int32Array(multiCount);
  for (let i = 0, s = 0, m = 0; i < n; i += 1) {
    if (points.endDay[i] === points.startDay[i]) singleMembers[s++] = i;
    else multiMembers[m++] = i;
  }
  const mx = new Float64Array(n);
  const my = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    mx[i] = mercatorX(points.lng[i] as number);
    my[i] = mercatorY(points.lat[i] as number);
  }
  const prepared = { ...points, mx, my };
  const levels = Array.from({ length: maxZoom + 1 }, (_, zoom) => {
    const size = Math.round((512 * 2 ** zoom) / cellPx);
    return [buildPart(prepared, singleMembers, size, false), buildPart(prepared, multiMembers, size, true)];
  });
  const single = (i: number): ClusterItem => ({
    kind: 'incident',
    index: i,
    lng: points.lng[i] as number,
    lat: points.lat[i] as number,
    killed: points.killed[i] as number,
    injured: points.injured[i] as number,
  });

  /** Sums both parts of a level for the cells in view, keyed by cell. */
  const collect = (
    parts: GridPart[],
    fromDay: number,
    toDay: number,
    bbox: [number, number, number, number],
  ) => {
    const cells = new Map<
      number,
      { totals: GridTotals; sumLng: number; sumLat: number; all: number; hits: [GridPart, number][] }
    >();
    for (const part of parts) {
      for (const c of cellsInView(part, bbox)) {
        const totals = partTotals(part, c, fromDay, toDay);
        const key = part.keys[c] as number;
        let cell = cells.get(key);
        if (!cell) {
          cell = { totals: [0, 0, 0], sumLng: 0, sumLat: 0, all: 0, hits: [] };
          cells.set(key, cell);
        }
        cell.sumLng += part.sumLng[c] as number;
        cell.sumLat += part.sumLat[c] as number;
        cell.all += (part.offsets[c + 1] as number) - (part.offsets[c] as number);
        if (totals[0] === 0) continue;
        cell.totals = [cell.totals[0] + totals[0], cell.totals[1] + totals[1], cell.totals[2] + totals[2]];
        cell.hits.push([part, c]);
      }
    }
    return cells;
  };

  return {
    query({ fromDay, toDay, zoom, bbox }) {
      if (n === 0 || fromDay > toDay) return [];
      const z = Math.max(0, Math.floor(zoom));
      const parts = levels[Math.min(z, maxZoom)] as GridPart[];
      const items: ClusterItem[] = [];
      for (const [key, cell] of collect(parts, fromDay, toDay, bbox)) {
        const [count, killed, injured] = cell.totals;
        if (count === 0) continue;
        if (count === 1 || z > maxZoom) {
          for (const [part, c] of cell.hits)
            for (const i of partMembers(part, points, c, fromDay, toDay)) items.push(single(i));
          continue;
        }
        items.push({
          kind: 'cluster',
          cellId: key,
          zoom: Math.min(z, maxZoom),
          lng: cell.sumLng / cell.all,
          lat: cell.sumLat / cell.all,
          incidents: count,
          killed,
          injured,
        });
      }
      return items;
    },
    expansionZoom(item, fromDay, toDay) {
      if (item.kind !== 'cluster') return maxZoom + 1;
      const size = (levels[item.zoom]?.[0] as GridPart).size;
      let row = Math.floor(item.cellId / size);
      let column = item.cellId % size;
      for (let zoom = item.zoom + 1; zoom <= maxZoom; zoom += 1) {
        const parts = levels[zoom] as GridPart[];
        const occupied: [number, number][] = [];
        for (const [dy, dx] of [
          [0, 0],
          [0, 1],
          [1, 0],
          [1, 1],
        ] as const) {
          const key = (row * 2 + dy) * (parts[0] as GridPart).size + column * 2 + dx;
          const count = parts.reduce((sum, part) => {
            const c = findCell(part, key);
            return c < 0 ? sum : sum + partTotals(part, c, fromDay, toDay)[0];
          }, 0);
          if (count > 0) occupied.push([row * 2 + dy, column * 2 + dx]);
        }
        if (occupied.length !== 1) return zoom;
        [row, column] = occupied[0] as [number, number];
      }
      return maxZoom + 1;
    },
  };
}
