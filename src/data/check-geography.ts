import type { DepartmentIndex } from './department-index.ts';
import type { Incident } from './schema.ts';
import { checkPlacement, type Problem } from './validate.ts';

/**
 * Checks that each incident's point lies inside its declared department (INEI boundaries), with
 * checkPlacement: one problem per incident whose point is in another department or in none. O(n · log p).
 */
export function checkGeography(incidents: readonly Incident[], index: DepartmentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const incident of incidents) {
    const problem = checkPlacement(incident, index.locate(incident.lng, incident.lat));
    if (problem) problems.push(problem);
  }
  return problems;
}
