import { type Table, tableFromIPC } from 'apache-arrow';
import { findDepartment, PERU_BBOX } from '../departments.ts';
import type { LoadError } from '../load.ts';
import {
  checkMetadata,
  type DatasetMetadata,
  MAX_PEOPLE_PER_INCIDENT,
  MAX_TEXT_LENGTH,
  type Problem,
} from '../validate.ts';
import { PERIOD, ROLES } from '../vocabulary.ts';
import { type NumberColumn, PackError, readDictionary, readNumbers, readText } from './arrow-columns.ts';
import { boundsOf, type CheckedDictionary, checkDictionary, type FieldProblem } from './check-values.ts';
import { createIdSet, isIdBytes } from './id-bytes.ts';
import { keepRows, type PackDays, readDays } from './pack-days.ts';
import {
  DICTIONARY_FIELDS,
  PACK_FORMAT_KEY,
  PACK_FORMAT_VERSION,
  PACK_METADATA_KEY,
  type PackColumns,
} from './pack-format.ts';
import { suspectRows } from './suspect-rows.ts';

export type PackRead =
  | { ok: true; columns: PackColumns; problems: Problem[]; metadata: DatasetMetadata | null }
  | { ok: false; error: LoadError };

/** Options of readPack: the inclusive period incidents must fall in (default PERIOD). */
export interface PackOptions {
  period?: { first: string; last: string };
}

/**
 * Reads and validates a pack (see pack-format.ts) as strictly as validateCollection reads GeoJSON: each bad row
 * is left out and explained by the incident's id (or `feature #N`), field and the same words, a later duplicate
 * id is reported, and the collection's metadata is checked. Distinct dictionary values are checked once each
 * (check-values.ts); the rest is checked per row on typed arrays. Bytes that are not a pack give `ok: false`
 * with a `pack` error. Never throws. O(rows + size of the distinct values).
 */
export function readPack(bytes: Uint8Array, options: PackOptions = {}): PackRead {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    return packError(
      `it cannot be read as an Arrow IPC file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (table.numRows > bytes.byteLength / MIN_ROW_BYTES)
    return packError(`it declares ${table.numRows} rows, more than its ${bytes.byteLength} bytes can hold`);
  try {
    return readTable(table, options.period ?? PERIOD);
  } catch (error) {
    if (error instanceof PackError) return packError(`it ${error.message}`);
    return packError(`it could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Each row holds at least its point (two Float64): a file declaring more rows than that is not a pack. */
const MIN_ROW_BYTES = 16;

function packError(detail: string): PackRead {
  return { ok: false, error: { kind: 'pack', detail } };
}

function readTable(table: Table, period: { first: string; last: string }): PackRead {
  if (table.schema.metadata.get(PACK_FORMAT_KEY) !== PACK_FORMAT_VERSION)
    throw new PackError(
      `is an Arrow file without the "${PACK_FORMAT_KEY}: ${PACK_FORMAT_VERSION}" mark of a pack`,
    );
  const rows = table.numRows;
  const ids = readText(table, 'id');
  const lng = readNumbers(table, 'lng', 'float64');
  const lat = readNumbers(table, 'lat', 'float64');
  const killed = readNumbers(table, 'killed', 'int32');
  const injured = readNumbers(table, 'injured', 'int32');
  const days: PackDays = readDays(table, period);
  const dictionaries = {} as Record<
    (typeof TEXT_FIELDS)[number],
    { codes: Int32Array; checked: CheckedDictionary }
  >;
  for (const field of TEXT_FIELDS) {
    const { codes, values } = readDictionary(table, field);
    dictionaries[field] = { codes, checked: checkDictionary(field, values) };
  }
  const roleSums = dictionaries.killed_by_role.checked.values.map((value) =>
    value ? ROLES.reduce((sum, role) => sum + ((value as Record<string, number>)[role] ?? 0), 0) : 0,
  );
  const departmentCodes = dictionaries.department.checked.values.map((value) =>
    typeof value === 'string' && !findDepartment(value) ? `${value} is not a department of Peru` : null,
  );
  // The schema's fields in its order, each with the column its checks read (looked up once, not per row).
  const schemaFields: SchemaField[] = SCHEMA_ORDER.map((field) =>
    field === 'killed' || field === 'injured'
      ? { field, count: field === 'killed' ? killed : injured, dictionary: null }
      : { field, count: null, dictionary: dictionaries[field] },
  );
  const [west, south, east, north] = PERU_BBOX;
  const problems: Problem[] = [];
  const kept: number[] = [];
  const seen = createIdSet(ids.bytes, ids.starts, ids.ends, rows);
  const suspect = suspectRows({
    rows,
    ids,
    maxIdLength: MAX_TEXT_LENGTH,
    lng,
    lat,
    counts: [killed, injured],
    maxCount: MAX_PEOPLE_PER_INCIDENT,
    dictionaries: Object.values(dictionaries),
    markDays: (flags) => days.mark(flags),
    roles: { codes: dictionaries.killed_by_role.codes, sums: roleSums, killed: killed.values },
    departments: {
      codes: dictionaries.department.codes,
      isUnknown: departmentCodes.map((problem) => problem !== null),
    },
    bbox: PERU_BBOX,
  });
  // One list and one function for every row: a closure per row was most of the reading time.
  const found: FieldProblem[] = [];
  const add = (field: string, message: string) => {
    found.push({ field, message });
  };
  const addAll = (list: readonly FieldProblem[] | null) => {
    if (list) for (const problem of list) found.push(problem);
  };
  for (let row = 0; row < rows; row += 1) {
    // Most rows: nothing to report (suspectRows), so only a duplicate id can leave them out.
    if (suspect[row] === 0) {
      const earlier = seen.add(row);
      if (earlier < 0) kept.push(row);
      else problems.push(duplicate(ids.decode(row), row, earlier));
      continue;
    }
    found.length = 0;
    const hasId = ids.valid === null || ids.valid[row] === 1;
    const isIdValid = hasId && isIdBytes(ids.bytes, ids.starts[row] as number, ids.ends[row] as number);
    // Bounds first, alone, as the GeoJSON loader checks them before the schema reads anything.
    if ((ids.ends[row] as number) - (ids.starts[row] as number) > MAX_TEXT_LENGTH) {
      const { length } = ids.decode(row);
      if (length > MAX_TEXT_LENGTH)
        add('id', `is ${length} characters long; at most ${MAX_TEXT_LENGTH} are accepted`);
    }
    for (const { field, count, dictionary } of schemaFields) {
      if (count) {
        const value = count.values[row] as number;
        if (value > MAX_PEOPLE_PER_INCIDENT) addAll(boundsOf(field, value));
      } else if (dictionary) {
        const code = dictionary.codes[row] as number;
        if (code >= 0) addAll(dictionary.checked.bounds[code] ?? null);
      }
    }
    if (found.length === 0) {
      const hasPoint = isNumberAt(lng, row) && isNumberAt(lat, row);
      if (!hasPoint) add('geometry', 'must have coordinates [lng, lat]');
      const schemaFrom = found.length;
      if (!hasId) add('id', 'is missing');
      else if (!isIdValid) add('id', 'id must be lowercase letters, digits and dashes');
      if (days.date.valid !== null && days.date.valid[row] === 0) add('date', 'is missing');
      for (const { field, count, dictionary } of schemaFields) {
        if (count) {
          if (count.valid !== null && count.valid[row] === 0) add(field, 'is missing');
          else if ((count.values[row] as number) < 0) add(field, 'cannot be negative');
        } else if (dictionary) {
          const code = dictionary.codes[row] as number;
          addAll((code < 0 ? dictionary.checked.missing : dictionary.checked.problems[code]) ?? null);
        }
      }
      if (found.length === schemaFrom) {
        days.check(row, add);
        const roles = dictionaries.killed_by_role.codes[row] as number;
        const killedHere = killed.values[row] as number;
        if (roles >= 0 && roleSums[roles] !== killedHere)
          add('killed_by_role', `adds up to ${roleSums[roles]} but killed is ${killedHere}`);
        const department = departmentCodes[dictionaries.department.codes[row] as number];
        if (department) add('department', department);
        const x = lng.values[row] as number;
        const y = lat.values[row] as number;
        if (hasPoint && (x < west || x > east || y < south || y > north))
          add('geometry', `point [${x}, ${y}] lies outside Peru`);
      }
    }
    if (found.length > 0) {
      const label = labelOf(hasId ? ids.decode(row) : '', row);
      for (const { field, message } of found) problems.push({ id: label, field, message, feature: row + 1 });
      continue;
    }
    const earlier = seen.add(row);
    if (earlier < 0) kept.push(row);
    else problems.push(duplicate(ids.decode(row), row, earlier));
  }
  const metadata = readMetadata(table);
  problems.push(...metadata.problems);
  const fields = {} as PackColumns['fields'];
  for (const field of DICTIONARY_FIELDS) {
    if (field === 'date' || field === 'end_date')
      fields[field] = keepRows(days[field === 'date' ? 'date' : 'endDate'], kept);
    else {
      const { codes, checked } = dictionaries[field];
      fields[field] = { codes: gather(codes, kept, new Int32Array(kept.length)), values: checked.values };
    }
  }
  const columns: PackColumns = {
    length: kept.length,
    ids: {
      text: ids.text,
      starts: gather(ids.starts, kept, new Int32Array(kept.length)),
      ends: gather(ids.ends, kept, new Int32Array(kept.length)),
    },
    lng: gather(lng.values, kept, new Float64Array(kept.length)),
    lat: gather(lat.values, kept, new Float64Array(kept.length)),
    killed: gather(killed.values, kept, new Int32Array(kept.length)),
    injured: gather(injured.values, kept, new Int32Array(kept.length)),
    fields,
  };
  return { ok: true, columns, problems, metadata: metadata.value };
}

/** A field as the row checks read it: a count column, or a dictionary's codes and its checked values. */
interface SchemaField {
  field: (typeof SCHEMA_ORDER)[number];
  count: NumberColumn | null;
  dictionary: { codes: Int32Array; checked: CheckedDictionary } | null;
}

/** The dictionary fields checked by the schema, in its order, and where the counts fall between them. */
const TEXT_FIELDS = DICTIONARY_FIELDS.filter(
  (field): field is Exclude<(typeof DICTIONARY_FIELDS)[number], 'date' | 'end_date'> =>
    field !== 'date' && field !== 'end_date',
);
const SCHEMA_ORDER = [
  'place',
  'department',
  'precision',
  'killed',
  'injured',
  'killed_by_role',
  'people',
  'context',
  'violations',
  'perpetrator',
  'summary_es',
  'summary_en',
  'sources',
] as const;

/** Fills `into[k]` with `source[rows[k]]`; when every row is kept, in order, one native copy. O(rows). */
export function gather<T extends Int32Array | Float64Array>(
  source: Int32Array | Float64Array,
  rows: readonly number[],
  into: T,
): T {
  if (rows.length === source.length && rows[rows.length - 1] === rows.length - 1) {
    into.set(source);
    return into;
  }
  for (let k = 0; k < rows.length; k += 1) into[k] = source[rows[k] as number] as number;
  return into;
}

/** The problem of row `row`, whose id `id` row `earlier` already has. */
function duplicate(id: string, row: number, earlier: number): Problem {
  return {
    id,
    field: 'id',
    message: `is used by another incident (feature #${earlier + 1})`,
    feature: row + 1,
  };
}

function isNumberAt(column: { values: Float64Array; valid: Uint8Array | null }, row: number): boolean {
  return (column.valid === null || column.valid[row] === 1) && Number.isFinite(column.values[row]);
}

/** As the GeoJSON loader names a feature: its id when it has one (cut at 80 characters), else `feature #N`. */
function labelOf(id: string, row: number): string {
  if (id.trim() === '') return `feature #${row + 1}`;
  return id.length > 80 ? `${id.slice(0, 80)}…` : id;
}

function readMetadata(table: Table): ReturnType<typeof checkMetadata> {
  const text = table.schema.metadata.get(PACK_METADATA_KEY);
  if (text === undefined) return checkMetadata(undefined);
  try {
    return checkMetadata(JSON.parse(text));
  } catch {
    return checkMetadata(text);
  }
}
