import { assignDepartments } from '../model/regions/assign-departments.ts';
import { placeIncidents as placeByPoint } from './check-geography.ts';
import { createDepartmentIndex, type DepartmentCollection, departmentBoxes } from './department-index.ts';
import type { Incident } from './schema.ts';
import type { Problem } from './validate.ts';

/** Where the incidents lie: each one's region number, and each department's box to fit the map to. */
export interface PlacedRegions {
  /** The incidents, each in the department its point lies in (see check-geography's placeIncidents). */
  incidents: Incident[];
  /** A warning per point in another department than declared, or off Peru's land. */
  problems: Problem[];
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
  if (!departments)
    return {
      incidents: [...incidents],
      problems: [],
      regions: assignDepartments(incidents, null),
      boxes: null,
    };
  const index = createDepartmentIndex(departments);
  const placed = placeByPoint(incidents, index);
  return {
    ...placed,
    regions: assignDepartments(placed.incidents, index),
    boxes: departmentBoxes(departments),
  };
}
