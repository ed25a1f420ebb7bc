/**
 * The pack (src/data/pack/) against streamed GeoJSON, for the same incidents in the same run: the loading
 * worker's work (GeoJSON: stream, validate, share, place, index; pack: indexPack) and the page's (GeoJSON: the
 * structured clone of every batch of incidents and the sharing of their strings, as the page receives them;
 * pack: building the incidents from the transferred columns). Both must give equal incidents, problems and
 * regions before times are printed. Runs alternate (GeoJSON, pack, GeoJSON, pack) and the faster of each is
 * kept: the machine is shared.
 */
import { isDeepStrictEqual } from 'node:util';
import { writeFeatureCollection } from '../scripts/synthetic.ts';
import {
  createDepartmentIndex,
  type DepartmentCollection,
  type DepartmentIndex,
} from '../src/data/department-index.ts';
import { appendIncidents } from '../src/data/pack/incidents-from-columns.ts';
import { indexPack } from '../src/data/pack/index-pack.ts';
import { encodePack, packRowOf } from '../src/data/pack/write-pack.ts';
import type { Incident } from '../src/data/schema.ts';
import { indexLoaded } from '../src/data/stream/index-loaded.ts';
import { createStringSharer } from '../src/data/stream/share-repeats.ts';
import { CURRENT_STREAM, streamKept } from './stream-kept.ts';

export interface PackLoadResult {
  size: number;
  geojsonMb: number;
  packMb: number;
  geojson: { workerMs: number; pageMs: number };
  pack: { workerMs: number; pageMs: number };
}

async function loadGeoJson(chunks: readonly Uint8Array[], index: DepartmentIndex) {
  const start = performance.now();
  const batches: Incident[][] = [];
  const streamed = await streamKept(chunks, CURRENT_STREAM, (batch) => batches.push(batch));
  const { moves, problems, regions } = indexLoaded(streamed.kept, index, streamed.problems);
  const workerMs = performance.now() - start;
  const pageStart = performance.now();
  const incidents: Incident[] = [];
  const shareStrings = createStringSharer();
  for (const batch of batches) {
    for (const incident of structuredClone(batch)) {
      shareStrings(incident);
      incidents.push(incident);
    }
  }
  for (const { index: at, department } of moves)
    incidents[at] = { ...(incidents[at] as Incident), department };
  return { output: { incidents, problems, regions }, workerMs, pageMs: performance.now() - pageStart };
}

function loadPack(bytes: Uint8Array, index: DepartmentIndex) {
  const start = performance.now();
  const indexed = indexPack(bytes, index);
  if (!indexed.ok) throw new Error(`pack failed: ${indexed.error.kind}`);
  const workerMs = performance.now() - start;
  const pageStart = performance.now();
  const incidents: Incident[] = [];
  appendIncidents(indexed.pack, 0, indexed.pack.length, incidents);
  const pageMs = performance.now() - pageStart;
  return { output: { incidents, problems: indexed.problems, regions: indexed.regions }, workerMs, pageMs };
}

/** Times both formats over `incidents` (GeoJSON in 64 KB chunks, as a body arrives), `rounds` times each. */
export async function benchPackLoad(
  incidents: readonly Incident[],
  departments: DepartmentCollection,
  rounds = 2,
): Promise<PackLoadResult> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  writeFeatureCollection(incidents, (piece) => {
    const bytes = encoder.encode(piece);
    for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
  });
  const geojsonBytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const pack = encodePack(incidents.map(packRowOf), null);
  const index = createDepartmentIndex(departments);
  const best = {
    geojson: { workerMs: Infinity, pageMs: Infinity },
    pack: { workerMs: Infinity, pageMs: Infinity },
  };
  for (let round = 0; round < rounds; round += 1) {
    const geojson = await loadGeoJson(chunks, index);
    const packed = loadPack(pack, index);
    if (round === 0 && !isDeepStrictEqual(geojson.output, packed.output)) {
      throw new Error(`GeoJSON and the pack disagree at ${incidents.length} incidents`);
    }
    for (const [key, run] of [
      ['geojson', geojson],
      ['pack', packed],
    ] as const) {
      best[key].workerMs = Math.min(best[key].workerMs, run.workerMs);
      best[key].pageMs = Math.min(best[key].pageMs, run.pageMs);
    }
  }
  return { size: incidents.length, geojsonMb: geojsonBytes / 1e6, packMb: pack.byteLength / 1e6, ...best };
}
