import type { DepartmentIndex } from './department-index.ts';
import type { Incident } from './schema.ts';
import type { Problem } from './validate.ts';

/**
 * Checks that each incident's point lies inside its declared department (INEI boundaries).
 * Returns one problem per incident whose point is in another department or in none. O(n · d).
 */
export function checkGeography(incidents: readonly Incident[], index: DepartmentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const incident of incidents) {
    const found = index.locate(incident.lng, incident.lat);
    if (found === null) {
      problems.push({
        id: incident.id,
        field: 'geometry',
        message: `point [${incident.lng}, ${incident.lat}] lies in no department of Peru (sea, lake or abroad)`,
      });
    } else if (found !== incident.department) {
      problems.push({
        id: incident.id,
        field: 'department',
        message: `${incident.department} but point lies in ${found}`,
      });
    }
  }
  return problems;
}
