/// <reference lib="webworker" />
import { assignDepartments } from '../model/regions/assign-departments.ts';
import {
  createDepartmentIndex,
  type DepartmentCollection,
  type DepartmentIndex,
} from './department-index.ts';
import type { LoadError } from './load.ts';
import type { Incident } from './schema.ts';
import { createRepeatSharer } from './share-repeats.ts';
import { readIncidentStream } from './stream-incidents.ts';
import type { DatasetMetadata, Problem } from './validate.ts';

/**
 * What the page tells the loading worker: read the incident file at an absolute URL; then, once the page has
 * them, the department boundaries to assign regions with (null when they could not be loaded).
 */
export type LoadRequest =
  | { type: 'load'; url: string }
  | { type: 'departments'; departments: DepartmentCollection | null };

/** What the loading worker tells the page, in this order: progress and incidents (interleaved), then done. */
export type LoadMessage =
  | { type: 'progress'; bytes: number; totalBytes: number | null; incidents: number }
  | { type: 'incidents'; batch: Incident[] }
  | {
      type: 'done';
      ok: true;
      problems: Problem[];
      metadata: DatasetMetadata | null;
      /** Region numbers of the kept incidents, as assignDepartments gives them with the boundaries sent. */
      regions: Int32Array;
    }
  | { type: 'done'; ok: false; error: LoadError };

const PROGRESS_EVERY_MS = 100;
const scope = self as unknown as DedicatedWorkerGlobalScope;

let receiveDepartments: (index: DepartmentIndex | null) => void = () => {};
const departmentIndex = new Promise<DepartmentIndex | null>((resolve) => {
  receiveDepartments = resolve;
});

scope.onmessage = (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  if (request.type === 'departments') {
    receiveDepartments(request.departments ? createDepartmentIndex(request.departments) : null);
  } else void load(request.url);
};

async function load(url: string): Promise<void> {
  const post = (message: LoadMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  const kept: Incident[] = [];
  const shareRepeats = createRepeatSharer();
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    post({ type: 'done', ok: false, error: { kind: 'network', detail: String(error) } });
    return;
  }
  if (!response.ok || !response.body) {
    post({ type: 'done', ok: false, error: { kind: 'http', status: response.status } });
    return;
  }
  // A compressed body's length is not the length of the bytes the stream gives.
  const length = Number(response.headers.get('content-length'));
  const totalBytes = response.headers.get('content-encoding') || !(length > 0) ? null : length;
  let lastPost = 0;
  const result = await readIncidentStream(response.body, {
    onIncidents: (batch) => {
      for (const incident of batch) {
        shareRepeats(incident);
        kept.push(incident);
      }
      post({ type: 'incidents', batch });
    },
    onProgress: ({ bytes, incidents }) => {
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: 'progress', bytes, totalBytes, incidents });
    },
  });
  if (!result.ok) {
    post({ type: 'done', ok: false, error: result.error });
    return;
  }
  const regions = assignDepartments(kept, await departmentIndex);
  post({ type: 'done', ok: true, problems: result.problems, metadata: result.metadata, regions }, [
    regions.buffer,
  ]);
}
