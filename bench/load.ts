/**
 * The load path at 100k and 1M: the page's current one (the whole file as one string, JSON.parse,
 * validateCollection, then region assignment) against the loading worker's (readIncidentStream over the
 * bytes, a feature at a time, then the same assignment), on the same bytes in the same run. Both must keep
 * the same incidents and problems before their times are printed. Times one run each: these are seconds.
 */

import { writeFeatureCollection } from '../scripts/synthetic.ts';
import { createDepartmentIndex, type DepartmentCollection } from '../src/data/department-index.ts';
import type { Incident } from '../src/data/schema.ts';
import { readIncidentStream } from '../src/data/stream/stream-incidents.ts';
import { validateCollection } from '../src/data/validate.ts';
import { assignDepartments } from '../src/model/regions/assign-departments.ts';

export interface LoadBenchResult {
  size: number;
  megabytes: number;
  /** The current path in ms, or null when the file is longer than the longest string V8 makes. */
  wholeMs: number | null;
  streamMs: number;
}

/** Times both load paths over `incidents` written as GeoJSON. */
export async function benchLoad(
  incidents: readonly Incident[],
  departments: DepartmentCollection,
): Promise<LoadBenchResult> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  writeFeatureCollection(incidents, (chunk) => chunks.push(encoder.encode(chunk)));
  const bytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const index = createDepartmentIndex(departments);

  let wholeMs: number | null = null;
  let wholeKept = -1;
  let wholeProblems = -1;
  const wholeStart = performance.now();
  try {
    const decoder = new TextDecoder();
    const text = chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
    const result = validateCollection(JSON.parse(text));
    if (!result.ok) throw new Error(result.error);
    assignDepartments(result.incidents, index);
    wholeMs = performance.now() - wholeStart;
    [wholeKept, wholeProblems] = [result.incidents.length, result.problems.length];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }

  const streamStart = performance.now();
  const kept: Incident[] = [];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const result = await readIncidentStream(body, {
    onIncidents: (batch) => {
      for (const incident of batch) kept.push(incident);
    },
  });
  if (!result.ok) throw new Error(`stream failed: ${result.error.kind}`);
  assignDepartments(kept, index);
  const streamMs = performance.now() - streamStart;
  if (wholeMs !== null && (wholeKept !== kept.length || wholeProblems !== result.problems.length)) {
    throw new Error(`the load paths disagree at ${incidents.length} incidents`);
  }
  return { size: incidents.length, megabytes: bytes / 1e6, wholeMs, streamMs };
}
