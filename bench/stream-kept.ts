import type { Incident } from '../src/data/schema.ts';
import { createRepeatSharer } from '../src/data/stream/share-repeats.ts';
import { readIncidentStream } from '../src/data/stream/stream-incidents.ts';

/** The loading worker's streaming step, or a frozen copy of it (bench/before/), with the same signatures. */
export interface StreamStep {
  read: typeof readIncidentStream;
  createSharer: typeof createRepeatSharer;
}

export const CURRENT_STREAM: StreamStep = { read: readIncidentStream, createSharer: createRepeatSharer };

/**
 * What the loading worker does with a GeoJSON body before placing it (load-worker.ts): streams `chunks` in
 * batches of 2,000, shares each kept incident's repeated values and keeps it; `onBatch` sees each batch as the
 * worker posts it to the page. Throws when the stream fails.
 */
export async function streamKept(
  chunks: readonly Uint8Array[],
  { read, createSharer }: StreamStep = CURRENT_STREAM,
  onBatch: (batch: Incident[]) => void = () => {},
) {
  const kept: Incident[] = [];
  const share = createSharer();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const result = await read(
    body,
    {
      onIncidents: (batch) => {
        for (const incident of batch) {
          share(incident);
          kept.push(incident);
        }
        onBatch(batch);
      },
    },
    '',
    2_000,
  );
  if (!result.ok) throw new Error(`stream failed: ${result.error.kind}`);
  return { kept, problems: result.problems, metadata: result.metadata };
}
