import type { Incident } from '../schema.ts';
import type { PackColumns } from './pack-format.ts';

/**
 * Builds incidents `from`…`to` (half-open) of validated pack columns and appends them to `out`, with their keys
 * in the order the GeoJSON loader gives them (the schema's, then `lng`, `lat`; optional keys only when set),
 * so both loaders give equal incidents and equal downloads. Dictionary values are shared, not copied. O(to − from).
 */
export function appendIncidents(columns: PackColumns, from: number, to: number, out: Incident[]): void {
  const { ids, fields } = columns;
  const pick = (name: keyof PackColumns['fields'], i: number): unknown => {
    const column = fields[name];
    const code = column.codes[i] as number;
    return code < 0 ? undefined : column.values[code];
  };
  const end = Math.min(to, columns.length);
  for (let i = from; i < end; i += 1) {
    const incident: Record<string, unknown> = {
      id: ids.text.slice(ids.starts[i], ids.ends[i]),
      date: pick('date', i),
    };
    const endDate = pick('end_date', i);
    if (endDate !== undefined) incident.end_date = endDate;
    incident.place = pick('place', i);
    incident.department = pick('department', i);
    incident.precision = pick('precision', i);
    incident.killed = columns.killed[i];
    incident.injured = columns.injured[i];
    const roles = pick('killed_by_role', i);
    if (roles !== undefined) incident.killed_by_role = roles;
    const people = pick('people', i);
    if (people !== undefined) incident.people = people;
    incident.context = pick('context', i);
    incident.violations = pick('violations', i);
    incident.perpetrator = pick('perpetrator', i);
    incident.summary_es = pick('summary_es', i);
    incident.summary_en = pick('summary_en', i);
    incident.sources = pick('sources', i);
    incident.lng = columns.lng[i];
    incident.lat = columns.lat[i];
    out.push(incident as unknown as Incident);
  }
}

/**
 * Sets incident `index`'s department in the columns (placement by the boundaries moved it), adding the code to
 * the department dictionary when it is new. O(distinct departments).
 */
export function moveDepartment(columns: PackColumns, index: number, department: string): void {
  const column = columns.fields.department;
  let code = column.values.indexOf(department);
  if (code < 0) {
    code = column.values.length;
    column.values.push(department);
  }
  column.codes[index] = code;
}
