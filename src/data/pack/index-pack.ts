import { placeRows } from '../check-geography.ts';
import type { DepartmentIndex } from '../department-index.ts';
import { indexFacts, type LoadedIndexes, type Move } from '../stream/index-loaded.ts';
import type { DatasetMetadata } from '../validate.ts';
import { moveDepartment } from './incidents-from-columns.ts';
import { factsOfPack, regionsOfPack } from './pack-facts.ts';
import type { PackColumns } from './pack-format.ts';
import { packRows } from './place-pack.ts';
import { type PackOptions, type PackRead, readPack } from './read-pack.ts';

/** A pack read, placed and indexed (indexPack): its placed columns, the problems and the model's indexes. */
export type IndexedPack =
  | ({ ok: true; pack: PackColumns; metadata: DatasetMetadata | null } & LoadedIndexes)
  | Extract<PackRead, { ok: false }>;

/**
 * readPack, then indexPackColumns: a pack's whole load apart from building its incidents. O(n · log p + n log n).
 */
export function indexPack(
  bytes: Uint8Array,
  index: DepartmentIndex | null,
  options: PackOptions = {},
): IndexedPack {
  const read = readPack(bytes, options);
  if (!read.ok) return read;
  return { ok: true, pack: read.columns, metadata: read.metadata, ...indexPackColumns(read, index) };
}

/**
 * The loading worker's work on a pack once read: places the kept incidents on the boundaries by the GeoJSON
 * path's own loop (placeRows), writing each move into the columns' department and listing it, and builds the
 * model's indexes with the GeoJSON path's own indexFacts, all from the columns: no incident object is made
 * here (a million of them were most of this work's time, and its garbage). `problems` are the read's, then the
 * placement warnings. Same problems, moves, regions and model as indexLoaded on the same incidents.
 * O(n · log p + n log n).
 */
export function indexPackColumns(
  read: Extract<PackRead, { ok: true }>,
  index: DepartmentIndex | null,
): LoadedIndexes {
  const { columns } = read;
  const moves: Move[] = [];
  const warnings = index
    ? placeRows(packRows(columns), index, (i, department) => {
        moveDepartment(columns, i, department);
        moves.push({ index: i, department });
      })
    : [];
  const regions = regionsOfPack(columns);
  return {
    problems: [...read.problems, ...warnings],
    moves,
    regions,
    ...indexFacts(factsOfPack(columns), regions),
  };
}
