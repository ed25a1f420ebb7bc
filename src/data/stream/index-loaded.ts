import { buildIncidentColumnsFrom, type IncidentColumns } from '../../model/incident-columns.ts';
import { factsOf, type IncidentFacts } from '../../model/incident-facts.ts';
import { buildModelDataFrom, type ModelData } from '../../model/incident-model.ts';
import { assignDepartments, regionsOfPlaced } from '../../model/regions/assign-departments.ts';
import { placeIncidents } from '../check-geography.ts';
import type { DepartmentIndex } from '../department-index.ts';
import type { Incident } from '../schema.ts';
import type { Problem } from '../validate.ts';

/** An incident whose point lies in another department than declared: it is counted where its point lies. */
export interface Move {
  /** The incident's position among the kept incidents. */
  index: number;
  department: string;
}

/** What the loading worker hands the page once every incident is read (see indexLoaded). */
export interface LoadedIndexes {
  /** Validation problems, then placement warnings (as placeIncidents gives them). */
  problems: Problem[];
  moves: Move[];
  /** Region numbers of the kept incidents, after the moves, as assignDepartments gives them. */
  regions: Int32Array;
  /** The indexes and columns of the placed incidents, built here so the page need not. */
  model: ModelData;
  columns: IncidentColumns;
}

/**
 * The loading worker's last step, apart from its messages so that it can be tested and benchmarked in Node:
 * places the kept incidents on the department boundaries (`index`, or by their declared department when null),
 * then builds the model's indexes and columns. `problems` are the validation problems, placement warnings are
 * added after them. O(n · log p + n log n).
 */
export function indexLoaded(
  kept: Incident[],
  index: DepartmentIndex | null,
  problems: readonly Problem[],
): LoadedIndexes {
  const placed = index ? placeIncidents(kept, index) : { incidents: kept, problems: [] };
  const moves: Move[] = [];
  placed.incidents.forEach((incident, i) => {
    if (incident !== kept[i]) moves.push({ index: i, department: incident.department });
  });
  const regions = index ? regionsOfPlaced(placed.incidents) : assignDepartments(placed.incidents, null);
  return {
    problems: [...problems, ...placed.problems],
    moves,
    regions,
    ...indexFacts(factsOf(placed.incidents), regions),
  };
}

/**
 * The model's indexes and filter columns of placed incidents read into typed arrays (`facts`, see
 * IncidentFacts), with their region numbers: indexLoaded's last step, and indexPack's from a pack's columns.
 * O(n log n).
 */
export function indexFacts(
  facts: IncidentFacts,
  regions: Int32Array,
): Pick<LoadedIndexes, 'model' | 'columns'> {
  const model = buildModelDataFrom(facts, regions);
  return { model, columns: buildIncidentColumnsFrom(facts, regions, model.clusters.leaf.order) };
}
