/**
 * npm run bench: one timeline update (totals, totals by department, the cluster features handed to the map
 * for zoom 5 over Peru) at 1k, 10k, 100k and 1M seeded synthetic incidents, with a 31-day window that moves
 * every iteration: this project's prebuilt indexes (query only) against a naive baseline (bench/naive.ts)
 * measured in the same run. Also the load-time build and the model's heap. Run with node --expose-gc (the
 * npm script does) for the heap figure. Then, at 100k and 1M, the load path (the page's whole-file parse against
 * the loading worker's stream, bench/load.ts), a filter change (bench/regions.ts) and what the page computes for a
 * timeline step and a category toggle (bench/interaction.ts), and the pack against streamed GeoJSON
 * (bench/pack-load.ts). BENCH_SIZES=1000,10000
 * limits the sizes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSyntheticIncidents } from '../scripts/synthetic.ts';
import { formatIsoDay, parseIsoDay } from '../src/data/days.ts';
import { createDepartmentIndex } from '../src/data/department-index.ts';
import { DEPARTMENTS, PERU_BBOX } from '../src/data/departments.ts';
import type { Incident } from '../src/data/schema.ts';
import { PERIOD } from '../src/data/vocabulary.ts';
import {
  buildClusterIndex,
  type ClusterIndex,
  toClusterPoints,
} from '../src/model/clusters/cluster-index.ts';
import { toMapFeatures } from '../src/model/clusters/map-features.ts';
import { departmentNumber } from '../src/model/regions/assign-departments.ts';
import { buildTimeIndex, type TimeIndex } from '../src/model/time/time-index.ts';
import { benchFilterChange } from './filter-change.ts';
import { benchInteraction } from './interaction.ts';
import { benchLoad } from './load.ts';
import { type Departments, naiveUpdate, withBoxes } from './naive.ts';
import { benchPackLoad } from './pack-load.ts';
import { benchRegions, type RegionBenchResult } from './regions.ts';
import { benchWorkerLoad } from './worker-load.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const ZOOM = 5;
const BBOX: [number, number, number, number] = [...PERU_BBOX];
const WINDOW_DAYS = 31;
const FIRST = parseIsoDay(PERIOD.first) as number;
const STARTS = (parseIsoDay(PERIOD.last) as number) - FIRST - WINDOW_DAYS + 2;
const gc = (globalThis as { gc?: () => void }).gc;
const boundaries: Departments = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../data/boundaries/peru-departments.geojson'), 'utf8'),
);
const departments = withBoxes(boundaries);
// The boundaries the app draws and assigns regions with.
const simplified: Departments = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../public/basemap/peru-departments.simplified.geojson'), 'utf8'),
);

const label = (size: number) =>
  size >= 1e6 ? `${size / 1e6}M` : size >= 1e3 ? `${size / 1e3}k` : String(size);
const ms = (value: number) =>
  value >= 10 ? value.toFixed(0) : value < 1 ? value.toFixed(2) : value.toFixed(1);

/** The i-th 31-day window [fromDay, toDay]: a different start each iteration, spread over the period. */
function windowAt(i: number): [number, number] {
  const fromDay = FIRST + ((i * 37) % STARTS);
  return [fromDay, fromDay + WINDOW_DAYS - 1];
}

/** Median and 95th percentile of `runs` timed calls of update(i), after `warmup` untimed ones. */
function time(runs: number, warmup: number, update: (i: number) => unknown): { median: number; p95: number } {
  for (let i = 0; i < warmup; i += 1) update(runs + i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    update(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

/** Heap plus typed-array memory after a full collection, in bytes. */
function usedBytes(): number {
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Ours: the whole update, from prebuilt indexes. */
function ourUpdate(incidents: readonly Incident[], timeIndex: TimeIndex, clusters: ClusterIndex, i: number) {
  const [fromDay, toDay] = windowAt(i);
  const totals = timeIndex.totals(fromDay, toDay);
  const byRegion = timeIndex.totalsByRegion(fromDay, toDay);
  const features = toMapFeatures(clusters.query({ fromDay, toDay, zoom: ZOOM, bbox: BBOX }), incidents);
  return { totals, byRegion, features };
}

/** Stops the run if ours and the naive baseline disagree on a window, so the speed-up compares equal work. */
function crossCheck(incidents: readonly Incident[], timeIndex: TimeIndex, clusters: ClusterIndex): void {
  for (const i of [0, 1, 2]) {
    const [fromDay, toDay] = windowAt(i);
    const ours = ourUpdate(incidents, timeIndex, clusters, i);
    const naive = naiveUpdate(incidents, departments, {
      fromIso: formatIsoDay(fromDay),
      toIso: formatIsoDay(toDay),
      zoom: ZOOM,
      bbox: BBOX,
    });
    const clustered = ours.features.features.reduce(
      (sum, feature) => sum + (feature.properties.kind === 'cluster' ? feature.properties.incidents : 1),
      0,
    );
    const naiveClustered = naive.clusters.reduce(
      (sum, feature) => sum + (Number(feature.properties.point_count) || 1),
      0,
    );
    const regionsAgree = DEPARTMENTS.every((department, r) => {
      const theirs = naive.byDepartment.get(department.iso) ?? { killed: 0, injured: 0, incidents: 0 };
      return JSON.stringify(ours.byRegion[r]) === JSON.stringify(theirs);
    });
    const totalsAgree = JSON.stringify(ours.totals) === JSON.stringify(naive.totals);
    if (
      !totalsAgree ||
      !regionsAgree ||
      clustered !== ours.totals.incidents ||
      naiveClustered !== clustered
    ) {
      throw new Error(`ours and naive disagree at ${incidents.length} incidents, window ${i}`);
    }
  }
}

const generateStart = performance.now();
const everything = generateSyntheticIncidents({
  count: Math.max(...SIZES),
  seed: 7,
  locate: createDepartmentIndex(boundaries).locate,
});
console.log(
  `${label(everything.length)} synthetic incidents (seed 7, points checked against departments) in ${ms(performance.now() - generateStart)} ms\n`,
);

/** Our update for other views of the largest dataset, for the app's sake: deeper zooms, smaller boxes. */
function otherViews(incidents: readonly Incident[], timeIndex: TimeIndex, clusters: ClusterIndex): string[] {
  const views: [string, number, [number, number, number, number]][] = [
    ['zoom 8 over Peru', 8, BBOX],
    ['zoom 12 over Juliaca (1280 × 800 px)', 12, [-70.24, -15.57, -70.02, -15.43]],
    ['zoom 14 over Juliaca (one incident per item)', 14, [-70.16, -15.515, -70.1, -15.48]],
  ];
  return views.map(([name, zoom, bbox]) => {
    let items = 0;
    const { median } = time(51, 10, (i) => {
      const [fromDay, toDay] = windowAt(i);
      timeIndex.totals(fromDay, toDay);
      timeIndex.totalsByRegion(fromDay, toDay);
      const found = clusters.query({ fromDay, toDay, zoom, bbox });
      items = found.length;
      return toMapFeatures(found, incidents);
    });
    return `  ${name}: ${ms(median)} ms (${items} items)`;
  });
}

let views: string[] = [];
const results: {
  size: number;
  ours: number;
  oursP95: number;
  naive: number;
  buildMs: number;
  heapMb: number;
}[] = [];
for (const size of SIZES) {
  const incidents = everything.slice(0, size);
  const before = usedBytes();
  const buildStart = performance.now();
  const timeIndex = buildTimeIndex(incidents, (i) => departmentNumber(i.department), DEPARTMENTS.length);
  const clusters = buildClusterIndex(toClusterPoints(incidents));
  const buildMs = performance.now() - buildStart;
  const heapMb = (usedBytes() - before) / 2 ** 20;
  crossCheck(incidents, timeIndex, clusters);

  const ours = time(size >= 1e6 ? 101 : 201, 20, (i) => ourUpdate(incidents, timeIndex, clusters, i));
  const naiveRuns = size >= 1e6 ? 3 : size >= 1e5 ? 5 : size >= 1e4 ? 11 : 21;
  const naive = time(naiveRuns, 1, (i) => {
    const [fromDay, toDay] = windowAt(i);
    return naiveUpdate(incidents, departments, {
      fromIso: formatIsoDay(fromDay),
      toIso: formatIsoDay(toDay),
      zoom: ZOOM,
      bbox: BBOX,
    });
  });
  console.log(
    `${label(size)}: ${ms(ours.median)} ms vs ${ms(naive.median)} ms (${Math.round(naive.median / ours.median)}x)`,
  );
  results.push({ size, ours: ours.median, oursP95: ours.p95, naive: naive.median, buildMs, heapMb });
  if (size === Math.max(...SIZES)) views = otherViews(incidents, timeIndex, clusters);
}

const regionSizes = SIZES.filter((size) => size >= 1e5);
const regionResults: RegionBenchResult[] = [];
console.log('\nRegions: assignment at load, and one region × category update (31-day window, 3 categories)');
for (const size of regionSizes.length > 0 ? regionSizes : [Math.max(...SIZES)]) {
  const result = benchRegions(everything.slice(0, size), simplified, windowAt, formatIsoDay, time);
  regionResults.push(result);
  const sampled = result.naiveSample < size ? ` (naive timed on ${label(result.naiveSample)}, scaled)` : '';
  console.log(
    `${label(size)}: assign ${ms(result.assignMs)} ms vs ${ms(result.naiveAssignMs)} ms (${Math.round(result.naiveAssignMs / result.assignMs)}x)${sampled}`,
  );
  console.log(
    `${label(size)}: update ${ms(result.updateMs)} ms (p95 ${ms(result.updateP95)}) vs ${ms(result.naiveUpdateMs)} ms (${Math.round(result.naiveUpdateMs / result.updateMs)}x); filter change rebuild ${ms(result.rebuildMs)} ms`,
  );
}

console.log("\nFilter change (switch off 'property') and one update under it: main's rebuild vs the mask");
for (const size of regionSizes.length > 0 ? regionSizes : [Math.max(...SIZES)]) {
  const incidents = everything.slice(0, size);
  const placed = { incidents, regions: Int32Array.from(incidents, (i) => departmentNumber(i.department)) };
  const change = benchFilterChange(placed);
  console.log(
    `${label(size)}: change ${ms(change.rebuildMs)} ms vs ${ms(change.maskMs)} ms (${Math.round(change.rebuildMs / change.maskMs)}x); ` +
      `update ${ms(change.rebuildUpdateMs)} ms vs ${ms(change.maskUpdateMs)} ms; columns ${ms(change.columnsMb)} MB`,
  );
}

console.log(
  "\nInteraction: what the page computes for a timeline step (every filter on) and a category toggle ('property'), before vs after",
);
for (const size of regionSizes.length > 0 ? regionSizes : [Math.max(...SIZES)]) {
  const incidents = everything.slice(0, size);
  const placed = { incidents, regions: Int32Array.from(incidents, (i) => departmentNumber(i.department)) };
  const step = benchInteraction(placed);
  console.log(
    `${label(size)}: step ${ms(step.stepBefore)} ms vs ${ms(step.stepAfter)} ms (${(step.stepBefore / step.stepAfter).toFixed(1)}x); ` +
      `toggle ${ms(step.toggleBefore)} ms vs ${ms(step.toggleAfter)} ms (${(step.toggleBefore / step.toggleAfter).toFixed(1)}x)`,
  );
}

console.log("\nLoad: one string + JSON.parse + validateCollection (the page today) vs the worker's stream");
for (const size of regionSizes.length > 0 ? regionSizes : [Math.max(...SIZES)]) {
  const load = await benchLoad(everything.slice(0, size), simplified);
  const whole = load.wholeMs === null ? "fails (longer than V8's longest string)" : `${ms(load.wholeMs)} ms`;
  const ratio = load.wholeMs === null ? '' : ` (${(load.wholeMs / load.streamMs).toFixed(2)}x)`;
  console.log(
    `${label(size)} (${ms(load.megabytes)} MB): whole file ${whole} vs stream ${ms(load.streamMs)} ms${ratio}, regions assigned in both`,
  );
}

console.log(
  "\nWorker load: the loading worker's pipeline before vs after (equal output checked first; best of 2)",
);
{
  const size = Math.min(1e5, Math.max(...SIZES));
  const { before, after } = await benchWorkerLoad(everything.slice(0, size), simplified);
  const total = (run: typeof before) => run.streamMs + run.indexMs;
  console.log(
    `${label(size)}: stream + validate + share ${ms(before.streamMs)} vs ${ms(after.streamMs)} ms; place + index ${ms(before.indexMs)} vs ${ms(after.indexMs)} ms; ` +
      `total ${ms(total(before))} vs ${ms(total(after))} ms (${(total(before) / total(after)).toFixed(2)}x)`,
  );
}

console.log(
  '\nPack vs GeoJSON: the worker (GeoJSON: stream, validate, share, place, index; pack: indexPack) and the page\n' +
    '(GeoJSON: structured clone of the batches + string sharing; pack: incidents from the columns); equal output checked',
);
for (const size of SIZES.filter((n) => n >= 1e5)) {
  const result = await benchPackLoad(everything.slice(0, size), simplified, size >= 1e6 ? 1 : 2);
  const total = (run: typeof result.pack) => run.workerMs + run.pageMs;
  console.log(
    `${label(size)} (${ms(result.geojsonMb)} MB GeoJSON, ${ms(result.packMb)} MB pack): worker ${ms(result.geojson.workerMs)} vs ${ms(result.pack.workerMs)} ms, ` +
      `page ${ms(result.geojson.pageMs)} vs ${ms(result.pack.pageMs)} ms; total ${ms(total(result.geojson))} vs ${ms(total(result.pack))} ms ` +
      `(pack ${(total(result.geojson) / total(result.pack)).toFixed(1)}x faster)`,
  );
}

console.log(
  '\nOne update = totals + totals by department + cluster features for zoom 5 over Peru, 31-day window',
);
console.log('moving every iteration; medians of 201 runs (101 at 1M) for ours, 21/11/5/3 for naive.');
console.log('Naive = Array.filter by date + Turf point-in-polygon per in-range incident (department bboxes');
console.log('precomputed) + supercluster load() and getClusters(). Both gave equal totals before timing.');
console.log(`\nOurs at other views of the ${label(Math.max(...SIZES))} incidents, same update:`);
for (const line of views) console.log(line);
const at = (size: number) => results.find((result) => result.size === size);
const check = (isMet: boolean) => (isMet ? 'ok' : 'MISSED');
const hundred = at(1e5);
const million = at(1e6);
console.log('\nSummary [targets]');
if (hundred) {
  const ratio = Math.round(hundred.naive / hundred.ours);
  console.log(
    `  100k: update ${ms(hundred.ours)} ms median, ${ms(hundred.oursP95)} ms p95 [< 5 ms] ${check(hundred.ours < 5)}`,
  );
  console.log(`  100k: speed-up ${ratio}x [≥ 100x] ${check(ratio >= 100)}`);
  console.log(
    `  100k: build ${ms(hundred.buildMs)} ms (TimeIndex + ClusterIndex), model heap ${ms(hundred.heapMb)} MB`,
  );
}
if (million) {
  const heapNote = gc ? '' : ' (no --expose-gc: approximate)';
  console.log(
    `  1M: update ${ms(million.ours)} ms median, ${ms(million.oursP95)} ms p95 [< 30 ms] ${check(million.ours < 30)}`,
  );
  console.log(
    `  1M: build ${ms(million.buildMs)} ms (TimeIndex + ClusterIndex) [< 3000 ms] ${check(million.buildMs < 3000)}`,
  );
  console.log(
    `  1M: model heap ${ms(million.heapMb)} MB [< 300 MB] ${check(million.heapMb < 300)}${heapNote}`,
  );
}
