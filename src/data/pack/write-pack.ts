import {
  type Data,
  DateDay,
  Dictionary,
  Float64,
  Int8,
  Int16,
  Int32,
  makeData,
  makeVector,
  Table,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { parseIsoDay } from '../days.ts';
import type { Incident } from '../schema.ts';
import type { DatasetMetadata } from '../validate.ts';
import {
  DICTIONARY_FIELDS,
  type DictionaryField,
  JSON_FIELDS,
  PACK_FORMAT_KEY,
  PACK_FORMAT_VERSION,
  PACK_METADATA_KEY,
} from './pack-format.ts';

/**
 * One row of a pack as written, before any check: what `npm run data:pack` makes of a validated incident, and
 * what tests use to write packs with bad rows. Null is a missing value; `date`/`end_date` are day numbers;
 * the text of a JSON field is JSON.stringify of its value.
 */
export interface PackRow {
  id: string | null;
  lng: number | null;
  lat: number | null;
  killed: number | null;
  injured: number | null;
  date: number | null;
  end_date: number | null;
  place: string | null;
  department: string | null;
  precision: string | null;
  killed_by_role: unknown;
  people: unknown;
  context: string | null;
  violations: unknown;
  perpetrator: string | null;
  summary_es: string | null;
  summary_en: string | null;
  sources: unknown;
}

/** An incident as a pack row (its dates as day numbers, its nested values as JSON). O(size of the incident). */
export function packRowOf(incident: Incident): PackRow {
  return {
    id: incident.id,
    lng: incident.lng,
    lat: incident.lat,
    killed: incident.killed,
    injured: incident.injured,
    date: parseIsoDay(incident.date),
    end_date: incident.end_date === undefined ? null : parseIsoDay(incident.end_date),
    place: incident.place,
    department: incident.department,
    precision: incident.precision,
    killed_by_role: incident.killed_by_role ?? null,
    people: incident.people ?? null,
    context: incident.context,
    violations: incident.violations,
    perpetrator: incident.perpetrator,
    summary_es: incident.summary_es,
    summary_en: incident.summary_en,
    sources: incident.sources,
  };
}

/**
 * Writes rows as a pack: an Arrow IPC file with `id` (Utf8), `lng`/`lat` (Float64), `killed`/`injured`
 * (Int32), `date`/`end_date` (Date32 days) and every other field dictionary-encoded (DICTIONARY_FIELDS), one
 * record batch, the collection's metadata as JSON in the schema's metadata. Checks nothing: validate first
 * (scripts/pack.ts does). O(rows).
 */
export function encodePack(rows: readonly PackRow[], metadata: DatasetMetadata | null): Uint8Array {
  const columns: Record<string, ReturnType<typeof makeVector>> = {
    id: vectorFromArray(
      rows.map((row) => row.id),
      new Utf8(),
    ),
    lng: makeVector(numberData(new Float64(), Float64Array, rows, (row) => row.lng)),
    lat: makeVector(numberData(new Float64(), Float64Array, rows, (row) => row.lat)),
    killed: makeVector(numberData(new Int32(), Int32Array, rows, (row) => row.killed)),
    injured: makeVector(numberData(new Int32(), Int32Array, rows, (row) => row.injured)),
  };
  DICTIONARY_FIELDS.forEach((field, id) => {
    if (field === 'date' || field === 'end_date') {
      columns[field] = makeVector(numberData(new DateDay(), Int32Array, rows, (row) => row[field]));
    } else columns[field] = makeVector(dictionaryData(rows, field, id));
  });
  const table = new Table(columns);
  table.schema.metadata.set(PACK_FORMAT_KEY, PACK_FORMAT_VERSION);
  if (metadata) table.schema.metadata.set(PACK_METADATA_KEY, JSON.stringify(metadata));
  return tableToIPC(table, 'file');
}

/** makeData's overloads need the type statically; here it is chosen at run time, from the values. */
const makeColumnData = makeData as unknown as (props: Record<string, unknown>) => Data;

function numberData(
  type: Float64 | Int32 | DateDay,
  Values: Float64ArrayConstructor | Int32ArrayConstructor,
  rows: readonly PackRow[],
  read: (row: PackRow) => number | null,
) {
  const data = new Values(rows.length);
  const valid = new Uint8Array(Math.ceil(rows.length / 8));
  let nullCount = 0;
  rows.forEach((row, i) => {
    const value = read(row);
    if (value === null) nullCount += 1;
    else {
      data[i] = value;
      valid[i >> 3] = (valid[i >> 3] as number) | (1 << (i & 7));
    }
  });
  return makeColumnData({
    type,
    length: rows.length,
    nullCount,
    nullBitmap: nullCount > 0 ? valid : null,
    data,
  });
}

/** A dictionary column: the smallest index type that holds the distinct values. */
function dictionaryData(rows: readonly PackRow[], field: DictionaryField, id: number) {
  const isJson = JSON_FIELDS.has(field);
  const codes = new Map<string, number>();
  const rowCodes = new Int32Array(rows.length);
  const valid = new Uint8Array(Math.ceil(rows.length / 8));
  let nullCount = 0;
  rows.forEach((row, i) => {
    const raw = row[field as keyof PackRow];
    if (raw === null || raw === undefined) {
      nullCount += 1;
      return;
    }
    const text = isJson ? JSON.stringify(raw) : String(raw);
    let code = codes.get(text);
    if (code === undefined) {
      code = codes.size;
      codes.set(text, code);
    }
    rowCodes[i] = code;
    valid[i >> 3] = (valid[i >> 3] as number) | (1 << (i & 7));
  });
  const dictionary = vectorFromArray([...codes.keys()], new Utf8());
  const common = { length: rows.length, nullCount, nullBitmap: nullCount > 0 ? valid : null, dictionary };
  if (codes.size <= 0x7f)
    return makeColumnData({
      ...common,
      type: new Dictionary(new Utf8(), new Int8(), id),
      data: Int8Array.from(rowCodes),
    });
  if (codes.size <= 0x7fff)
    return makeColumnData({
      ...common,
      type: new Dictionary(new Utf8(), new Int16(), id),
      data: Int16Array.from(rowCodes),
    });
  return makeColumnData({ ...common, type: new Dictionary(new Utf8(), new Int32(), id), data: rowCodes });
}
