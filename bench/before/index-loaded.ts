/** indexLoaded as it was before issue 15's worker speed-up, kept to time against in the same run. */
import { placeIncidents } from '../../src/data/check-geography.ts';
import type { DepartmentIndex } from '../../src/data/department-index.ts';
import type { Incident } from '../../src/data/schema.ts';
import type { LoadedIndexes, Move } from '../../src/data/stream/index-loaded.ts';
import type { Problem } from '../../src/data/validate.ts';
import { buildModelData } from '../../src/model/incident-model.ts';
import { assignDepartments, regionsOfPlaced } from '../../src/model/regions/assign-departments.ts';
import { buildIncidentColumns } from './incident-columns.ts';

export function indexLoadedBefore(
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
  const model = buildModelData({ incidents: placed.incidents, regions });
  const columns = buildIncidentColumns({ incidents: placed.incidents, regions }, model.clusters.leaf.order);
  return { problems: [...problems, ...placed.problems], moves, regions, model, columns };
}
