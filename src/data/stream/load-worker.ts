/// <reference lib="webworker" />
import { buffersOf } from '../../model/incident-model.ts';
import {
  createDepartmentIndex,
  type DepartmentCollection,
  type DepartmentIndex,
} from '../department-index.ts';
import { isWebPage, type LoadError } from '../load.ts';
import { copyColumns, isPackBytes, type PackColumns } from '../pack/pack-format.ts';
import type { Incident } from '../schema.ts';
import type { DatasetMetadata } from '../validate.ts';
import { indexLoaded, type LoadedIndexes, type Move } from './index-loaded.ts';
import { bodyLength } from './load-in-worker.ts';
import { peekBody, readAllBytes } from './peek-body.ts';
import { createRepeatSharer } from './share-repeats.ts';
import { readIncidentStream } from './stream-incidents.ts';

/**
 * What the page tells the loading worker: read the incident file at the absolute URL (the worker fetches it
 * itself); then, once the page has them, the department boundaries to place incidents with (null when they
 * could not be loaded).
 */
export type LoadRequest =
  | { type: 'load'; url: string }
  | { type: 'departments'; departments: DepartmentCollection | null };

export type { Move };

/**
 * What the loading worker tells the page, in this order: progress and incidents (interleaved), then done. For
 * a pack no incident is sent: `pack` carries the kept columns, before placement, for the page to build them from.
 */
export type LoadMessage =
  | { type: 'progress'; bytes: number; totalBytes: number | null; incidents: number }
  | { type: 'incidents'; batch: Incident[] }
  | { type: 'pack'; pack: PackColumns }
  | ({ type: 'done'; ok: true; metadata: DatasetMetadata | null } & LoadedIndexes)
  | { type: 'done'; ok: false; error: LoadError };

const PROGRESS_EVERY_MS = 100;
/**
 * Incidents per message to the page: the page's thread pays a message's structured clone in one task, about
 * 25 µs an incident on a busy 2-core machine, so 10,000 made tasks of a quarter second; 2,000 keep each short.
 */
const BATCH_SIZE = 2_000;
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
  const fail = (error: LoadError) => post({ type: 'done', ok: false, error });
  const kept: Incident[] = [];
  const shareRepeats = createRepeatSharer();
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    fail({ kind: 'network', detail: String(error) });
    return;
  }
  if (response.status === 404) return fail({ kind: 'missing', url });
  if (!response.ok || !response.body) return fail({ kind: 'http', status: response.status });
  if (isWebPage('', response.headers.get('content-type'))) return fail({ kind: 'missing', url });
  const body = response.body;
  const totalBytes = bodyLength(response);
  let lastPost = 0;
  const isTimeToPost = () => {
    const now = performance.now();
    if (now - lastPost < PROGRESS_EVERY_MS) return false;
    lastPost = now;
    return true;
  };
  let peeked: Awaited<ReturnType<typeof peekBody>>;
  try {
    peeked = await peekBody(body, PACK_MAGIC_BYTES);
    if (isPackBytes(peeked.head)) {
      // The pack's reader (Arrow, in its own chunk) loads while the bytes arrive, not after.
      const reader = packReader();
      // A failure to load it is reported below, through loadPack; not as unhandled if the bytes fail first.
      reader.catch(() => {});
      const bytes = await readAllBytes(
        peeked.body,
        (read) => {
          if (isTimeToPost()) post({ type: 'progress', bytes: read, totalBytes, incidents: 0 });
        },
        totalBytes,
      );
      // Awaited here, so that a failure (the reader's chunk not loading) is reported, not left unhandled.
      return await loadPack(bytes, reader, post, fail);
    }
  } catch (error) {
    return fail({ kind: 'network', detail: String(error) });
  }
  const result = await readIncidentStream(
    peeked.body,
    {
      onIncidents: (batch) => {
        for (const incident of batch) {
          shareRepeats(incident);
          kept.push(incident);
        }
        post({ type: 'incidents', batch });
      },
      onProgress: ({ bytes, incidents }) => {
        if (isTimeToPost()) post({ type: 'progress', bytes, totalBytes, incidents });
      },
    },
    url,
    BATCH_SIZE,
  );
  if (!result.ok) return fail(result.error);
  const index = await departmentIndex;
  const { problems, moves, ...handover } = indexLoaded(kept, index, result.problems);
  post(
    { type: 'done', ok: true, problems, metadata: result.metadata, moves, ...handover },
    buffersOf(handover),
  );
}

/** How many bytes tell a pack (an Arrow IPC file) from GeoJSON. */
const PACK_MAGIC_BYTES = 8;

/** The pack's reading and indexing modules. */
function packReader() {
  return Promise.all([import('../pack/read-pack.ts'), import('../pack/index-pack.ts')]);
}

/**
 * A pack read whole (its reader, with Arrow, in its own chunk, loaded by packReader while the bytes arrive):
 * validated (readPack), a copy of its kept columns sent to the page at once (the page builds its incidents from
 * them while this worker goes on), then placed and indexed (indexPackColumns), and done as for GeoJSON: the
 * page applies the moves to the incidents it built.
 */
async function loadPack(
  bytes: Uint8Array,
  reader: ReturnType<typeof packReader>,
  post: (message: LoadMessage, transfer?: Transferable[]) => void,
  fail: (error: LoadError) => void,
): Promise<void> {
  const [{ readPack }, { indexPackColumns }] = await reader;
  const read = readPack(bytes);
  if (!read.ok) return fail(read.error);
  // A copy for the page, transferred: the page's thread then receives the typed arrays without copying them.
  const sent = copyColumns(read.columns);
  post({ type: 'pack', pack: sent }, buffersOf(sent));
  const { problems, moves, ...handover } = indexPackColumns(read, await departmentIndex);
  post(
    { type: 'done', ok: true, problems, metadata: read.metadata, moves, ...handover },
    buffersOf(handover),
  );
}
