import type { DepartmentIndex } from '../../data/department-index.ts';
import { DEPARTMENTS } from '../../data/departments.ts';
import type { Incident } from '../../data/schema.ts';

const numberOfIso = new Map(DEPARTMENTS.map((department, index) => [department.iso, index]));

/** The position of a department in DEPARTMENTS (the region numbers of the model), or −1 for an unknown code. */
export function departmentNumber(iso: string): number {
  return numberOfIso.get(iso) ?? -1;
}

/**
 * Each incident's region number (its department's position in DEPARTMENTS), found by point-in-polygon on the
 * boundaries the map draws. The geometry wins over the declared `department` (the data checker fails on any
 * disagreement); the declared one is used only where no polygon holds the point (a lake shore the simplified
 * boundaries cut off) or when `index` is null (the boundaries could not be loaded). −1 when neither is known.
 * O(n · (log p + v)) for p polygon parts of v vertices; entry i is incident i.
 */
export function assignDepartments(incidents: readonly Incident[], index: DepartmentIndex | null): Int32Array {
  const regions = new Int32Array(incidents.length);
  for (let i = 0; i < incidents.length; i += 1) {
    const incident = incidents[i] as Incident;
    const located = index?.locate(incident.lng, incident.lat) ?? null;
    regions[i] = departmentNumber(located ?? incident.department);
  }
  return regions;
}

/**
 * The region numbers of incidents placeIncidents has already placed: each one's `department` is then where its
 * point lies, or the declared one where no polygon holds the point, which is what assignDepartments would find
 * again with a second point-in-polygon per incident. O(n).
 */
export function regionsOfPlaced(placed: readonly Incident[]): Int32Array {
  return Int32Array.from(placed, (incident) => departmentNumber(incident.department));
}
