import { prebuiltModels } from '../../model/incident-model.ts';
import type { DepartmentCollection } from '../department-index.ts';
import type { LoadResult } from '../load.ts';
import { appendIncidents } from '../pack/incidents-from-columns.ts';
import type { PackColumns } from '../pack/pack-format.ts';
import type { Incident } from '../schema.ts';
import type { LoadMessage, LoadRequest } from './load-worker.ts';
import { createStringSharer } from './share-repeats.ts';

/** Loading progress as the page shows it: bytes read (of totalBytes when known) and incidents kept. */
export interface LoadProgress {
  bytes: number;
  totalBytes: number | null;
  incidents: number;
}

/** A loaded and placed file: the incidents (each in the department its point lies in) and their regions. */
export type PlacedLoad = Extract<LoadResult, { ok: true }> & { regions: Int32Array };

/** A load under way in a worker: its outcome, and a way to stop it. */
export interface WorkerLoad {
  result: Promise<PlacedLoad | Extract<LoadResult, { ok: false }>>;
  /** Stops the worker at once; `result` then resolves to a `cancelled` error. */
  cancel(): void;
}

/** Files up to this size load on the page's thread: a worker's start costs more than it saves on them. */
export const WORKER_FROM_BYTES = 4_000_000;

/** The length of the bytes a response's body stream gives, or null when unknown (compressed, chunked). */
export function bodyLength(response: Response): number | null {
  const length = Number(response.headers.get('content-length'));
  return response.headers.get('content-encoding') || !(length > 0) ? null : length;
}

/** Brotli or gzip make GeoJSON at most about this many times smaller (the real dataset: 186 → 45 KB, 4×). */
const MAX_COMPRESSION = 20;

/**
 * True when a successful response should be read by the loading worker: big, or of unknown size. A compressed
 * response (what `npm start` and static hosts send) gives only its compressed length: it is taken as big when
 * even the strongest compression could not have made it fit, so the real dataset stays on the page.
 */
export function isWorthAWorker(response: Response): boolean {
  if (!response.ok || response.body === null) return false;
  const length = Number(response.headers.get('content-length'));
  if (!(length > 0)) return true;
  const mostText = response.headers.get('content-encoding') ? length * MAX_COMPRESSION : length;
  return mostText > WORKER_FROM_BYTES;
}

/**
 * loadIncidents and placeIncidents in a Web Worker (load-worker.ts, a chunk of its own): fetch, streaming
 * parse, validation and placement on the boundaries `departments` resolves to happen off the page's thread,
 * which only receives the kept incidents in batches, the progress, and at the end the problems, the
 * departments corrected by position, the region numbers and the model's indexes (left in prebuiltModels).
 * `response` is the page's own, which told that the file is big: its body is cancelled and the worker fetches
 * `url` (resolved against the page) itself. Same incidents and problems as loadIncidents followed by
 * placeIncidents.
 */
export function loadIncidentsInWorker(
  url: string,
  response: Response,
  departments: Promise<DepartmentCollection | null>,
  onProgress: (progress: LoadProgress) => void,
): WorkerLoad {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
  const incidents: Incident[] = [];
  const shareStrings = createStringSharer();
  type Outcome = Awaited<WorkerLoad['result']>;
  let settle: (result: Outcome) => void = () => {};
  const result = new Promise<Outcome>((resolve) => {
    settle = resolve;
  });
  let isSettled = false;
  const finish = (outcome: Outcome) => {
    worker.terminate();
    isSettled = true;
    settle(outcome);
  };
  let read: Pick<LoadProgress, 'bytes' | 'totalBytes'> = { bytes: 0, totalBytes: null };
  // A pack's incidents, built on the page from its columns while the worker places and indexes them.
  let built = Promise.resolve(true);
  worker.onmessage = (event: MessageEvent<LoadMessage>) => {
    const message = event.data;
    if (message.type === 'progress') {
      read = message;
      onProgress(message);
    } else if (message.type === 'incidents') {
      for (const incident of message.batch) {
        shareStrings(incident);
        incidents.push(incident);
      }
    } else if (message.type === 'pack') {
      // The file is read whole by now.
      const progress = { bytes: read.totalBytes ?? read.bytes, totalBytes: read.totalBytes, incidents: 0 };
      built = appendInSlices(
        message.pack,
        incidents,
        () => isSettled,
        (count) => onProgress({ ...progress, incidents: count }),
      );
    } else if (message.ok) {
      const { problems, metadata, regions, moves, model, columns } = message;
      void built.then((isComplete) => {
        if (!isComplete) return;
        for (const { index, department } of moves) {
          const incident = incidents[index];
          if (incident) incidents[index] = { ...incident, department };
        }
        prebuiltModels.set(incidents, { model, columns });
        finish({ ok: true, incidents, problems, metadata, regions });
      });
    } else {
      // The worker saw the absolute URL; the reader gave this one.
      const error = message.error.kind === 'missing' ? { kind: 'missing' as const, url } : message.error;
      finish({ ok: false, error });
    }
  };
  worker.onerror = (event) => {
    finish({ ok: false, error: { kind: 'network', detail: event.message || 'the loading worker failed' } });
  };
  const post = (request: LoadRequest) => worker.postMessage(request);
  // The worker fetches the file itself. A transferred body reaches it a chunk at a time through the page's
  // thread, which is busy starting the map meanwhile: a 1M pack (65 MB) arrived 0.5–0.8 s later that way. The
  // page's own request only had to tell that the file is big: its body is not read.
  void response.body?.cancel();
  post({ type: 'load', url: new URL(url, document.baseURI).href });
  departments.then((collection) => post({ type: 'departments', departments: collection }));
  return { result, cancel: () => finish({ ok: false, error: { kind: 'cancelled' } }) };
}

/** The longest the page spends building a pack's incidents before it lets other work run. */
const SLICE_MS = 20;

/**
 * Builds a pack's incidents on the page in slices of about SLICE_MS, yielding between them (a message to
 * itself, which unlike a timer is never throttled to 4 ms), so no task is long; reports the count after each.
 * Resolves to false when `isStopped` turned true (the load was cancelled) before the last slice. O(n).
 */
export async function appendInSlices(
  pack: PackColumns,
  incidents: Incident[],
  isStopped: () => boolean,
  onSlice: (count: number) => void,
): Promise<boolean> {
  const channel = new MessageChannel();
  const yieldToPage = () =>
    new Promise<void>((resume) => {
      channel.port1.onmessage = () => resume();
      channel.port2.postMessage(null);
    });
  let from = 0;
  try {
    while (from < pack.length) {
      if (isStopped()) return false;
      const start = performance.now();
      while (from < pack.length && performance.now() - start < SLICE_MS) {
        appendIncidents(pack, from, from + 1_000, incidents);
        from += 1_000;
      }
      onSlice(incidents.length);
      await yieldToPage();
    }
  } finally {
    channel.port1.close();
  }
  return !isStopped();
}
