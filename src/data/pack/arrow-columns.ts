import { type Data, DataType, DateUnit, Precision, type Table } from 'apache-arrow';

/** Why a file that starts as an Arrow file cannot be read as a pack (a column missing or of the wrong type). */
export class PackError extends Error {}

/** A numeric column, all chunks together: `values[i]`, valid where `valid` is null or `valid[i]` is 1. */
export interface NumberColumn {
  values: Float64Array;
  valid: Uint8Array | null;
}

/** The numeric kinds a pack uses, and how to recognise their Arrow types. */
const NUMBER_KINDS = {
  float64: (type: DataType) => DataType.isFloat(type) && type.precision === Precision.DOUBLE,
  int32: (type: DataType) => DataType.isInt(type) && type.bitWidth === 32 && type.isSigned,
  day: (type: DataType) => DataType.isDate(type) && type.unit === DateUnit.DAY,
} as const;
const KIND_NAMES = { float64: 'Float64', int32: 'Int32', day: 'Date32<DAY>' } as const;

function chunksOf(
  table: Table,
  name: string,
  isRightType: (type: DataType) => boolean,
  typeName: string,
): readonly Data[] {
  const vector = table.getChild(name);
  if (!vector) throw new PackError(`has no column "${name}"`);
  if (!isRightType(vector.type))
    throw new PackError(`column "${name}" must be ${typeName}, found ${vector.type}`);
  return vector.data;
}

/** A column whose buffer holds fewer values than its rows is a damaged file, not rows of zeros. */
function checkLength(name: string, length: number, needed: number): void {
  if (length < needed) throw new PackError(`column "${name}" holds fewer values than the table has rows`);
}

function isValidAt(data: Data, i: number): boolean {
  const bitmap = data.nullBitmap;
  if (data.nullCount === 0 || !bitmap || bitmap.length === 0) return true;
  const at = data.offset + i;
  return (((bitmap[at >> 3] as number) >> (at & 7)) & 1) === 1;
}

/** Reads a Float64, Int32 or Date32<DAY> column as numbers. Throws PackError for another type. O(rows). */
export function readNumbers(table: Table, name: string, kind: keyof typeof NUMBER_KINDS): NumberColumn {
  const chunks = chunksOf(table, name, NUMBER_KINDS[kind], KIND_NAMES[kind]);
  const values = new Float64Array(table.numRows);
  let valid: Uint8Array | null = null;
  let row = 0;
  for (const data of chunks) {
    const source = data.values as Float64Array | Int32Array;
    checkLength(name, source.length, data.offset + data.length);
    if (data.nullCount === 0) {
      // No nulls (every column of a pack the app writes): one native copy instead of a loop.
      values.set(source.subarray(data.offset, data.offset + data.length), row);
      row += data.length;
      continue;
    }
    for (let i = 0; i < data.length; i += 1, row += 1) {
      if (isValidAt(data, i)) {
        values[row] = source[data.offset + i] as number;
        continue;
      }
      valid ??= new Uint8Array(table.numRows).fill(1);
      valid[row] = 0;
    }
  }
  return { values, valid };
}

/**
 * A text column, all chunks together, its UTF-8 bytes read one byte per character: row i is
 * `text.slice(starts[i], ends[i])`, exact for ASCII (every valid id), and `decode(i)` gives the real text.
 */
export interface TextColumn {
  text: string;
  /** The UTF-8 bytes of every row, one after the other. */
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  valid: Uint8Array | null;
  decode(row: number): string;
}

/** Reads a Utf8 column (the ids). Throws PackError for another type. O(bytes). */
export function readText(table: Table, name: string): TextColumn {
  const chunks = chunksOf(table, name, (type) => DataType.isUtf8(type), 'Utf8');
  const rows = table.numRows;
  const starts = new Int32Array(rows);
  const ends = new Int32Array(rows);
  let valid: Uint8Array | null = null;
  let total = 0;
  for (const data of chunks) {
    const offsets = data.valueOffsets as Int32Array;
    checkLength(name, offsets.length, data.offset + data.length + 1);
    total += (offsets[data.offset + data.length] as number) - (offsets[data.offset] as number);
  }
  const bytes = new Uint8Array(total);
  let row = 0;
  let at = 0;
  for (const data of chunks) {
    const offsets = data.valueOffsets as Int32Array;
    const first = offsets[data.offset] as number;
    const last = offsets[data.offset + data.length] as number;
    bytes.set((data.values as Uint8Array).subarray(first, last), at);
    for (let i = 0; i < data.length; i += 1, row += 1) {
      starts[row] = at + (offsets[data.offset + i] as number) - first;
      ends[row] = at + (offsets[data.offset + i + 1] as number) - first;
      if (!isValidAt(data, i)) {
        valid ??= new Uint8Array(rows).fill(1);
        valid[row] = 0;
      }
    }
    at += last - first;
  }
  const utf8 = new TextDecoder('utf-8');
  return {
    text: new TextDecoder('latin1').decode(bytes),
    bytes,
    starts,
    ends,
    valid,
    decode: (i) => utf8.decode(bytes.subarray(starts[i], ends[i])),
  };
}

/** A dictionary column: `codes[i]` indexes `values` (each distinct text once), −1 where row i is null. */
export interface TextDictionary {
  codes: Int32Array;
  values: string[];
}

/** Reads a Utf8 dictionary column (indices of up to 32 bits). Throws PackError for another type. O(rows). */
export function readDictionary(table: Table, name: string): TextDictionary {
  const chunks = chunksOf(
    table,
    name,
    (type) => DataType.isDictionary(type) && DataType.isUtf8(type.dictionary) && type.indices.bitWidth <= 32,
    'a dictionary of Utf8',
  );
  const codes = new Int32Array(table.numRows);
  const values: string[] = [];
  const global = new Map<string, number>();
  const mapped = new Map<unknown, Int32Array>();
  let row = 0;
  for (const data of chunks) {
    const dictionary = data.dictionary;
    if (!dictionary) throw new PackError(`column "${name}" has no dictionary`);
    let map = mapped.get(dictionary);
    if (!map) {
      const local = Array.from(dictionary as Iterable<string | null>);
      map = Int32Array.from(local, (value) => {
        if (value === null) return -1;
        let code = global.get(value);
        if (code === undefined) {
          code = values.length;
          values.push(value);
          global.set(value, code);
        }
        return code;
      });
      mapped.set(dictionary, map);
    }
    const indices = data.values as ArrayLike<number>;
    checkLength(name, indices.length, data.offset + data.length);
    for (let i = 0; i < data.length; i += 1, row += 1) {
      if (!isValidAt(data, i)) {
        codes[row] = -1;
        continue;
      }
      const code = map[indices[data.offset + i] as number];
      if (code === undefined) throw new PackError(`column "${name}" refers past the end of its dictionary`);
      codes[row] = code;
    }
  }
  return { codes, values };
}
