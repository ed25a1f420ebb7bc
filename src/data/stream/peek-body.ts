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

/**
 * Reads a whole body into one array, calling `onBytes` with the bytes read so far after each chunk. With
 * `expectedBytes` (the response's length, when it tells the body's), each chunk is copied into one array of that
 * size as it arrives, while the next is still on its way: copying 65 MB of chunks into one array only once the
 * last had come took 0.3–0.7 s in the loading worker. A body longer than announced is still read whole.
 */
export async function readAllBytes(
  body: ReadableStream<Uint8Array>,
  onBytes: (bytes: number) => void,
  expectedBytes: number | null = null,
): Promise<Uint8Array> {
  const reader = body.getReader();
  let all = expectedBytes !== null && expectedBytes > 0 ? new Uint8Array(expectedBytes) : null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (all && size + value.byteLength <= all.byteLength) all.set(value, size);
    else {
      // Longer than announced (or no length): from here on, chunks are kept and joined at the end.
      if (all) chunks.push(all.subarray(0, size));
      all = null;
      chunks.push(value);
    }
    size += value.byteLength;
    onBytes(size);
  }
  if (all) return size === all.byteLength ? all : all.subarray(0, size);
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
