import { contextBits, perpetratorBits, violationBits } from '../../model/incident-columns.ts';
import type { IncidentFacts } from '../../model/incident-facts.ts';
import { departmentNumber } from '../../model/regions/assign-departments.ts';
import { parseIsoDay } from '../days.ts';
import type { DictionaryColumn, PackColumns } from './pack-format.ts';

/**
 * The facts the model's indexes are built from (IncidentFacts), read from a pack's validated columns without
 * making incident objects: each distinct date, violation list, context and perpetrator is read once, by the
 * same rules as factsOf reads an incident (an end day as given, or the start day without end_date), and the
 * rows only look their codes up. Equal to factsOf of the incidents appendIncidents makes. O(n + distinct values).
 */
export function factsOfPack(columns: PackColumns): IncidentFacts {
  const n = columns.length;
  const { fields } = columns;
  const startOf = valuesOf(fields.date, (date) => parseIsoDay(date as string) ?? 0);
  const endOf = valuesOf(fields.end_date, (date) => (date ? (parseIsoDay(date as string) ?? null) : null));
  const violationsOf = valuesOf(fields.violations, (list) => violationBits(list as string[]));
  const contextOf = valuesOf(fields.context, (context) => contextBits(context as string));
  const perpetratorOf = valuesOf(fields.perpetrator, (perpetrator) => perpetratorBits(perpetrator as string));
  const startDay = new Int32Array(n);
  const endDay = new Int32Array(n);
  const classes = new Uint16Array(n);
  for (let i = 0; i < n; i += 1) {
    const start = startOf(fields.date.codes[i] as number) ?? 0;
    startDay[i] = start;
    endDay[i] = endOf(fields.end_date.codes[i] as number) ?? start;
    classes[i] =
      (violationsOf(fields.violations.codes[i] as number) ?? 0) |
      (contextOf(fields.context.codes[i] as number) ?? 0) |
      (perpetratorOf(fields.perpetrator.codes[i] as number) ?? 0);
  }
  return {
    lng: columns.lng.slice(),
    lat: columns.lat.slice(),
    startDay,
    endDay,
    killed: columns.killed.slice(),
    injured: columns.injured.slice(),
    classes,
  };
}

/**
 * Each kept incident's region number from the columns' department (after placement: see place-pack.ts), as
 * regionsOfPlaced gives it for the incidents. O(n + distinct departments).
 */
export function regionsOfPack(columns: PackColumns): Int32Array {
  const { codes } = columns.fields.department;
  const numberOf = valuesOf(columns.fields.department, (iso) => departmentNumber(iso as string));
  const regions = new Int32Array(columns.length);
  for (let i = 0; i < regions.length; i += 1) regions[i] = numberOf(codes[i] as number) ?? -1;
  return regions;
}

/** `read` of each distinct value of a dictionary column, once, looked up by code (undefined for −1). */
function valuesOf<T>(column: DictionaryColumn, read: (value: unknown) => T): (code: number) => T | undefined {
  const found = column.values.map(read);
  return (code) => found[code];
}
