import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeIncidents } from '../../../src/data/check-geography.ts';
import { createDepartmentIndex } from '../../../src/data/department-index.ts';
import { DEPARTMENTS } from '../../../src/data/departments.ts';
import {
  assignDepartments,
  departmentNumber,
  regionsOfPlaced,
} from '../../../src/model/regions/assign-departments.ts';
import { makeIncident } from '../../factories.ts';
import { seededRandom } from '../../random.ts';

// The boundaries the app itself loads and draws.
const simplified = createDepartmentIndex(
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '../../../public/basemap/peru-departments.simplified.geojson'),
      'utf8',
    ),
  ),
);
const iso = (regions: Int32Array) => Array.from(regions, (r) => DEPARTMENTS[r]?.iso ?? null);

describe('assignDepartments(incidents, index)', () => {
  // Towns close to a department border or the coast, declared in a wrong department on purpose: geometry wins.
  const towns: [string, number, number, string][] = [
    ['Juliaca', -70.13, -15.5, 'PE-PUN'],
    ['Andahuaylas', -73.38, -13.66, 'PE-APU'],
    ['Chala', -74.25, -15.86, 'PE-ARE'],
    ['Callao', -77.13, -12.06, 'PE-CAL'],
    ['Lima centre', -77.03, -12.05, 'PE-LIM'],
    ['Huamanga', -74.22, -13.16, 'PE-AYA'],
  ];
  for (const [name, lng, lat, expected] of towns) {
    it(`puts ${name} in ${expected} by its point, whatever department it declares`, () => {
      const incident = makeIncident({ lng, lat, department: 'PE-LOR' });
      expect(iso(assignDepartments([incident], simplified))).toEqual([expected]);
    });
  }

  it('tells Callao from Lima although they share a border a few kilometres apart', () => {
    const callao = makeIncident({ lng: -77.13, lat: -12.06 });
    const lima = makeIncident({ lng: -77.03, lat: -12.05 });
    expect(iso(assignDepartments([callao, lima], simplified))).toEqual(['PE-CAL', 'PE-LIM']);
  });

  it('falls back to the declared department where no polygon holds the point (at sea)', () => {
    const offshore = makeIncident({ lng: -77.165, lat: -12.072, department: 'PE-CAL' });
    expect(iso(assignDepartments([offshore], simplified))).toEqual(['PE-CAL']);
  });

  it('uses the declared departments when the boundaries could not be loaded', () => {
    const incidents = [makeIncident({ department: 'PE-AYA' }), makeIncident({ department: 'PE-PUN' })];
    expect(iso(assignDepartments(incidents, null))).toEqual(['PE-AYA', 'PE-PUN']);
  });

  it('gives −1 to an incident whose point is nowhere and whose code is unknown', () => {
    const lost = makeIncident({ lng: -60, lat: -40, department: 'PE-XXX' });
    expect(Array.from(assignDepartments([lost], simplified))).toEqual([-1]);
  });

  it('returns one entry per incident, in order, and nothing for no incidents', () => {
    expect(assignDepartments([], simplified)).toHaveLength(0);
    const incidents = towns.map(([, lng, lat]) => makeIncident({ lng, lat }));
    expect(iso(assignDepartments(incidents, simplified))).toEqual(towns.map(([, , , expected]) => expected));
  });
});

describe('departmentNumber(iso)', () => {
  it('is the position in DEPARTMENTS, or −1 for an unknown code', () => {
    expect(departmentNumber('PE-AMA')).toBe(0);
    expect(departmentNumber('PE-PUN')).toBe(DEPARTMENTS.findIndex((d) => d.iso === 'PE-PUN'));
    expect(departmentNumber('PE-UCA')).toBe(24);
    expect(departmentNumber('pe-pun')).toBe(-1);
  });
});

describe('regionsOfPlaced(placed)', () => {
  it('gives the regions assignDepartments finds by point, for incidents placed on the same boundaries', () => {
    const random = seededRandom(15);
    // Points over Peru and its sea, each declared in a random department (or an unknown code).
    const incidents = Array.from({ length: 400 }, (_, i) =>
      makeIncident({
        id: `p${i}`,
        lng: -81.5 + random() * 13,
        lat: -18.5 + random() * 18.5,
        department:
          random() < 0.05 ? 'PE-XXX' : (DEPARTMENTS[Math.floor(random() * DEPARTMENTS.length)]?.iso ?? ''),
      }),
    );
    const placed = placeIncidents(incidents, simplified);
    expect(placed.problems.some((p) => p.field === 'geometry')).toBe(true);
    expect(placed.problems.some((p) => p.field === 'department')).toBe(true);
    expect(iso(regionsOfPlaced(placed.incidents))).toEqual(iso(assignDepartments(incidents, simplified)));
  });
});
