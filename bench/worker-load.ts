/**
 * The loading worker's whole pipeline (stream, validate, share repeated values, place, regions, indexes,
 * columns) before and after issue 15's speed-up (the code before is kept in bench/before/), on the same bytes
 * in the same run. Both must give deeply equal incidents, problems, metadata, moves, regions, model and columns
 * before times are printed. Runs alternate (before, after, before, after) and the faster of each pair is kept:
 * the machine is shared.
 */

import { isDeepStrictEqual } from 'node:util';
import { writeFeatureCollection } from '../scripts/synthetic.ts';
import {
  createDepartmentIndex,
  type DepartmentCollection,
  type DepartmentIndex,
} from '../src/data/department-index.ts';
import type { Incident } from '../src/data/schema.ts';
import { indexLoaded } from '../src/data/stream/index-loaded.ts';
import { createRepeatSharer } from '../src/data/stream/share-repeats.ts';
import { indexLoadedBefore } from './before/index-loaded.ts';
import { readIncidentStream as readIncidentStreamBefore } from './before/stream-incidents.ts';
import { CURRENT_STREAM, type StreamStep, streamKept } from './stream-kept.ts';

export interface WorkerLoadResult {
  size: number;
  before: { streamMs: number; indexMs: number };
  after: { streamMs: number; indexMs: number };
}

type Index = typeof indexLoaded;

async function runPipeline(
  chunks: readonly Uint8Array[],
  index: DepartmentIndex,
  step: StreamStep,
  build: Index,
) {
  const start = performance.now();
  const { kept, problems, metadata } = await streamKept(chunks, step);
  const streamed = performance.now();
  const indexes = build(kept, index, problems);
  const streamMs = streamed - start;
  return {
    output: { kept, metadata, ...indexes },
    streamMs,
    indexMs: performance.now() - streamed,
  };
}

/** Times the worker's pipeline before and after over `incidents` written as GeoJSON, in 64 KB chunks. */
export async function benchWorkerLoad(
  incidents: readonly Incident[],
  departments: DepartmentCollection,
): Promise<WorkerLoadResult> {
  const encoder = new TextEncoder();
  let text = '';
  writeFeatureCollection(incidents, (piece) => {
    text += piece;
  });
  const bytes = encoder.encode(text);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
  const index = createDepartmentIndex(departments);
  const best = {
    before: { streamMs: Infinity, indexMs: Infinity },
    after: { streamMs: Infinity, indexMs: Infinity },
  };
  for (let round = 0; round < 2; round += 1) {
    const before = await runPipeline(
      chunks,
      index,
      { read: readIncidentStreamBefore, createSharer: createRepeatSharer },
      indexLoadedBefore,
    );
    const after = await runPipeline(chunks, index, CURRENT_STREAM, indexLoaded);
    if (round === 0 && !isDeepStrictEqual(before.output, after.output)) {
      throw new Error(`the worker's pipelines before and after disagree at ${incidents.length} incidents`);
    }
    for (const [key, run] of [
      ['before', before],
      ['after', after],
    ] as const) {
      best[key].streamMs = Math.min(best[key].streamMs, run.streamMs);
      best[key].indexMs = Math.min(best[key].indexMs, run.indexMs);
    }
  }
  return { size: incidents.length, ...best };
}
