import type { DepartmentIndex } from '../department-index.ts';
import type { Incident } from '../schema.ts';
import { indexLoaded, type LoadedIndexes } from '../stream/index-loaded.ts';
import type { DatasetMetadata } from '../validate.ts';
import { appendIncidents, moveDepartment } from './incidents-from-columns.ts';
import type { PackColumns } from './pack-format.ts';
import { type PackOptions, type PackRead, readPack } from './read-pack.ts';

/** What the loading worker hands the page for a pack: the placed columns, the problems and the model's indexes. */
export type IndexedPack =
  | ({ ok: true; pack: PackColumns; metadata: DatasetMetadata | null } & Omit<LoadedIndexes, 'moves'>)
  | Extract<PackRead, { ok: false }>;

/**
 * The loading worker's whole work on a pack: reads and validates it (readPack), places the kept incidents on the
 * boundaries and builds the model's indexes with the GeoJSON path's own indexLoaded, then writes each placement
 * move into the columns' department, so that the page builds the placed incidents straight from them. Same
 * incidents, problems, regions and model as the GeoJSON path on the same data. O(n · log p + n log n).
 */
export function indexPack(
  bytes: Uint8Array,
  index: DepartmentIndex | null,
  options: PackOptions = {},
): IndexedPack {
  const read = readPack(bytes, options);
  if (!read.ok) return read;
  const incidents: Incident[] = [];
  appendIncidents(read.columns, 0, read.columns.length, incidents);
  const { moves, ...indexes } = indexLoaded(incidents, index, read.problems);
  for (const move of moves) moveDepartment(read.columns, move.index, move.department);
  return { ok: true, pack: read.columns, metadata: read.metadata, ...indexes };
}
