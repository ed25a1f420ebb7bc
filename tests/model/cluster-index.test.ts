import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/data/days.ts';
import type { Incident } from '../../src/data/schema.ts';
import { buildClusterIndex, type ClusterItem, toClusterPoints } from '../../src/model/cluster-index.ts';
import { makeIncident, TOWNS } from '../factories.ts';
import { randomInt, seededRandom } from '../random.ts';

const day = (text: string) => parseIsoDay(text) as number;
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const PERIOD = { fromDay: day('2022-12-07'), toDay: day('2023-03-31') };

function sums(items: ClusterItem[]) {
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

function naive(incidents: Incident[], fromDay: number, toDay: number) {
  const inRange = incidents.filter(
    (incident) => day(incident.date) <= toDay && day(incident.end_date ?? incident.date) >= fromDay,
  );
  return {
    incidents: inRange.length,
    killed: inRange.reduce((sum, incident) => sum + incident.killed, 0),
    injured: inRange.reduce((sum, incident) => sum + incident.injured, 0),
  };
}

/** Random incidents around the test towns, a few spread over several days. */
function randomIncidents(seed: number, count: number): Incident[] {
  const random = seededRandom(seed);
  const towns = Object.values(TOWNS);
  return Array.from({ length: count }, () => {
    const town = towns[randomInt(random, 0, towns.length - 1)] as (typeof towns)[number];
    const start = PERIOD.fromDay + randomInt(random, 0, 114);
    const span = random() < 0.15 ? randomInt(random, 1, 6) : 0;
    return makeIncident({
      lng: town.lng + (random() - 0.5) * 0.2,
      lat: town.lat + (random() - 0.5) * 0.2,
      department: town.department,
      date: formatIsoDay(start),
      end_date: span ? formatIsoDay(start + span) : undefined,
      killed: random() < 0.3 ? randomInt(random, 1, 4) : 0,
      injured: randomInt(random, 0, 30),
    });
  });
}

describe('buildClusterIndex', () => {
  const juliacaA = makeIncident({ date: '2023-01-09', killed: 17, injured: 80, lng: -70.13, lat: -15.5 });
  const juliacaB = makeIncident({ date: '2023-01-09', killed: 1, injured: 0, lng: -70.14, lat: -15.49 });
  const huamanga = makeIncident({ date: '2022-12-15', killed: 10, injured: 45, ...TOWNS.huamanga });

  it('groups nearby incidents into one cluster at a country-wide zoom, summing killed and injured', () => {
    const index = buildClusterIndex(toClusterPoints([juliacaA, juliacaB, huamanga]));
    const items = index.query({ ...PERIOD, zoom: 4, bbox: WORLD });
    const cluster = items.find((item) => item.kind === 'cluster');
    expect(cluster).toMatchObject({ kind: 'cluster', incidents: 2, killed: 18, injured: 80, zoom: 4 });
    expect(items.find((item) => item.kind === 'incident')).toMatchObject({ index: 2, killed: 10 });
  });

  it('places a cluster at the centroid of its incidents', () => {
    const index = buildClusterIndex(toClusterPoints([juliacaA, juliacaB]));
    const [cluster] = index.query({ ...PERIOD, zoom: 3, bbox: WORLD });
    expect(cluster?.lng).toBeCloseTo(-70.135, 6);
    expect(cluster?.lat).toBeCloseTo(-15.495, 6);
  });

  it('returns a lone in-range incident of a cluster cell as that incident, at its own point', () => {
    const other = makeIncident({ date: '2023-02-09', lng: -70.13, lat: -15.5 });
    const index = buildClusterIndex(toClusterPoints([juliacaA, other]));
    const items = index.query({ fromDay: day('2023-02-01'), toDay: day('2023-02-28'), zoom: 4, bbox: WORLD });
    expect(items).toEqual([{ kind: 'incident', index: 1, lng: -70.13, lat: -15.5, killed: 0, injured: 0 }]);
  });

  it('follows the date range without being rebuilt', () => {
    const index = buildClusterIndex(toClusterPoints([juliacaA, juliacaB, huamanga]));
    expect(
      sums(index.query({ fromDay: day('2023-01-09'), toDay: day('2023-01-09'), zoom: 5, bbox: WORLD })),
    ).toEqual({
      incidents: 2,
      killed: 18,
      injured: 80,
    });
    expect(
      index.query({ fromDay: day('2023-02-01'), toDay: day('2023-03-31'), zoom: 5, bbox: WORLD }),
    ).toEqual([]);
  });

  it('returns only what lies in the bounding box', () => {
    const index = buildClusterIndex(toClusterPoints([juliacaA, juliacaB, huamanga]));
    const aroundHuamanga: [number, number, number, number] = [-75, -14, -73.5, -12.5];
    expect(index.query({ ...PERIOD, zoom: 6, bbox: aroundHuamanga })).toEqual([
      {
        kind: 'incident',
        index: 2,
        lng: TOWNS.huamanga.lng,
        lat: TOWNS.huamanga.lat,
        killed: 10,
        injured: 45,
      },
    ]);
  });

  it('returns every incident individually above the deepest cluster zoom', () => {
    const index = buildClusterIndex(toClusterPoints([juliacaA, juliacaA, juliacaA]), { maxClusterZoom: 8 });
    const items = index.query({ ...PERIOD, zoom: 9.5, bbox: WORLD });
    expect(items.map((item) => item.kind)).toEqual(['incident', 'incident', 'incident']);
  });

  it('gives the zoom at which a cluster splits, deeper than its own', () => {
    const index = buildClusterIndex(toClusterPoints([juliacaA, juliacaB, huamanga]));
    const [cluster] = index.query({ ...PERIOD, zoom: 4, bbox: [-71, -16, -69, -15] });
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster');
    const zoom = index.expansionZoom(cluster, PERIOD.fromDay, PERIOD.toDay);
    expect(zoom).toBeGreaterThan(4);
    const after = index.query({ ...PERIOD, zoom, bbox: [-71, -16, -69, -15] });
    expect(after.length).toBeGreaterThanOrEqual(2);
    const before = index.query({ ...PERIOD, zoom: zoom - 1, bbox: [-71, -16, -69, -15] });
    expect(before).toHaveLength(1);
  });

  it('handles no incidents and an empty range', () => {
    expect(buildClusterIndex(toClusterPoints([])).query({ ...PERIOD, zoom: 5, bbox: WORLD })).toEqual([]);
    const index = buildClusterIndex(toClusterPoints([juliacaA]));
    expect(
      index.query({ fromDay: day('2023-01-10'), toDay: day('2023-01-09'), zoom: 5, bbox: WORLD }),
    ).toEqual([]);
  });

  it('adds up to a naive recount at every zoom, for random data and ranges, each incident once', () => {
    const random = seededRandom(11);
    for (let dataset = 0; dataset < 6; dataset += 1) {
      const incidents = randomIncidents(100 + dataset, randomInt(random, 1, 300));
      const index = buildClusterIndex(toClusterPoints(incidents));
      for (let query = 0; query < 8; query += 1) {
        const fromDay = PERIOD.fromDay + randomInt(random, 0, 114);
        const toDay = fromDay + randomInt(random, 0, 40);
        const expected = naive(incidents, fromDay, toDay);
        for (let zoom = 0; zoom <= 14; zoom += 1) {
          const items = index.query({ fromDay, toDay, zoom, bbox: WORLD });
          expect(sums(items)).toEqual(expected);
          const singles = items.flatMap((item) => (item.kind === 'incident' ? [item.index] : []));
          expect(new Set(singles).size).toBe(singles.length);
          for (const item of items) {
            if (item.kind === 'incident') {
              expect([item.lng, item.lat]).toEqual([incidents[item.index]?.lng, incidents[item.index]?.lat]);
            }
          }
        }
      }
    }
  });
});
