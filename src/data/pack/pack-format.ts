/**
 * The compact columnar incident file (`npm run data:pack`): an Apache Arrow IPC file, one row per incident,
 * one column per published field. Kept apart from the reader and the writer so that the page can recognise a
 * pack by its first bytes without loading Arrow.
 */

/** The first bytes of every Arrow IPC file (`ARROW1` and two bytes of padding). */
const ARROW_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];

/** The schema metadata key that marks an Arrow file as an incident pack, and its value (the format's version). */
export const PACK_FORMAT_KEY = 'peru-protest-map';
export const PACK_FORMAT_VERSION = 'incident-pack 1';
/** The schema metadata key holding the collection's `metadata` member as JSON, when the GeoJSON had one. */
export const PACK_METADATA_KEY = 'metadata';

/** True when `bytes` start as an Arrow IPC file does: the file is then read as a pack, never as JSON. O(1). */
export function isPackBytes(bytes: Uint8Array): boolean {
  if (bytes.length < ARROW_MAGIC.length) return false;
  return ARROW_MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * The fields stored as a dictionary (each distinct value once, a small integer per row), in the schema's key
 * order. Text fields are Utf8 dictionaries; `date` and `end_date` are Arrow `Date32<DAY>` columns (day
 * numbers since 1970-01-01, see days.ts) that the reader turns into a dictionary of ISO days; the nested
 * values (`killed_by_role`, `people`, `violations`, `sources`) are Utf8 dictionaries of their JSON text, so
 * each distinct value is parsed and validated once and shared by every incident that has it.
 */
export const DICTIONARY_FIELDS = [
  'date',
  'end_date',
  'place',
  'department',
  'precision',
  'killed_by_role',
  'people',
  'context',
  'violations',
  'perpetrator',
  'summary_es',
  'summary_en',
  'sources',
] as const;
export type DictionaryField = (typeof DICTIONARY_FIELDS)[number];

/** The dictionary fields whose text is JSON. */
export const JSON_FIELDS: ReadonlySet<DictionaryField> = new Set([
  'killed_by_role',
  'people',
  'violations',
  'sources',
]);

/** The dictionary fields an incident may lack (a null row in the pack, an absent key in the incident). */
export const OPTIONAL_FIELDS: ReadonlySet<DictionaryField> = new Set([
  'end_date',
  'killed_by_role',
  'people',
]);

/** One dictionary field of the kept incidents: `codes[i]` indexes `values`, −1 where incident i lacks it. */
export interface DictionaryColumn {
  codes: Int32Array;
  values: unknown[];
}

/**
 * The kept incidents of a pack, validated, as columns: what the loading worker hands the page (the typed arrays
 * are transferred, the dictionaries' distinct values cloned) for it to build its incident objects in slices.
 * Incident i's id is `ids.text.slice(ids.starts[i], ids.ends[i])`.
 */
export interface PackColumns {
  length: number;
  ids: { text: string; starts: Int32Array; ends: Int32Array };
  lng: Float64Array;
  lat: Float64Array;
  killed: Int32Array;
  injured: Int32Array;
  fields: Record<DictionaryField, DictionaryColumn>;
}

/**
 * A copy of `columns` whose typed arrays own new buffers, so the copy can be transferred while the original
 * stays usable; the dictionaries' distinct values and the ids' text are shared (a message clones them). Each
 * array is copied natively (`slice`): `structuredClone` of the same columns took 0.6–0.7 s at 1M incidents in
 * Node and 1.4 s in the loading worker, against 15–50 ms. O(n).
 */
export function copyColumns(columns: PackColumns): PackColumns {
  const fields = {} as Record<DictionaryField, DictionaryColumn>;
  for (const field of DICTIONARY_FIELDS) {
    const column = columns.fields[field];
    fields[field] = { codes: column.codes.slice(), values: column.values };
  }
  return {
    length: columns.length,
    ids: { text: columns.ids.text, starts: columns.ids.starts.slice(), ends: columns.ids.ends.slice() },
    lng: columns.lng.slice(),
    lat: columns.lat.slice(),
    killed: columns.killed.slice(),
    injured: columns.injured.slice(),
    fields,
  };
}
