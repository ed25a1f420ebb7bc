/**
 * Reads the first chunks of a body, at least `length` bytes (or all of it, when shorter), without losing them:
 * returns their bytes and a stream that gives the whole body again, those bytes first. So the loading worker can tell a pack from
 * GeoJSON by its first bytes and still stream the GeoJSON. Rejects as the body's reader does.
 */
export async function peekBody(
  body: ReadableStream<Uint8Array>,
  length: number,
): Promise<{ head: Uint8Array; body: ReadableStream<Uint8Array> }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let isDone = false;
  while (size < length) {
    const { done, value } = await reader.read();
    if (done) {
      isDone = true;
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const head = concatBytes(chunks, size);
  const again = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (isDone) controller.close();
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { head, body: again };
}

/** Reads a whole body into one array, calling `onBytes` with the bytes read so far after each chunk. */
export async function readAllBytes(
  body: ReadableStream<Uint8Array>,
  onBytes: (bytes: number) => void,
): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onBytes(size);
  }
  return concatBytes(chunks, size);
}

function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
