import type { NumberColumn } from './arrow-columns.ts';
import type { CheckedDictionary } from './check-values.ts';
import { isIdBytes } from './id-bytes.ts';

/** The columns readPack checks per row, as suspectRows reads them. */
export interface SuspectInput {
  rows: number;
  ids: { bytes: Uint8Array; starts: Int32Array; ends: Int32Array; valid: Uint8Array | null };
  /** The most characters an id may have: an id of more bytes may have more (flagged; readPack counts them). */
  maxIdLength: number;
  lng: NumberColumn;
  lat: NumberColumn;
  /** The count columns (killed, injured) and their largest accepted value. */
  counts: readonly NumberColumn[];
  maxCount: number;
  dictionaries: readonly { codes: Int32Array; checked: CheckedDictionary }[];
  /** Marks the rows whose dates may have a problem (see PackDays). */
  markDays: (suspect: Uint8Array) => void;
  /** The `killed_by_role` codes, each code's sum of roles and the killed column they must equal. */
  roles: { codes: Int32Array; sums: readonly number[]; killed: Float64Array };
  /** The department codes, and per code whether it names no department of Peru. */
  departments: { codes: Int32Array; isUnknown: readonly boolean[] };
  /** [west, south, east, north]: a point outside is a problem. */
  bbox: readonly [number, number, number, number];
}

/**
 * The rows that may have a problem (1), found a column at a time in tight loops: readPack checks these a field
 * at a time, in the GeoJSON loader's order and words, and keeps every other row at once (a million rows checked
 * one field after another were most of its time). Each flag is the condition of one of readPack's checks, or
 * looser, so a row without a flag has no problem. O(rows · fields).
 */
export function suspectRows(input: SuspectInput): Uint8Array {
  const { rows, ids, lng, lat, roles, departments } = input;
  const suspect = new Uint8Array(rows);
  for (let row = 0; row < rows; row += 1) {
    const start = ids.starts[row] as number;
    const end = ids.ends[row] as number;
    if (
      (ids.valid !== null && ids.valid[row] === 0) ||
      end - start > input.maxIdLength ||
      !isIdBytes(ids.bytes, start, end)
    )
      suspect[row] = 1;
  }
  const [west, south, east, north] = input.bbox;
  for (let row = 0; row < rows; row += 1) {
    const x = lng.values[row] as number;
    const y = lat.values[row] as number;
    // NaN fails every comparison: a missing or non-finite point is flagged too.
    if (!(x >= west && x <= east && y >= south && y <= north)) suspect[row] = 1;
  }
  for (const column of [lng, lat, ...input.counts]) markInvalid(column.valid, suspect);
  for (const { values } of input.counts) {
    for (let row = 0; row < rows; row += 1) {
      const value = values[row] as number;
      if (!(value >= 0 && value <= input.maxCount)) suspect[row] = 1;
    }
  }
  for (const { codes, checked } of input.dictionaries) {
    const isBad = checked.values.map(
      (_, code) => hasAny(checked.bounds[code] ?? null) || hasAny(checked.problems[code] ?? null),
    );
    const isMissingBad = hasAny(checked.missing);
    for (let row = 0; row < rows; row += 1) {
      const code = codes[row] as number;
      if (code < 0 ? isMissingBad : isBad[code] !== false) suspect[row] = 1;
    }
  }
  input.markDays(suspect);
  for (let row = 0; row < rows; row += 1) {
    const code = roles.codes[row] as number;
    if (code >= 0 && roles.sums[code] !== roles.killed[row]) suspect[row] = 1;
    if (departments.isUnknown[departments.codes[row] as number] === true) suspect[row] = 1;
  }
  return suspect;
}

function markInvalid(valid: Uint8Array | null, suspect: Uint8Array): void {
  if (valid === null) return;
  for (let row = 0; row < suspect.length; row += 1) if (valid[row] === 0) suspect[row] = 1;
}

function hasAny(list: readonly unknown[] | null): boolean {
  return list !== null && list.length > 0;
}
