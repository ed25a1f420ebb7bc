import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/data/schema.ts';
import { randomInt, seededRandom } from '../../random.ts';
import {
  build,
  cellOf,
  FIRST,
  inRange,
  naiveSums,
  randomIncidents,
  sums,
  WORLD,
} from './cluster-fixtures.ts';

describe('buildClusterIndex against a naive recount', () => {
  it('sums to the naive totals at every zoom 0..14 over the whole world, each incident at most once', () => {
    const random = seededRandom(42);
    for (let dataset = 0; dataset < 12; dataset += 1) {
      const incidents = randomIncidents(random, randomInt(random, 0, 150));
      const index = build(incidents);
      for (let query = 0; query < 6; query += 1) {
        const fromDay = FIRST + randomInt(random, -5, 120);
        const toDay = fromDay + randomInt(random, -2, 40);
        const expected = naiveSums(incidents.filter((incident) => inRange(incident, fromDay, toDay)));
        for (let zoom = 0; zoom <= 14; zoom += 1) {
          const items = index.query({ fromDay, toDay, zoom, bbox: WORLD });
          expect(sums(items)).toEqual(expected);
          const singles = items.flatMap((item) => (item.kind === 'incident' ? [item] : []));
          expect(new Set(singles.map((item) => item.index)).size).toBe(singles.length);
          for (const single of singles) {
            const incident = incidents[single.index] as Incident;
            expect([single.lng, single.lat, single.killed, single.injured]).toEqual([
              incident.lng,
              incident.lat,
              incident.killed,
              incident.injured,
            ]);
            expect(inRange(incident, fromDay, toDay)).toBe(true);
          }
          for (const item of items) {
            if (item.kind === 'cluster') {
              expect(item.incidents).toBeGreaterThan(1);
              expect(index.expansionZoomOfCell(item.cellId, item.zoom, fromDay, toDay)).toBeGreaterThan(
                item.zoom,
              );
            }
          }
        }
      }
    }
  });

  it('makes one item per occupied cell, an incident exactly where the cell holds one, at zooms up to the deepest', () => {
    const random = seededRandom(5);
    for (let dataset = 0; dataset < 10; dataset += 1) {
      const incidents = randomIncidents(random, randomInt(random, 1, 120));
      const index = build(incidents);
      const fromDay = FIRST + randomInt(random, 0, 100);
      const toDay = fromDay + randomInt(random, 0, 30);
      const zoom = randomInt(random, 0, 12);
      const cells = new Map<string, number>();
      for (const incident of incidents.filter((i) => inRange(i, fromDay, toDay))) {
        const key = cellOf(incident.lng, incident.lat, zoom).join();
        cells.set(key, (cells.get(key) ?? 0) + 1);
      }
      const items = index.query({ fromDay, toDay, zoom, bbox: WORLD });
      expect(items).toHaveLength(cells.size);
      expect(items.filter((item) => item.kind === 'incident')).toHaveLength(
        [...cells.values()].filter((count) => count === 1).length,
      );
    }
  });

  it('returns exactly the in-range incidents whose cells intersect a random bbox', () => {
    const random = seededRandom(99);
    for (let trial = 0; trial < 120; trial += 1) {
      const incidents = randomIncidents(random, 80);
      const index = build(incidents, 10);
      const zoom = randomInt(random, 0, 12);
      const level = Math.min(zoom, 10);
      const west = -80 + random() * 15;
      const south = -20 + random() * 12;
      const bbox: [number, number, number, number] = [west, south, west + random() * 6, south + random() * 6];
      const fromDay = FIRST + randomInt(random, 0, 60);
      const toDay = fromDay + randomInt(random, 0, 60);
      const [x0, y1] = cellOf(bbox[0], bbox[1], level);
      const [x1, y0] = cellOf(bbox[2], bbox[3], level);
      const isInView = (lng: number, lat: number) => {
        const [x, y] = cellOf(lng, lat, level);
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
      };
      const expected = incidents.filter((i) => inRange(i, fromDay, toDay) && isInView(i.lng, i.lat));
      const items = index.query({ fromDay, toDay, zoom, bbox });
      expect(sums(items)).toEqual(naiveSums(expected));
      for (const item of items) expect(isInView(item.lng, item.lat)).toBe(true);
    }
  });
});
