import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/data/schema.ts';
import {
  buildClusterIndex,
  type ClusterItem,
  type ClusterPoints,
  toClusterPoints,
} from '../../../src/model/clusters/cluster-index.ts';
import { makeIncident, TOWNS } from '../../factories.ts';
import { all, build, cellOf, day, FIRST, LAST, PERU, sums, WORLD } from './cluster-fixtures.ts';

describe('buildClusterIndex(points).query({ fromDay, toDay, zoom, bbox })', () => {
  const juliacaA = makeIncident({ date: '2023-01-09', killed: 17, injured: 80, lng: -70.13, lat: -15.5 });
  const juliacaB = makeIncident({ date: '2023-01-09', killed: 1, injured: 0, lng: -70.14, lat: -15.49 });
  const juliacaC = makeIncident({ date: '2023-02-01', killed: 0, injured: 4, lng: -70.12, lat: -15.51 });
  const huamanga = makeIncident({ date: '2022-12-15', killed: 10, injured: 45, ...TOWNS.huamanga });
  const incidents = [juliacaA, juliacaB, juliacaC, huamanga];

  it('groups nearby incidents into one cluster at a country-wide zoom, summing killed and injured', () => {
    const items = build(incidents).query({ ...all, zoom: 5, bbox: PERU });
    const juliaca = items.find((item) => item.kind === 'cluster');
    expect(juliaca).toMatchObject({ kind: 'cluster', zoom: 5, incidents: 3, killed: 18, injured: 84 });
    expect(items).toHaveLength(2);
  });

  it('gives a cell with one in-range incident as that incident, at its exact point', () => {
    const items = build(incidents).query({ ...all, zoom: 5, bbox: PERU });
    expect(items).toContainEqual({
      kind: 'incident',
      index: 3,
      lng: huamanga.lng,
      lat: huamanga.lat,
      killed: 10,
      injured: 45,
    });
  });

  it('gives the one in-range incident of a cell that holds more in other ranges', () => {
    const items = build(incidents).query({ fromDay: day('2023-02-01'), toDay: LAST, zoom: 5, bbox: PERU });
    expect(items).toEqual([{ kind: 'incident', index: 2, lng: -70.12, lat: -15.51, killed: 0, injured: 4 }]);
  });

  it('counts only the incidents in range, edges included', () => {
    const items = build(incidents).query({
      fromDay: day('2023-01-09'),
      toDay: day('2023-02-01'),
      zoom: 5,
      bbox: PERU,
    });
    expect(sums(items)).toEqual({ incidents: 3, killed: 18, injured: 84 });
  });

  it('places a cluster at its all-time centroid, so it does not move when the range changes', () => {
    const index = build(incidents);
    const whole = index.query({ ...all, zoom: 5, bbox: PERU }).find((item) => item.kind === 'cluster');
    const january = index
      .query({ fromDay: day('2023-01-09'), toDay: day('2023-01-09'), zoom: 5, bbox: PERU })
      .find((item) => item.kind === 'cluster');
    expect(january).toMatchObject({ incidents: 2, cellId: whole?.kind === 'cluster' ? whole.cellId : -1 });
    expect(january?.lng).toBeCloseTo((-70.13 - 70.14 - 70.12) / 3, 12);
    expect(january?.lat).toBeCloseTo((-15.5 - 15.49 - 15.51) / 3, 12);
    expect([whole?.lng, whole?.lat]).toEqual([january?.lng, january?.lat]);
  });

  it('counts a multi-day incident that started before the range, and not one that ended the day before', () => {
    const strike = makeIncident({ date: '2023-01-04', end_date: '2023-01-10', injured: 7 });
    const earlier = makeIncident({ date: '2023-01-02', end_date: '2023-01-08', injured: 100 });
    const index = build([strike, earlier, juliacaA]);
    const items = index.query({ fromDay: day('2023-01-09'), toDay: day('2023-01-20'), zoom: 5, bbox: PERU });
    expect(sums(items)).toEqual({ incidents: 2, killed: 17, injured: 87 });
    const later = index.query({ fromDay: day('2023-01-10'), toDay: day('2023-01-20'), zoom: 5, bbox: PERU });
    expect(later).toEqual([
      { kind: 'incident', index: 0, lng: strike.lng, lat: strike.lat, killed: 0, injured: 7 },
    ]);
  });

  it('gives nothing for a reversed range, a range outside all incidents or an empty dataset', () => {
    const index = build(incidents);
    expect(index.query({ fromDay: LAST, toDay: FIRST, zoom: 5, bbox: WORLD })).toEqual([]);
    expect(index.query({ fromDay: FIRST - 30, toDay: FIRST - 1, zoom: 5, bbox: WORLD })).toEqual([]);
    expect(index.query({ fromDay: day('2023-02-02'), toDay: LAST, zoom: 5, bbox: WORLD })).toEqual([]);
    expect(build([]).query({ ...all, zoom: 5, bbox: WORLD })).toEqual([]);
  });

  it('answers a single day', () => {
    const items = build(incidents).query({
      fromDay: day('2022-12-15'),
      toDay: day('2022-12-15'),
      zoom: 0,
      bbox: WORLD,
    });
    expect(items).toEqual([
      { kind: 'incident', index: 3, lng: huamanga.lng, lat: huamanga.lat, killed: 10, injured: 45 },
    ]);
  });

  it('floors a fractional zoom and reads a negative or NaN zoom as 0', () => {
    const index = build(incidents);
    const at = (zoom: number) => index.query({ ...all, zoom, bbox: WORLD });
    expect(at(5.9)).toEqual(at(5));
    expect(at(-3)).toEqual(at(0));
    expect(at(Number.NaN)).toEqual(at(0));
    expect(at(0)).toMatchObject([{ kind: 'cluster', zoom: 0, incidents: 4 }]);
  });

  it('gives every incident alone above maxClusterZoom, even two at the same point', () => {
    const twin = makeIncident({ date: '2023-01-09', lng: -70.13, lat: -15.5 });
    const index = build([juliacaA, twin, huamanga], 6);
    expect(index.maxClusterZoom).toBe(6);
    expect(index.query({ ...all, zoom: 6, bbox: WORLD }).filter((i) => i.kind === 'cluster')).toHaveLength(1);
    const items = index.query({ ...all, zoom: 7, bbox: WORLD });
    expect(items.map((item) => (item.kind === 'incident' ? item.index : -1)).sort()).toEqual([0, 1, 2]);
  });

  it('returns only the items whose cells intersect the bbox', () => {
    const lima = makeIncident({ date: '2023-01-20', ...TOWNS.lima });
    const index = build([...incidents, lima]);
    const aroundLima: [number, number, number, number] = [-77.2, -12.2, -76.9, -11.9];
    expect(index.query({ ...all, zoom: 8, bbox: aroundLima })).toEqual([
      { kind: 'incident', index: 4, lng: TOWNS.lima.lng, lat: TOWNS.lima.lat, killed: 0, injured: 0 },
    ]);
    expect(index.query({ ...all, zoom: 8, bbox: [0, 0, 10, 10] })).toEqual([]);
  });

  it('finds cells on both sides of the antimeridian for a bbox with west > east', () => {
    const fiji = makeIncident({ date: '2023-01-20', lng: 179.5, lat: -17 });
    const samoa = makeIncident({ date: '2023-01-20', lng: -172, lat: -13.8 });
    const index = build([fiji, samoa, juliacaA]);
    const items = index.query({ ...all, zoom: 3, bbox: [170, -30, -165, 0] });
    expect(items.map((item) => (item.kind === 'incident' ? item.index : -1)).sort()).toEqual([0, 1]);
  });

  it('gives the same cell id for a cell whatever the range, and different ids to different cells', () => {
    const index = build(incidents);
    const ids = (fromDay: number, toDay: number) =>
      index
        .query({ fromDay, toDay, zoom: 3, bbox: WORLD })
        .flatMap((i) => (i.kind === 'cluster' ? [i.cellId] : []));
    expect(ids(FIRST, LAST)).toEqual(ids(day('2023-01-09'), day('2023-01-09')));
    const twoCells = build([juliacaA, juliacaB, huamanga, { ...huamanga, id: 'h2' }]);
    const clusters = twoCells
      .query({ ...all, zoom: 5, bbox: PERU })
      .flatMap((i) => (i.kind === 'cluster' ? [i.cellId] : []));
    expect(new Set(clusters).size).toBe(2);
  });

  it('uses larger cells for a larger cellPx', () => {
    const spread = [juliacaA, { ...juliacaA, lng: -70.5 }, { ...juliacaA, lng: -70.9 }];
    const coarse = buildClusterIndex(toClusterPoints(spread), { cellPx: 512 });
    const fine = buildClusterIndex(toClusterPoints(spread), { cellPx: 16 });
    expect(coarse.query({ ...all, zoom: 6, bbox: WORLD })).toHaveLength(1);
    expect(fine.query({ ...all, zoom: 6, bbox: WORLD })).toHaveLength(3);
  });

  it('refuses arrays of different lengths and a grid finer than it can name', () => {
    const points = toClusterPoints(incidents);
    expect(() => buildClusterIndex({ ...points, killed: new Int32Array(1) })).toThrow(RangeError);
    expect(() => buildClusterIndex(points, { maxClusterZoom: 24 })).toThrow(RangeError);
    expect(() => buildClusterIndex(points, { maxClusterZoom: -1 })).toThrow(RangeError);
  });
});

describe('buildClusterIndex(points).expansionZoomOfCell(cellId, zoom, fromDay, toDay)', () => {
  const a = makeIncident({ date: '2023-01-09', lng: -70.13, lat: -15.5 });
  const b = makeIncident({ date: '2023-01-10', lng: -70.1, lat: -15.5 });
  const c = makeIncident({ date: '2023-01-11', lng: -70.13, lat: -15.5 });

  /** The first zoom at which two points fall in different cells, by the definition of the grid. */
  function naiveSplitZoom(p: Incident, q: Incident): number {
    for (let zoom = 0; zoom <= 12; zoom += 1) {
      if (cellOf(p.lng, p.lat, zoom).join() !== cellOf(q.lng, q.lat, zoom).join()) return zoom;
    }
    return 13;
  }

  /** The split zoom of a cluster the index returned, from its cell and zoom as a map click has them. */
  function splitZoom(
    index: ReturnType<typeof build>,
    item: ClusterItem | undefined,
    from: number,
    to: number,
  ) {
    if (item?.kind !== 'cluster') throw new Error('expected a cluster');
    return index.expansionZoomOfCell(item.cellId, item.zoom, from, to);
  }

  it('gives the first zoom at which a cluster splits into two cells', () => {
    const index = build([a, b]);
    const [cluster] = index.query({ ...all, zoom: 2, bbox: WORLD });
    expect(cluster?.kind).toBe('cluster');
    const expected = naiveSplitZoom(a, b);
    expect(expected).toBeGreaterThan(3);
    expect(splitZoom(index, cluster, FIRST, LAST)).toBe(expected);
    expect(index.query({ ...all, zoom: expected - 1, bbox: WORLD })).toHaveLength(1);
    expect(index.query({ ...all, zoom: expected, bbox: WORLD })).toHaveLength(2);
  });

  it('follows only the incidents in range', () => {
    const index = build([a, b, c]);
    const [cluster] = index.query({
      fromDay: day('2023-01-09'),
      toDay: day('2023-01-11'),
      zoom: 2,
      bbox: WORLD,
    });
    const sameSpot = splitZoom(index, cluster, day('2023-01-11'), day('2023-01-11'));
    const bothSpots = splitZoom(index, cluster, day('2023-01-09'), day('2023-01-10'));
    expect(sameSpot).toBe(13);
    expect(bothSpots).toBe(naiveSplitZoom(a, b));
  });

  it('gives maxClusterZoom + 1 for incidents at one point and for unknown cells at the deepest zoom', () => {
    const index = build([a, c], 9);
    const [cluster] = index.query({ ...all, zoom: 4, bbox: WORLD });
    expect(splitZoom(index, cluster, FIRST, LAST)).toBe(10);
    expect(splitZoom(index, { ...(cluster as ClusterItem), zoom: 9 } as ClusterItem, FIRST, LAST)).toBe(10);
  });

  it('gives the next zoom for a cell that is unknown or empty in the range', () => {
    const index = build([a, b]);
    const unknown: ClusterItem = {
      kind: 'cluster',
      cellId: 3,
      zoom: 4,
      lng: 0,
      lat: 0,
      incidents: 2,
      killed: 0,
      injured: 0,
    };
    expect(splitZoom(index, unknown, FIRST, LAST)).toBe(5);
    const [cluster] = index.query({ ...all, zoom: 2, bbox: WORLD });
    expect(splitZoom(index, cluster, day('2023-03-01'), LAST)).toBe(3);
  });
});

describe('toClusterPoints(incidents)', () => {
  it('copies points, days, killed and injured into typed arrays, a missing end_date meaning the start day', () => {
    const points: ClusterPoints = toClusterPoints([
      makeIncident({ date: '2023-01-09', lng: -70.1, lat: -15.5, killed: 3, injured: 4 }),
      makeIncident({ date: '2023-01-19', end_date: '2023-01-21', lng: -77, lat: -12 }),
    ]);
    expect(Array.from(points.lng)).toEqual([-70.1, -77]);
    expect(Array.from(points.lat)).toEqual([-15.5, -12]);
    expect(Array.from(points.startDay)).toEqual([day('2023-01-09'), day('2023-01-19')]);
    expect(Array.from(points.endDay)).toEqual([day('2023-01-09'), day('2023-01-21')]);
    expect([points.killed[0], points.injured[0]]).toEqual([3, 4]);
  });
});
