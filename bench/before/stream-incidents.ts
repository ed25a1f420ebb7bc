/** readIncidentStream as it was before issue 15's worker speed-up, kept to time against in the same run. */
import { isWebPage, type LoadError } from '../../src/data/load.ts';
import type { Incident } from '../../src/data/schema.ts';
import { FeatureSplitter } from '../../src/data/stream/feature-splitter.ts';
import { type DatasetMetadata, NOT_A_COLLECTION, type Problem } from '../../src/data/validate.ts';
import { createFeatureValidator } from './validate.ts';

/** What readIncidentStream reports while reading: bytes read so far and incidents kept so far. */
export interface StreamProgress {
  bytes: number;
  incidents: number;
}

export interface StreamHandlers {
  /** Kept incidents in file order, `batchSize` at a time (the last batch may be shorter). */
  onIncidents(batch: Incident[]): void;
  /** Called after each chunk of the body. */
  onProgress?(progress: StreamProgress): void;
}

export type StreamResult =
  | { ok: true; count: number; problems: Problem[]; metadata: DatasetMetadata | null }
  | { ok: false; error: LoadError };

/**
 * Reads an incident file from a byte stream, a feature at a time: decodes UTF-8, splits the features out
 * (FeatureSplitter), parses and validates each one as it arrives (createFeatureValidator), so neither the
 * whole text nor every raw feature is ever held at once. Same incidents, problems and errors as
 * loadIncidents reading the same bytes, except that a JSON syntax error is reported by the piece that holds
 * it, and a web page in the file's place (a server's fallback) is reported as `missing` at `url`. Never
 * throws. O(bytes).
 */
export async function readIncidentStream(
  body: ReadableStream<Uint8Array>,
  handlers: StreamHandlers,
  url = '',
  batchSize = 10_000,
): Promise<StreamResult> {
  const splitter = new FeatureSplitter();
  const validator = createFeatureValidator();
  const decoder = new TextDecoder('utf-8');
  const reader = body.getReader();
  let batch: Incident[] = [];
  let index = 0;
  let count = 0;
  let bytes = 0;
  let head = '';
  // A web page in the file's place (a server's fallback) is a missing file, not bad JSON.
  const notJson = (error: unknown): StreamResult =>
    isWebPage(head, null)
      ? { ok: false, error: { kind: 'missing', url } }
      : { ok: false, error: { kind: 'json', detail: text(error) } };
  const onFeature = (text: string) => {
    const incident = validator.add(JSON.parse(text), index);
    index += 1;
    if (!incident) return;
    count += 1;
    batch.push(incident);
    if (batch.length >= batchSize) {
      handlers.onIncidents(batch);
      batch = [];
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = decoder.decode(value, { stream: true });
      if (head.length < 200) head += chunk.slice(0, 200 - head.length);
      bytes += value.byteLength;
      splitter.push(chunk, onFeature);
      handlers.onProgress?.({ bytes, incidents: count });
    }
  } catch (error) {
    reader.releaseLock();
    if (error instanceof SyntaxError) return notJson(error);
    return { ok: false, error: { kind: 'network', detail: text(error) } };
  }
  let rest: unknown;
  try {
    splitter.push(decoder.decode(), onFeature);
    splitter.finish(onFeature);
    rest = JSON.parse(splitter.rest());
  } catch (error) {
    return notJson(error);
  }
  if (!isCollection(rest)) return { ok: false, error: { kind: 'shape', detail: NOT_A_COLLECTION } };
  if (batch.length > 0) handlers.onIncidents(batch);
  const { problems, metadata } = validator.finish(rest.metadata);
  return { ok: true, count, problems, metadata };
}

function isCollection(raw: unknown): raw is { metadata?: unknown } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const record = raw as Record<string, unknown>;
  return record.type === 'FeatureCollection' && Array.isArray(record.features);
}

function text(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
