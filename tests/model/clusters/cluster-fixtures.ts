import { formatIsoDay, parseIsoDay } from '../../../src/data/days.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { buildClusterIndex, type ClusterItem, toClusterPoints } from '../../../src/model/clusters/cluster-index.ts';
import { cellCoordinate, mercatorX, mercatorY } from '../../../src/model/clusters/grid-cells.ts';
import { makeIncident, TOWNS } from '../../factories.ts';
import { randomInt } from '../../random.ts';

/** Shared by the cluster index tests: days, boxes, naive recounts and random incidents. */

export const day = (text: string) => parseIsoDay(text) as number;
export const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
export const PERU: [number, number, number, number] = [-82, -19, -68, 0];
export const FIRST = day('2022-12-07');
export const LAST = day('2023-03-31');
export const all = { fromDay: FIRST, toDay: LAST };

/** A cluster index over incidents, with the default options unless a deepest zoom is given. */
export const build = (incidents: Incident[], maxClusterZoom?: number) =>
  buildClusterIndex(toClusterPoints(incidents), maxClusterZoom === undefined ? {} : { maxClusterZoom });

/** Incidents, killed and injured summed over query items. */
export function sums(items: ClusterItem[]) {
  let incidents = 0;
  let killed = 0;
  let injured = 0;
  for (const item of items) {
    incidents += item.kind === 'cluster' ? item.incidents : 1;
    killed += item.killed;
    injured += item.injured;
  }
  return { incidents, killed, injured };
}

export function inRange(incident: Incident, fromDay: number, toDay: number): boolean {
  return (
    fromDay <= toDay && day(incident.date) <= toDay && day(incident.end_date ?? incident.date) >= fromDay
  );
}

export function naiveSums(incidents: Incident[]) {
  return {
    incidents: incidents.length,
    killed: incidents.reduce((sum, incident) => sum + incident.killed, 0),
    injured: incidents.reduce((sum, incident) => sum + incident.injured, 0),
  };
}

/** The grid cell [column, row] of a point at a zoom, for the default 64-px cells (8 · 2^zoom a side). */
export function cellOf(lng: number, lat: number, zoom: number): [number, number] {
  const size = 8 * 2 ** zoom;
  return [cellCoordinate(mercatorX(lng), size), cellCoordinate(mercatorY(lat), size)];
}

/** Random incidents around the test towns and, a few, anywhere on Earth; some span several days. */
export function randomIncidents(random: () => number, count: number): Incident[] {
  const towns = Object.values(TOWNS);
  return Array.from({ length: count }, () => {
    const town = towns[randomInt(random, 0, towns.length - 1)] as (typeof towns)[number];
    const start = FIRST + randomInt(random, 0, 114);
    const span = random() < 0.15 ? randomInt(random, 1, 20) : 0;
    const isFar = random() < 0.1;
    const spread = random() < 0.5 ? 0.002 : 0.3;
    return makeIncident({
      lng: isFar ? -180 + random() * 360 : town.lng + (random() - 0.5) * spread,
      lat: isFar ? -85 + random() * 170 : town.lat + (random() - 0.5) * spread,
      date: formatIsoDay(start),
      end_date: span ? formatIsoDay(start + span) : undefined,
      killed: random() < 0.3 ? randomInt(random, 1, 4) : 0,
      injured: randomInt(random, 0, 30),
    });
  });
}
