import { formatIsoDay, parseIsoDay } from '../src/data/days.ts';
import type { DepartmentIndex } from '../src/data/department-index.ts';
import type { IncidentProperties } from '../src/data/schema.ts';
import { CONTEXTS, PERIOD, PERPETRATORS, VIOLATIONS, type Violation } from '../src/data/vocabulary.ts';

/**
 * Seeded synthetic incidents in the published schema, for benchmarks and load tests only: points clustered
 * around real town centres, dates in waves across the period. They describe no real event (ids start with
 * `synthetic-`, summaries say so).
 */

/** Town centres `[lng, lat]` with their departments (approximate; the generator checks points when asked). */
const TOWNS: [string, number, number, string, number][] = [
  ['Juliaca', -70.13, -15.5, 'PE-PUN', 8],
  ['Puno', -70.02, -15.84, 'PE-PUN', 5],
  ['Ilave', -69.64, -16.09, 'PE-PUN', 3],
  ['Azángaro', -70.19, -14.91, 'PE-PUN', 2],
  ['Macusani', -70.43, -14.07, 'PE-PUN', 2],
  ['Huamanga', -74.22, -13.16, 'PE-AYA', 6],
  ['Huanta', -74.25, -12.94, 'PE-AYA', 2],
  ['Andahuaylas', -73.38, -13.66, 'PE-APU', 5],
  ['Abancay', -72.88, -13.63, 'PE-APU', 2],
  ['Cusco', -71.97, -13.53, 'PE-CUS', 5],
  ['Sicuani', -71.23, -14.27, 'PE-CUS', 2],
  ['Arequipa', -71.54, -16.4, 'PE-ARE', 5],
  ['Lima', -77.03, -12.05, 'PE-LIM', 10],
  ['Ica', -75.73, -14.07, 'PE-ICA', 3],
  ['Pichanaki', -74.87, -10.93, 'PE-JUN', 2],
  ['Huancayo', -75.21, -12.07, 'PE-JUN', 3],
  ['Trujillo', -79.03, -8.11, 'PE-LAL', 3],
  ['Cajamarca', -78.52, -7.16, 'PE-CAJ', 2],
  ['Tacna', -70.25, -18.01, 'PE-TAC', 2],
  ['Moquegua', -70.93, -17.19, 'PE-MOQ', 2],
  ['Huancavelica', -74.97, -12.79, 'PE-HUV', 1],
  ['Huánuco', -76.24, -9.93, 'PE-HUC', 1],
  ['Piura', -80.63, -5.19, 'PE-PIU', 2],
  ['Chiclayo', -79.84, -6.77, 'PE-LAM', 2],
  ['Pucallpa', -74.55, -8.38, 'PE-UCA', 1],
  ['Puerto Maldonado', -69.19, -12.59, 'PE-MDD', 1],
  ['Huaraz', -77.53, -9.53, 'PE-ANC', 1],
  ['Tarapoto', -76.36, -6.49, 'PE-SAM', 1],
];
const WAVES = [
  '2022-12-12',
  '2022-12-15',
  '2023-01-09',
  '2023-01-19',
  '2023-01-28',
  '2023-02-09',
  '2023-03-05',
];

/** mulberry32 */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface SyntheticIncident {
  lng: number;
  lat: number;
  properties: IncidentProperties;
}

/**
 * Generates `count` incidents from `seed`. With `departments`, each point is checked against the INEI
 * boundaries (and resampled until it falls on land in Peru, its department set from the boundaries), so the
 * file passes `npm run data:check`; without, the town's department is used (fast, for in-memory benchmarks).
 */
export function generateSynthetic(
  count: number,
  seed: number,
  departments?: DepartmentIndex,
): SyntheticIncident[] {
  const random = seeded(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const totalWeight = TOWNS.reduce((sum, town) => sum + town[4], 0);
  const first = parseIsoDay(PERIOD.first) as number;
  const last = parseIsoDay(PERIOD.last) as number;
  const waves = WAVES.map((day) => parseIsoDay(day) as number);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const incidents: SyntheticIncident[] = [];
  for (let n = 0; n < count; n += 1) {
    let pickWeight = random() * totalWeight;
    const town = TOWNS.find((entry) => (pickWeight -= entry[4]) < 0) ?? (TOWNS[0] as (typeof TOWNS)[number]);
    let lng = 0;
    let lat = 0;
    let department: string | null = town[3];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const spread = random() < 0.8 ? 0.04 : 0.25;
      lng = Math.round((town[1] + gaussian() * spread) * 1e5) / 1e5;
      lat = Math.round((town[2] + gaussian() * spread) * 1e5) / 1e5;
      department = departments ? departments.locate(lng, lat) : town[3];
      if (department) break;
    }
    if (!department) {
      [lng, lat, department] = [town[1], town[2], town[3]];
    }
    const day =
      random() < 0.7
        ? Math.round(pick(waves) + gaussian() * 4)
        : first + Math.floor(random() * (last - first + 1));
    const start = Math.min(last, Math.max(first, day));
    const end = random() < 0.05 ? Math.min(last, start + 1 + Math.floor(random() * 5)) : start;
    const killed = random() < 0.08 ? 1 + Math.floor(random() * 3) : 0;
    const injured = random() < 0.6 ? Math.floor(-Math.log(1 - random()) * 6) : 0;
    const violations = new Set<Violation>([pick(VIOLATIONS.slice(3))]);
    if (killed > 0) violations.add('life');
    if (injured > 0) violations.add('physical_integrity');
    const id = `synthetic-${String(n + 1).padStart(7, '0')}`;
    incidents.push({
      lng,
      lat,
      properties: {
        id,
        date: formatIsoDay(start),
        ...(end > start ? { end_date: formatIsoDay(end) } : {}),
        place: `${town[0]} (synthetic)`,
        department,
        precision: 'exact',
        killed,
        injured,
        context: pick(CONTEXTS),
        violations: [...violations],
        perpetrator: pick(PERPETRATORS),
        summary_es: 'Incidente sintético para pruebas de rendimiento; no describe un hecho real.',
        summary_en: 'Synthetic incident for performance tests; it describes no real event.',
        sources: [
          {
            title: 'Synthetic data',
            publisher: 'peru-protest-map',
            url: 'https://example.org/synthetic',
            date: formatIsoDay(start),
          },
        ],
      },
    });
  }
  return incidents;
}

/** Writes incidents as a GeoJSON FeatureCollection, one feature per line, through `write`. */
export function writeSyntheticGeoJson(incidents: SyntheticIncident[], write: (chunk: string) => void): void {
  write('{"type":"FeatureCollection","metadata":');
  write(
    JSON.stringify({
      title: 'Synthetic incidents (benchmarks only)',
      description: 'Generated by npm run data:synth; describes no real event.',
      license: 'CC0-1.0',
      updated: PERIOD.last,
      sources: [
        {
          title: 'Synthetic data',
          publisher: 'peru-protest-map',
          url: 'https://example.org/synthetic',
          date: PERIOD.last,
        },
      ],
    }),
  );
  write(',"features":[\n');
  incidents.forEach((incident, i) => {
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [incident.lng, incident.lat] },
      properties: incident.properties,
    };
    write(`${i > 0 ? ',\n' : ''}${JSON.stringify(feature)}`);
  });
  write('\n]}\n');
}
