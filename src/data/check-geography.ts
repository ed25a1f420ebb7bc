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

/**
 * Places the incidents by their points, as the map, the table and the filters do: an incident whose point
 * lies in another department than declared takes that department (so its details, the exports and every
 * count agree), and a point in no department keeps its declared one. Returns the incidents (copied only
 * where changed) and a warning per disagreement or point off Peru's land, from checkPlacement. O(n · log p).
 */
export function placeIncidents(
  incidents: readonly Incident[],
  index: DepartmentIndex,
): { incidents: Incident[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const placed = incidents.map((incident) => {
    const located = index.locate(incident.lng, incident.lat);
    const problem = checkPlacement(incident, located);
    if (!problem) return incident;
    problems.push(problem);
    return located === null ? incident : { ...incident, department: located };
  });
  return { incidents: placed, problems };
}
