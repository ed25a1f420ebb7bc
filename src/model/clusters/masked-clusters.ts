import { bisectLeft } from 'd3-array';
import { cellCount } from '../time/day-bins.ts';
import { visitCellsInView } from './cells-in-view.ts';
import type { ClusterIndex, ClusterItem, ClusterPoints } from './cluster-index.ts';
import type { ClusterLevel, LeafLists } from './cluster-levels.ts';

/**
 * A cluster index's grid answering for a subset of its incidents, `keep[p] === 1` for the point at position p
 * of the leaf order (`leaf.order`), without
 * building anything: the filter is a mask applied while aggregating. A cell's incidents are one contiguous
 * run of the leaf lists (cells are nested in Morton order), so a cell's in-range, kept totals are a scan of
 * that run. Same items, in the same cells, as buildClusterIndex over just the kept incidents, except that a
 * cluster sits at its cell's all-time centroid over every incident (it stays put while filters change).
 * Query O(c log C + m) for c cells in view holding m incidents; expansion O(Δz · m).
 */
export function maskClusters(
  levels: readonly ClusterLevel[],
  leaf: LeafLists,
  points: ClusterPoints,
  keep: Uint8Array,
  inLeafOrder: LeafColumns,
): ClusterIndex {
  const maxZoom = levels.length - 1;
  const leafKeys = (levels[maxZoom] as ClusterLevel).keys;
  const { killed, injured, lng, lat } = points;
  // The mask and the columns in leaf order, so that a cell's scan reads memory in sequence.
  const kept = keep;
  const { startDay, endDay } = inLeafOrder;

  /** Positions in leaf.order of cell c at `level`'s incidents: [first, end). O(log C). */
  const span = (level: ClusterLevel, c: number): [number, number] => {
    const scale = 4 ** (maxZoom - level.zoom);
    const key = level.keys[c] as number;
    const first = bisectLeft(leafKeys, key * scale);
    const end = bisectLeft(leafKeys, (key + 1) * scale, first);
    return [leaf.pointOffsets[first] as number, leaf.pointOffsets[end] as number];
  };
  /** Kept incidents of cell c overlapping [fromDay, toDay]: how many, their sums, the last one seen. */
  const sums = { count: 0, killed: 0, injured: 0, last: -1 };
  const scan = (
    level: ClusterLevel,
    c: number,
    fromDay: number,
    toDay: number,
    visit?: (i: number) => void,
  ) => {
    sums.count = 0;
    sums.killed = 0;
    sums.injured = 0;
    sums.last = -1;
    const [first, end] = span(level, c);
    for (let p = first; p < end; p += 1) {
      if (kept[p] !== 1 || (startDay[p] as number) > toDay || (endDay[p] as number) < fromDay) continue;
      const i = leaf.order[p] as number;
      sums.count += 1;
      sums.killed += inLeafOrder.killed[p] as number;
      sums.injured += inLeafOrder.injured[p] as number;
      sums.last = i;
      visit?.(i);
    }
  };
  const single = (index: number): ClusterItem => ({
    kind: 'incident',
    index,
    lng: lng[index] as number,
    lat: lat[index] as number,
    killed: killed[index] as number,
    injured: injured[index] as number,
  });
  const expansionZoomOfCell = (cellId: number, zoom: number, fromDay: number, toDay: number): number => {
    if (!(zoom >= 0 && zoom < maxZoom)) return maxZoom + 1;
    let key = cellId;
    for (let z = Math.floor(zoom); z < maxZoom; z += 1) {
      const below = levels[z + 1] as ClusterLevel;
      let occupied = 0;
      let next = -1;
      for (let c = bisectLeft(below.keys, key * 4); c < below.keys.length; c += 1) {
        if ((below.keys[c] as number) >= key * 4 + 4) break;
        scan(below, c, fromDay, toDay);
        if (sums.count > 0) [occupied, next] = [occupied + 1, c];
      }
      if (occupied !== 1) return z + 1;
      key = below.keys[next] as number;
    }
    return maxZoom + 1;
  };

  return {
    maxClusterZoom: maxZoom,
    query({ fromDay, toDay, zoom, bbox }) {
      if (leaf.order.length === 0 || !(fromDay <= toDay)) return [];
      const z = Number.isFinite(zoom) ? Math.max(0, Math.floor(zoom)) : 0;
      const level = levels[Math.min(z, maxZoom)] as ClusterLevel;
      const items: ClusterItem[] = [];
      visitCellsInView(level.keys, level.size, bbox, (c) => {
        if (z > maxZoom) {
          scan(level, c, fromDay, toDay, (i) => items.push(single(i)));
          return;
        }
        scan(level, c, fromDay, toDay);
        if (sums.count === 0) return;
        if (sums.count === 1) {
          items.push(single(sums.last));
          return;
        }
        const all = cellCount(level.bins, c);
        items.push({
          kind: 'cluster',
          cellId: level.keys[c] as number,
          zoom: level.zoom,
          lng: (level.sumLng[c] as number) / all,
          lat: (level.sumLat[c] as number) / all,
          incidents: sums.count,
          killed: sums.killed,
          injured: sums.injured,
        });
      });
      return items;
    },
    expansionZoomOfCell,
    masked: (next) => maskClusters(levels, leaf, points, next, inLeafOrder),
  };
}

/** The points' days and counts in leaf order (`leaf.order`), end days at least the start days. */
export interface LeafColumns {
  startDay: Int32Array;
  endDay: Int32Array;
  killed: Int32Array;
  injured: Int32Array;
}

/** Gathers LeafColumns once per cluster index, for every mask after. O(n), 16 bytes per point. */
export function leafColumns(leaf: LeafLists, points: ClusterPoints): LeafColumns {
  const n = leaf.order.length;
  const columns: LeafColumns = {
    startDay: new Int32Array(n),
    endDay: new Int32Array(n),
    killed: new Int32Array(n),
    injured: new Int32Array(n),
  };
  for (let p = 0; p < n; p += 1) {
    const i = leaf.order[p] as number;
    const start = points.startDay[i] as number;
    columns.startDay[p] = start;
    columns.endDay[p] = Math.max(start, points.endDay[i] as number);
    columns.killed[p] = points.killed[i] as number;
    columns.injured[p] = points.injured[i] as number;
  }
  return columns;
}
