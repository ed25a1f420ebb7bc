/// <reference lib="webworker" />
import type { LoadError } from './load.ts';
import type { Incident } from './schema.ts';
import { readIncidentStream } from './stream-incidents.ts';
import type { DatasetMetadata, Problem } from './validate.ts';

/** What the page asks the loading worker: read the incident file at an absolute URL. */
export interface LoadRequest {
  url: string;
}

/** What the loading worker tells the page, in this order: progress and incidents (interleaved), then done. */
export type LoadMessage =
  | { type: 'progress'; bytes: number; totalBytes: number | null; incidents: number }
  | { type: 'incidents'; batch: Incident[] }
  | { type: 'done'; ok: true; problems: Problem[]; metadata: DatasetMetadata | null }
  | { type: 'done'; ok: false; error: LoadError };

const PROGRESS_EVERY_MS = 100;
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const post = (message: LoadMessage) => scope.postMessage(message);
  let response: Response;
  try {
    response = await fetch(event.data.url);
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
    onIncidents: (batch) => post({ type: 'incidents', batch }),
    onProgress: ({ bytes, incidents }) => {
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: 'progress', bytes, totalBytes, incidents });
    },
  });
  post(
    result.ok
      ? { type: 'done', ok: true, problems: result.problems, metadata: result.metadata }
      : { type: 'done', ok: false, error: result.error },
  );
};
