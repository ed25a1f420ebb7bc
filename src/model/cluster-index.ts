import { parseIsoDay } from '../data/days.ts';
import type { Incident } from '../data/schema.ts';

/** Points as typed arrays, index i = incident i. */
export interface ClusterPoints {
  lng: Float64Array;
  lat: Float64Array;
  startDay: Int32Array;
  endDay: Int32Array;
  killed: Int32Array;
  injured: Int32Array;
}

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
  query(q: {
    fromDay: number;
    toDay: number;
    zoom: number;
    bbox: [number, number, number, number];
  }): ClusterItem[];
  expansionZoom(item: ClusterItem, fromDay: number, toDay: number): number;
}

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

interface Level {
  zoom: number;
  size: number;
  /** Cell keys (row · size + column), ascending. */
  keys: Float64Array;
  /** Cell c owns entries [offsets[c], offsets[c + 1]) of the arrays below. */
  offsets: Int32Array;
  /** Per cell, incident indices sorted by start day, with their start days and running sums. */
  byStart: Int32Array;
  startDays: Int32Array;
  startKilled: Float64Array;
  startInjured: Float64Array;
  /** The same sorted by end day (identical to the start arrays where a cell has no multi-day incident). */
  endDays: Int32Array;
  endKilled: Float64Array;
  endInjured: Float64Array;
  hasMultiDay: Uint8Array;
  centroidLng: Float64Array;
  centroidLat: Float64Array;
}

const DEFAULT_MAX_ZOOM = 12;

/** Web-Mercator x and y in [0, 1) for a point. */
function mercator(lng: number, lat: number): [number, number] {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return [Math.min(0.999999, Math.max(0, (lng + 180) / 360)), Math.min(0.999999, Math.max(0, y))];
}

/** Index of the first element > value in sorted[from, to). */
function upperBound(sorted: Int32Array | Float64Array, value: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function buildLevel(
  points: ClusterPoints,
  zoom: number,
  cellPx: number,
  mx: Float64Array,
  my: Float64Array,
): Level {
  const n = points.lng.length;
  const size = Math.round((512 * 2 ** zoom) / cellPx);
  const cellOf = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    cellOf[i] = Math.floor((my[i] as number) * size) * size + Math.floor((mx[i] as number) * size);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      (cellOf[a] as number) - (cellOf[b] as number) ||
      (points.startDay[a] as number) - (points.startDay[b] as number),
  );
  const keys: number[] = [];
  const offsets: number[] = [];
  order.forEach((index, position) => {
    if (position === 0 || cellOf[index] !== cellOf[order[position - 1] as number]) {
      keys.push(cellOf[index] as number);
      offsets.push(position);
    }
  });
  offsets.push(n);
  const level: Level = {
    zoom,
    size,
    keys: Float64Array.from(keys),
    offsets: Int32Array.from(offsets),
    byStart: Int32Array.from(order),
    startDays: new Int32Array(n),
    startKilled: new Float64Array(n),
    startInjured: new Float64Array(n),
    endDays: new Int32Array(n),
    endKilled: new Float64Array(n),
    endInjured: new Float64Array(n),
    hasMultiDay: new Uint8Array(keys.length),
    centroidLng: new Float64Array(keys.length),
    centroidLat: new Float64Array(keys.length),
  };
  for (let c = 0; c < keys.length; c += 1) {
    const from = offsets[c] as number;
    const to = offsets[c + 1] as number;
    const ends = order
      .slice(from, to)
      .sort((a, b) => (points.endDay[a] as number) - (points.endDay[b] as number));
    let killed = 0;
    let injured = 0;
    let endKilled = 0;
    let endInjured = 0;
    let lng = 0;
    let lat = 0;
    for (let p = from; p < to; p += 1) {
      const i = order[p] as number;
      const e = ends[p - from] as number;
      if (points.endDay[i] !== points.startDay[i]) level.hasMultiDay[c] = 1;
      killed += points.killed[i] as number;
      injured += points.injured[i] as number;
      endKilled += points.killed[e] as number;
      endInjured += points.injured[e] as number;
      level.startDays[p] = points.startDay[i] as number;
      level.startKilled[p] = killed;
      level.startInjured[p] = injured;
      level.endDays[p] = points.endDay[e] as number;
      level.endKilled[p] = endKilled;
      level.endInjured[p] = endInjured;
      lng += points.lng[i] as number;
      lat += points.lat[i] as number;
    }
    level.centroidLng[c] = lng / (to - from);
    level.centroidLat[c] = lat / (to - from);
  }
  return level;
}

/** In-range totals of cell c: S_start(≤ to) − S_end(≤ from − 1), each a binary search in the cell. O(log m). */
function cellTotals(level: Level, c: number, fromDay: number, toDay: number): [number, number, number] {
  const from = level.offsets[c] as number;
  const to = level.offsets[c + 1] as number;
  const s = upperBound(level.startDays, toDay, from, to);
  const e = upperBound(level.endDays, fromDay - 1, from, to);
  const sum = (values: Float64Array, at: number) => (at > from ? (values[at - 1] as number) : 0);
  return [
    s - from - (e - from),
    sum(level.startKilled, s) - sum(level.endKilled, e),
    sum(level.startInjured, s) - sum(level.endInjured, e),
  ];
}

/** Indices of the in-range incidents of cell c (those with a start day ≤ to and an end day ≥ from). O(log m + k). */
function cellMembers(
  level: Level,
  points: ClusterPoints,
  c: number,
  fromDay: number,
  toDay: number,
): number[] {
  const from = level.offsets[c] as number;
  const to = level.offsets[c + 1] as number;
  const last = upperBound(level.startDays, toDay, from, to);
  const first = level.hasMultiDay[c] ? from : upperBound(level.startDays, fromDay - 1, from, to);
  const members: number[] = [];
  for (let p = first; p < last; p += 1) {
    const i = level.byStart[p] as number;
    if ((points.endDay[i] as number) >= fromDay) members.push(i);
  }
  return members;
}

/** Index of the first key ≥ value. */
function lowerBoundKey(keys: Float64Array, value: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((keys[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The cells of a level that intersect a bbox, row by row with binary search: O(rows · log c + cells in view). */
function cellsInView(level: Level, bbox: [number, number, number, number]): number[] {
  const [west, south, east, north] = bbox;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const size = level.size;
  const cells: number[] = [];
  const columnFrom = Math.floor(x0 * size);
  const columnTo = Math.floor(x1 * size);
  for (let row = Math.floor(y0 * size); row <= Math.floor(y1 * size); row += 1) {
    const first = lowerBoundKey(level.keys, row * size + columnFrom);
    const end = lowerBoundKey(level.keys, row * size + columnTo + 1);
    for (let c = first; c < end; c += 1) cells.push(c);
  }
  return cells;
}

/**
 * Precomputes a grid of ~`cellPx` screen-pixel cells for every zoom 0..maxClusterZoom (O(z · n log n) once), so
 * that a date-range change costs a few binary searches per cell in view instead of re-clustering every point.
 * Clusters sit at their cell's all-time centroid, so they stay put while the reader scrubs the timeline.
 */
export function buildClusterIndex(
  points: ClusterPoints,
  options: { maxClusterZoom?: number; cellPx?: number } = {},
): ClusterIndex {
  const maxZoom = options.maxClusterZoom ?? DEFAULT_MAX_ZOOM;
  const cellPx = options.cellPx ?? 64;
  const n = points.lng.length;
  const mx = new Float64Array(n);
  const my = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const [x, y] = mercator(points.lng[i] as number, points.lat[i] as number);
    mx[i] = x;
    my[i] = y;
  }
  const levels = Array.from({ length: maxZoom + 1 }, (_, zoom) => buildLevel(points, zoom, cellPx, mx, my));
  const single = (i: number): ClusterItem => ({
    kind: 'incident',
    index: i,
    lng: points.lng[i] as number,
    lat: points.lat[i] as number,
    killed: points.killed[i] as number,
    injured: points.injured[i] as number,
  });

  return {
    query({ fromDay, toDay, zoom, bbox }) {
      if (n === 0 || fromDay > toDay) return [];
      const z = Math.max(0, Math.floor(zoom));
      const level = levels[Math.min(z, maxZoom)] as Level;
      const items: ClusterItem[] = [];
      for (const c of cellsInView(level, bbox)) {
        const [count, killed, injured] = cellTotals(level, c, fromDay, toDay);
        if (count === 0) continue;
        if (count === 1 || z > maxZoom) {
          for (const i of cellMembers(level, points, c, fromDay, toDay)) items.push(single(i));
          continue;
        }
        items.push({
          kind: 'cluster',
          cellId: level.keys[c] as number,
          zoom: level.zoom,
          lng: level.centroidLng[c] as number,
          lat: level.centroidLat[c] as number,
          incidents: count,
          killed,
          injured,
        });
      }
      return items;
    },
    expansionZoom(item, fromDay, toDay) {
      if (item.kind !== 'cluster') return maxZoom + 1;
      let row = Math.floor(item.cellId / (levels[item.zoom] as Level).size);
      let column = item.cellId % (levels[item.zoom] as Level).size;
      for (let zoom = item.zoom + 1; zoom <= maxZoom; zoom += 1) {
        const level = levels[zoom] as Level;
        const occupied: [number, number][] = [];
        for (const [dy, dx] of [
          [0, 0],
          [0, 1],
          [1, 0],
          [1, 1],
        ] as const) {
          const key = (row * 2 + dy) * level.size + column * 2 + dx;
          const c = lowerBoundKey(level.keys, key);
          if (level.keys[c] === key && cellTotals(level, c, fromDay, toDay)[0] > 0)
            occupied.push([row * 2 + dy, column * 2 + dx]);
        }
        if (occupied.length !== 1) return zoom;
        [row, column] = occupied[0] as [number, number];
      }
      return maxZoom + 1;
    },
  };
}
