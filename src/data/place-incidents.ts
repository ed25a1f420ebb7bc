import { assignDepartments } from '../model/regions/assign-departments.ts';
import { createDepartmentIndex, type DepartmentCollection, departmentBoxes } from './department-index.ts';
import type { Incident } from './schema.ts';

/** Where the incidents lie: each one's region number, and each department's box to fit the map to. */
export interface PlacedRegions {
  /** Entry i is incident i's region number (see assignDepartments). */
  regions: Int32Array;
  /** `[west, south, east, north]` by ISO 3166-2 code, or null without boundaries. */
  boxes: Map<string, [number, number, number, number]> | null;
}

/**
 * Assigns the incidents to departments by point-in-polygon on the boundaries (or by their declared department
 * when `departments` is null) and measures each department's box, once per load. Loaded with validation, in
 * its own chunk: Turf and Flatbush are not needed for the first view. O(n · (log p + v) + V).
 */
export function placeIncidents(
  incidents: readonly Incident[],
  departments: DepartmentCollection | null,
): PlacedRegions {
  return {
    regions: assignDepartments(incidents, departments ? createDepartmentIndex(departments) : null),
    boxes: departments ? departmentBoxes(departments) : null,
  };
}
