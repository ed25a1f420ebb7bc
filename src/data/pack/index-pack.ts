import { placeRows } from '../check-geography.ts';
import type { DepartmentIndex } from '../department-index.ts';
import { indexFacts, type LoadedIndexes } from '../stream/index-loaded.ts';
import type { DatasetMetadata } from '../validate.ts';
import { moveDepartment } from './incidents-from-columns.ts';
import { factsOfPack, regionsOfPack } from './pack-facts.ts';
import type { PackColumns } from './pack-format.ts';
import { packRows } from './place-pack.ts';
import { type PackOptions, type PackRead, readPack } from './read-pack.ts';

/** What the loading worker hands the page for a pack: the placed columns, the problems and the model's indexes. */
export type IndexedPack =
  | ({ ok: true; pack: PackColumns; metadata: DatasetMetadata | null } & Omit<LoadedIndexes, 'moves'>)
  | Extract<PackRead, { ok: false }>;

/**
 * The loading worker's whole work on a pack: reads and validates it (readPack), places the kept incidents on the
 * boundaries by the GeoJSON path's own loop (placeRows), writing each move into the columns' department, and
 * builds the model's indexes with its own indexFacts, all from the columns: no incident object is made here
 * (a million of them were most of this work's time, and its garbage). The page builds the placed incidents
 * from the columns. Same incidents, problems, regions and model as the GeoJSON path on the same data.
 * O(n · log p + n log n).
 */
export function indexPack(
  bytes: Uint8Array,
  index: DepartmentIndex | null,
  options: PackOptions = {},
): IndexedPack {
  const read = readPack(bytes, options);
  if (!read.ok) return read;
  const { columns } = read;
  const warnings = index
    ? placeRows(packRows(columns), index, (i, department) => moveDepartment(columns, i, department))
    : [];
  const regions = regionsOfPack(columns);
  return {
    ok: true,
    pack: columns,
    metadata: read.metadata,
    problems: [...read.problems, ...warnings],
    regions,
    ...indexFacts(factsOfPack(columns), regions),
  };
}
