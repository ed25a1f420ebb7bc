import type { LoadResult } from './load.ts';
import type { LoadMessage, LoadRequest } from './load-worker.ts';
import type { Incident } from './schema.ts';

/** Loading progress as the page shows it: bytes read (of totalBytes when known) and incidents kept. */
export interface LoadProgress {
  bytes: number;
  totalBytes: number | null;
  incidents: number;
}

/** A load under way in a worker: its outcome, and a way to stop it. */
export interface WorkerLoad {
  result: Promise<LoadResult>;
  /** Stops the worker at once; `result` then resolves to a `cancelled` error. */
  cancel(): void;
}

/**
 * loadIncidents in a Web Worker (src/data/load-worker.ts, a chunk of its own): fetch, streaming parse and
 * validation happen off the page's thread, which only receives the kept incidents in batches and the
 * progress. `url` is resolved against the page, as fetch would. Same result as loadIncidents.
 */
export function loadIncidentsInWorker(url: string, onProgress: (progress: LoadProgress) => void): WorkerLoad {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  const incidents: Incident[] = [];
  let settle: (result: LoadResult) => void = () => {};
  const result = new Promise<LoadResult>((resolve) => {
    settle = resolve;
  });
  const finish = (outcome: LoadResult) => {
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = (event: MessageEvent<LoadMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message);
    else if (message.type === 'incidents') {
      for (const incident of message.batch) incidents.push(incident);
    } else if (message.ok) {
      finish({ ok: true, incidents, problems: message.problems, metadata: message.metadata });
    } else finish({ ok: false, error: message.error });
  };
  worker.onerror = (event) => {
    finish({ ok: false, error: { kind: 'network', detail: event.message || 'the loading worker failed' } });
  };
  const request: LoadRequest = { url: new URL(url, document.baseURI).href };
  worker.postMessage(request);
  return { result, cancel: () => finish({ ok: false, error: { kind: 'cancelled' } }) };
}
