import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSyntheticIncidents } from '../../../scripts/synthetic.ts';
import { placeIncidents, placeRows } from '../../../src/data/check-geography.ts';
import { createDepartmentIndex, type DepartmentCollection } from '../../../src/data/department-index.ts';
import { appendIncidents, moveDepartment } from '../../../src/data/pack/incidents-from-columns.ts';
import { factsOfPack, regionsOfPack } from '../../../src/data/pack/pack-facts.ts';
import type { PackColumns } from '../../../src/data/pack/pack-format.ts';
import { packRows } from '../../../src/data/pack/place-pack.ts';
import { readPack } from '../../../src/data/pack/read-pack.ts';
import { encodePack, packRowOf } from '../../../src/data/pack/write-pack.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { factsOf } from '../../../src/model/incident-facts.ts';
import { regionsOfPlaced } from '../../../src/model/regions/assign-departments.ts';

const departments: DepartmentCollection = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../public/basemap/peru-departments.simplified.geojson'),
    'utf8',
  ),
);
const index = createDepartmentIndex(departments);

/** Random synthetic incidents (some multi-day), read back from their pack. */
function packOf(seed: number): PackColumns {
  const incidents = generateSyntheticIncidents({ count: 800, seed });
  const read = readPack(encodePack(incidents.map(packRowOf), null));
  if (!read.ok) throw new Error('the pack did not load');
  return read.columns;
}

function incidentsOf(columns: PackColumns): Incident[] {
  const incidents: Incident[] = [];
  appendIncidents(columns, 0, columns.length, incidents);
  return incidents;
}

describe('factsOfPack(columns)', () => {
  it('gives the facts factsOf reads from the incidents built from the same columns, for random files', () => {
    for (const seed of [1, 2, 3, 4]) {
      const columns = packOf(seed);
      const incidents = incidentsOf(columns);
      expect(incidents.some((incident) => incident.end_date !== undefined)).toBe(true);
      expect(factsOfPack(columns)).toEqual(factsOf(incidents));
    }
  });
});

describe('placeRows(packRows(columns), index, move)', () => {
  it('gives the warnings and moves placeIncidents gives for the incidents, in the same order, and the regions', () => {
    for (const seed of [5, 6, 7]) {
      const columns = packOf(seed);
      const unplaced = incidentsOf(columns);
      const placed = placeIncidents(unplaced, index);
      const moved: number[] = [];
      const warnings = placeRows(packRows(columns), index, (i, department) => {
        moveDepartment(columns, i, department);
        moved.push(i);
      });
      expect(placed.problems.length).toBeGreaterThan(0);
      expect(warnings).toEqual(placed.problems);
      expect(incidentsOf(columns)).toEqual(placed.incidents);
      expect(moved).toEqual(unplaced.flatMap((incident, i) => (placed.incidents[i] === incident ? [] : [i])));
      expect(regionsOfPack(columns)).toEqual(regionsOfPlaced(placed.incidents));
    }
  });
});
