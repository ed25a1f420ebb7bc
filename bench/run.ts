/**
 * npm run bench: one timeline update (totals, totals by department, the cluster features handed to the map)
 * at 1k–1M synthetic incidents, this project's indexes against a naive baseline measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Supercluster from 'supercluster';
import { generateSynthetic } from '../scripts/synthetic.ts';
import { parseIsoDay } from '../src/data/days.ts';
import { DEPARTMENTS } from '../src/data/departments.ts';
import type { Incident } from '../src/data/schema.ts';
import { PERIOD } from '../src/data/vocabulary.ts';
import { buildClusterIndex, toClusterPoints } from '../src/model/cluster-index.ts';
import { toMapFeatures } from '../src/model/map-features.ts';
import { buildTimeIndex } from '../src/model/time-index.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const ZOOM = 5;
const PERU_BBOX: [number, number, number, number] = [-82, -19, -68, 0.5];
const WINDOW_DAYS = 31;
const first = parseIsoDay(PERIOD.first) as number;
const boundaries = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../data/boundaries/peru-departments.geojson'), 'utf8'),
);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function label(size: number): string {
  return size >= 1e6 ? `${size / 1e6}M` : size >= 1e3 ? `${size / 1e3}k` : String(size);
}

/** The i-th 31-day window, moving a week at a time through the period. */
function windowAt(i: number): [number, number] {
  const fromDay = first + ((i * 7) % 84);
  return [fromDay, fromDay + WINDOW_DAYS - 1];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(runs: number, update: (i: number) => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    update(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Lean incidents: only the fields an update reads, dates interned. Full objects (summaries, sources) would
 * make 1M incidents a 1.5 GB heap whose garbage collections dominate every timing, ours and the baseline's.
 */
function toIncidents(size: number): Incident[] {
  const days = new Map<string, string>();
  const intern = (day: string) => days.get(day) ?? (days.set(day, day), day);
  return generateSynthetic(size, 7).map(({ lng, lat, properties }) => {
    const lean: Partial<Incident> = {
      date: intern(properties.date),
      killed: properties.killed,
      injured: properties.injured,
      department: properties.department,
      violations: properties.violations,
      lng,
      lat,
    };
    if (properties.end_date) lean.end_date = intern(properties.end_date);
    return lean as Incident;
  });
}

/** What other timemaps do on every change: filter everything, point-in-polygon per incident, re-cluster. */
function naiveUpdate(incidents: Incident[], fromDay: number, toDay: number) {
  const inRange = incidents.filter((incident) => {
    const start = parseIsoDay(incident.date) as number;
    const end = incident.end_date ? (parseIsoDay(incident.end_date) as number) : start;
    return start <= toDay && end >= fromDay;
  });
  const byRegion = new Map<string, { killed: number; injured: number; incidents: number }>();
  let killed = 0;
  let injured = 0;
  for (const incident of inRange) {
    killed += incident.killed;
    injured += incident.injured;
    const region = boundaries.features.find((feature: GeoJSON.Feature<GeoJSON.Polygon>) =>
      booleanPointInPolygon([incident.lng, incident.lat], feature),
    )?.properties.iso_3166_2;
    const totals = byRegion.get(region) ?? { killed: 0, injured: 0, incidents: 0 };
    totals.killed += incident.killed;
    totals.injured += incident.injured;
    totals.incidents += 1;
    byRegion.set(region, totals);
  }
  const index = new Supercluster({ radius: 60, maxZoom: 12 });
  index.load(
    inRange.map((incident) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [incident.lng, incident.lat] },
      properties: {},
    })),
  );
  return { killed, injured, byRegion, clusters: index.getClusters(PERU_BBOX, ZOOM) };
}

const lines: string[] = [];
const summary: string[] = [];
for (const size of SIZES) {
  const incidents = toIncidents(size);
  const regionNumber = new Map(DEPARTMENTS.map((department, index) => [department.iso, index]));
  gc();
  const heapBefore = process.memoryUsage();
  const buildStart = performance.now();
  const timeIndex = buildTimeIndex(
    incidents,
    (incident) => regionNumber.get(incident.department) ?? 0,
    DEPARTMENTS.length,
  );
  const clusters = buildClusterIndex(toClusterPoints(incidents));
  const buildMs = performance.now() - buildStart;
  gc();
  const heapAfter = process.memoryUsage();
  const modelMb =
    (heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers) / 2 ** 20;

  const ours = time(size >= 1e6 ? 50 : 200, (i) => {
    const [fromDay, toDay] = windowAt(i);
    timeIndex.totals(fromDay, toDay);
    timeIndex.totalsByRegion(fromDay, toDay);
    return toMapFeatures(clusters.query({ fromDay, toDay, zoom: ZOOM, bbox: PERU_BBOX }), incidents);
  });
  const naiveRuns = size >= 1e6 ? 1 : size >= 1e5 ? 3 : size >= 1e4 ? 10 : 30;
  const naive = time(naiveRuns, (i) => {
    const [fromDay, toDay] = windowAt(i);
    return naiveUpdate(incidents, fromDay, toDay);
  });
  const line = `${label(size)}: ${ours.toFixed(2)} ms vs ${naive.toFixed(0)} ms (${Math.round(naive / ours)}x)`;
  console.log(line);
  lines.push(line);
  summary.push(`${label(size)}: build ${buildMs.toFixed(0)} ms, model heap ${modelMb.toFixed(0)} MB`);
}
console.log(
  '\nOne update = totals + totals by department + cluster features for zoom 5 over Peru, 31-day window.',
);
console.log('Naive = Array.filter + Turf point-in-polygon per incident + supercluster load/getClusters.');
for (const line of summary) console.log(line);
