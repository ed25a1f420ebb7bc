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
 * Incidents as placement reads them, entry i for incident i, wherever they are kept: incident objects
 * (placeIncidents) or a pack's columns (data/pack/place-pack.ts), so both are placed by one loop (placeRows).
 */
export interface PlaceableRows {
  readonly length: number;
  lng(i: number): number;
  lat(i: number): number;
  /** The declared department (ISO 3166-2). */
  department(i: number): string;
  /** Read only for a warning. */
  id(i: number): string;
}

/**
 * Places each row by its point: `move(i, department)` for each row whose point lies in another department than
 * declared, and a warning per disagreement or point off Peru's land (from checkPlacement), in row order; a point
 * in no department keeps its declared one. O(n · log p).
 */
export function placeRows(
  rows: PlaceableRows,
  index: DepartmentIndex,
  move: (i: number, department: string) => void,
): Problem[] {
  const problems: Problem[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const lng = rows.lng(i);
    const lat = rows.lat(i);
    const located = index.locate(lng, lat);
    const department = rows.department(i);
    const problem =
      located === department ? null : checkPlacement({ id: rows.id(i), lng, lat, department }, located);
    if (!problem) continue;
    problems.push(problem);
    if (located !== null) move(i, located);
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
  const placed = [...incidents];
  const at = (i: number) => incidents[i] as Incident;
  const rows: PlaceableRows = {
    length: incidents.length,
    lng: (i) => at(i).lng,
    lat: (i) => at(i).lat,
    department: (i) => at(i).department,
    id: (i) => at(i).id,
  };
  const problems = placeRows(rows, index, (i, department) => {
    placed[i] = { ...at(i), department };
  });
  return { incidents: placed, problems };
}
