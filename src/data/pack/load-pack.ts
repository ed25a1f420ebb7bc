import type { LoadResult } from '../load.ts';
import type { Incident } from '../schema.ts';
import { appendIncidents } from './incidents-from-columns.ts';
import { type PackOptions, readPack } from './read-pack.ts';

/**
 * A pack read on the page (a small file, see isWorthAWorker): readPack's kept incidents, problems and metadata,
 * as loadIncidents gives them for GeoJSON (placement follows, as for GeoJSON). O(n).
 */
export function loadPackIncidents(bytes: Uint8Array, options: PackOptions = {}): LoadResult {
  const read = readPack(bytes, options);
  if (!read.ok) return read;
  const incidents: Incident[] = [];
  appendIncidents(read.columns, 0, read.columns.length, incidents);
  return { ok: true, incidents, problems: read.problems, metadata: read.metadata };
}
