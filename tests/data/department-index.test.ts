import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDepartmentIndex } from '../../src/data/department-index.ts';

const read = (path: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8'));
// The data checker uses the full file; the app assigns regions with the simplified one it draws.
const files = {
  full: 'data/boundaries/peru-departments.geojson',
  simplified: 'public/basemap/peru-departments.simplified.geojson',
};

describe.each(Object.entries(files))('createDepartmentIndex on the %s boundaries', (_, path) => {
  const index = createDepartmentIndex(read(path));
  // Places from the boundary README, several close to a department border or the coast.
  const places: [string, number, number, string][] = [
    ['Juliaca', -70.13, -15.5, 'PE-PUN'],
    ['Huamanga', -74.22, -13.16, 'PE-AYA'],
    ['Andahuaylas', -73.38, -13.66, 'PE-APU'],
    ['Lima centre', -77.03, -12.05, 'PE-LIM'],
    ['Callao', -77.13, -12.06, 'PE-CAL'],
    ['Cusco', -71.97, -13.53, 'PE-CUS'],
    ['Ica', -75.73, -14.07, 'PE-ICA'],
    ['Chala', -74.25, -15.86, 'PE-ARE'],
    ['Macusani', -70.43, -14.07, 'PE-PUN'],
    ['Pichanaki', -74.87, -10.93, 'PE-JUN'],
    ['Virú', -78.75, -8.41, 'PE-LAL'],
  ];
  for (const [name, lng, lat, iso] of places) {
    it(`places ${name} in ${iso}`, () => {
      expect(index.locate(lng, lat)).toBe(iso);
    });
  }

  it('places no department in the sea off Callao or abroad', () => {
    expect(index.locate(-77.165, -12.072)).toBeNull();
    expect(index.locate(-80, -15)).toBeNull();
    expect(index.locate(-65, -16.5)).toBeNull();
  });
});

describe('createDepartmentIndex on an empty collection', () => {
  it('places nothing', () => {
    expect(createDepartmentIndex({ type: 'FeatureCollection', features: [] }).locate(-70, -15)).toBeNull();
  });
});
