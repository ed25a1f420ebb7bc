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

describe.each(Object.entries(files))(
  'createDepartmentIndex past GRID_AFTER look-ups, %s boundaries',
  (_, path) => {
    const departments = read(path);
    const exact = createDepartmentIndex(departments, { gridAfter: Number.POSITIVE_INFINITY });
    const gridded = createDepartmentIndex(departments, { gridAfter: 0 });
    const answers = (points: [number, number][]) => ({
      exact: points.map(([lng, lat]) => exact.locate(lng, lat)),
      gridded: points.map(([lng, lat]) => gridded.locate(lng, lat)),
    });

    it('answers as the exact test for random points over Peru and around it, asked twice', () => {
      let seed = 7;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      const points: [number, number][] = Array.from({ length: 60_000 }, () => [
        -82 + random() * 14,
        -19 + random() * 19.5,
      ]);
      // Twice: the second time most cells answer from what the first time kept.
      const { exact: first, gridded: firstGridded } = answers(points);
      const { gridded: secondGridded } = answers(points);
      expect(firstGridded).toEqual(first);
      expect(secondGridded).toEqual(first);
      expect(new Set(first).size).toBeGreaterThan(20);
    });

    it('answers as the exact test on and beside every border: vertices, edge midpoints, a hair off them', () => {
      const points: [number, number][] = [];
      for (const feature of departments.features) {
        const polygons =
          feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
        for (const polygon of polygons) {
          for (const ring of polygon as number[][][]) {
            ring.forEach(([lng = 0, lat = 0], i) => {
              const [nextLng = 0, nextLat = 0] = ring[(i + 1) % ring.length] ?? [];
              const [midLng, midLat] = [(lng + nextLng) / 2, (lat + nextLat) / 2];
              points.push([lng, lat], [midLng, midLat], [midLng + 1e-9, midLat], [midLng, midLat - 1e-9]);
            });
          }
        }
      }
      const { exact: onBorders, gridded } = answers(points);
      expect(gridded).toEqual(onBorders);
    });

    it('gives no department for a point that is not a number', () => {
      expect(gridded.locate(Number.NaN, -12)).toBeNull();
      expect(gridded.locate(-77, Number.NaN)).toBeNull();
    });
  },
);
