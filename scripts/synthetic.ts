import { formatIsoDay, parseIsoDay } from '../src/data/days.ts';
import type { DepartmentIndex } from '../src/data/department-index.ts';
import type { Incident, IncidentProperties, Person, Source } from '../src/data/schema.ts';
import {
  type Context,
  PERIOD,
  type Perpetrator,
  type Precision,
  type Violation,
} from '../src/data/vocabulary.ts';
import { TOWNS } from './synthetic-towns.ts';

/**
 * Seeded synthetic incidents in the published schema, for benchmarks and load tests only. They describe no
 * real event: ids start with `synthetic-`, places end in "(synthetic)", summaries say so, and the only source
 * is https://example.org/synthetic. Points cluster around real town centres, weighted towards the places
 * where most protests and deaths were reported; dates come in waves (mid-December, 9 January, late January).
 */

/** Country-wide waves: centre day, spread in days (σ) and weight. */
const WAVES: readonly [string, number, number][] = [
  ['2022-12-12', 3, 4],
  ['2022-12-15', 2, 3],
  ['2023-01-09', 2, 4],
  ['2023-01-19', 2, 3],
  ['2023-01-27', 3, 3],
  ['2023-02-10', 5, 1],
  ['2023-03-05', 6, 1],
];

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Options of generateSyntheticIncidents. */
export interface SyntheticOptions {
  count: number;
  seed: number;
  /**
   * The department holding a point, or null (see data/department-index.ts). Each point is drawn again
   * (up to 100 times, then the town centre) until it lies in its town's department. Without it points are
   * not checked: faster, but some near coasts, lakes and borders fall outside their department.
   */
  locate?: (lng: number, lat: number) => string | null;
}

/**
 * Generates `count` synthetic incidents from `seed`, the same ones for the same arguments. Strings and
 * arrays shared between incidents (dates, places, sources, violation lists) are shared objects, so a million
 * incidents fit in a few hundred MB. O(count), about 10 µs per incident with `locate`.
 */
export function generateSyntheticIncidents({ count, seed, locate }: SyntheticOptions): Incident[] {
  const random = mulberry32(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pickWeighted = <T>(items: readonly T[], weightOf: (item: T) => number): T => {
    let left = random() * items.reduce((sum, item) => sum + weightOf(item), 0);
    for (const item of items) {
      left -= weightOf(item);
      if (left < 0) return item;
    }
    return items[items.length - 1] as T;
  };
  const first = parseIsoDay(PERIOD.first) as number;
  const last = parseIsoDay(PERIOD.last) as number;
  const shared = createSharedValues();
  const incidents: Incident[] = [];
  for (let n = 0; n < count; n += 1) {
    const where = pickWeighted(TOWNS, (t) => t.weight);
    const isDowntown = random() < 0.8;
    const spread = isDowntown ? 0.03 : 0.15;
    let [lng, lat] = [where.lng, where.lat];
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const candidate = [
        round5(where.lng + gaussian() * spread),
        round5(where.lat + gaussian() * spread),
      ] as const;
      if (!locate || locate(candidate[0], candidate[1]) === where.department) {
        [lng, lat] = candidate;
        break;
      }
    }
    const roll = random();
    const centre =
      where.peak && roll < 0.3
        ? (parseIsoDay(where.peak) as number)
        : roll < 0.8
          ? (parseIsoDay(pickWeighted(WAVES, (wave) => wave[2])[0]) as number)
          : first + Math.floor(random() * (last - first + 1));
    const start = Math.min(last, Math.max(first, Math.round(centre + (roll < 0.8 ? gaussian() * 2.5 : 0))));
    const end = random() < 0.05 ? Math.min(last, start + 1 + Math.floor(random() * 7)) : start;
    const killed = random() < 0.03 ? (random() < 0.8 ? 1 : 2 + Math.floor(random() * 3)) : 0;
    const injured = random() < 0.45 ? 1 + Math.floor(-Math.log(1 - random()) * 5) : 0;
    // One literal with every key, optional ones set to undefined (left out by JSON.stringify), so all
    // incidents share one hidden class: spreads of conditional keys made reading them ten times slower.
    incidents.push({
      id: `synthetic-${String(n + 1).padStart(6, '0')}`,
      date: shared.isoDay(start),
      end_date: end > start ? shared.isoDay(end) : undefined,
      place: shared.place(where.name),
      department: where.department,
      precision: (isDowntown ? (random() < 0.5 ? 'exact' : 'town') : 'district') as Precision,
      killed,
      injured,
      killed_by_role: killed > 0 ? { civilian: killed, police: 0, military: 0 } : undefined,
      // One unnamed record per death, as data:check requires of a dataset (no random draw, so the rest of
      // the generated file stays the same for a seed).
      people: killed > 0 ? syntheticPeople(killed, shared.sources(start)) : undefined,
      context: pickWeighted(CONTEXT_WEIGHTS, (entry) => entry[1])[0],
      violations: shared.violations(
        killed > 0,
        injured > 0,
        OTHER_VIOLATIONS[Math.floor(random() * 5)] as Violation,
      ),
      perpetrator: pickWeighted(PERPETRATOR_WEIGHTS, (entry) => entry[1])[0],
      summary_es: 'Incidente sintético para pruebas de carga; no describe ningún hecho real.',
      summary_en: 'Synthetic incident for load tests; it describes no real event.',
      sources: shared.sources(start),
      lng,
      lat,
    });
  }
  return incidents;
}

function syntheticPeople(killed: number, sources: Source[]): Person[] {
  return Array.from({ length: killed }, () => ({ role: 'civilian', cause: 'unknown', sources }));
}

const CONTEXT_WEIGHTS: readonly [Context, number][] = [
  ['clash', 6],
  ['blockade', 3],
  ['other', 1],
];
const PERPETRATOR_WEIGHTS: readonly [Perpetrator, number][] = [
  ['police', 12],
  ['army', 2],
  ['police_and_army', 2],
  ['protesters', 1],
  ['unknown', 3],
];
const OTHER_VIOLATIONS: readonly Violation[] = ['liberty', 'expression', 'assembly', 'property', 'transit'];

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** Memoised values shared by many incidents: ISO days, place names, violation lists, source lists. */
function createSharedValues() {
  const memo = <T>(make: (key: string) => T) => {
    const cache = new Map<string, T>();
    return (key: string): T => {
      let value = cache.get(key);
      if (value === undefined) {
        value = make(key);
        cache.set(key, value);
      }
      return value;
    };
  };
  const isoDays = memo((key) => formatIsoDay(Number(key)));
  const places = memo((name) => `${name} (synthetic)`);
  const violationLists = memo((key) => key.split(',') as Violation[]);
  const sourceLists = memo((key): Source[] => [
    {
      title: 'Synthetic data (no real event)',
      publisher: 'peru-protest-map',
      url: 'https://example.org/synthetic',
      date: key,
    },
  ]);
  return {
    isoDay: (day: number) => isoDays(String(day)),
    place: places,
    violations: (isLethal: boolean, isHurt: boolean, other: Violation) =>
      violationLists(
        [...(isLethal ? ['life'] : []), ...(isHurt ? ['physical_integrity'] : []), other].join(','),
      ),
    sources: (day: number) => sourceLists(isoDays(String(day))),
  };
}

/** Writes incidents as a GeoJSON FeatureCollection with metadata, a chunk per 1,000 features. O(n). */
export function writeFeatureCollection(incidents: readonly Incident[], write: (chunk: string) => void): void {
  const metadata = {
    title: 'Synthetic incidents (load tests only)',
    description: 'Generated by npm run data:synth. Every incident is synthetic and describes no real event.',
    license: 'CC0-1.0',
    updated: PERIOD.last,
    sources: [
      {
        title: 'Synthetic data (no real event)',
        publisher: 'peru-protest-map',
        url: 'https://example.org/synthetic',
        date: PERIOD.last,
      },
    ],
  };
  write(`{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n`);
  for (let from = 0; from < incidents.length; from += 1000) {
    const lines = incidents
      .slice(from, from + 1000)
      .map(({ lng, lat, ...properties }) =>
        JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties }),
      );
    write(`${from > 0 ? ',\n' : ''}${lines.join(',\n')}`);
  }
  write('\n]}\n');
}

/** A synthetic incident as its point and its published properties. */
export interface SyntheticIncident {
  lng: number;
  lat: number;
  properties: IncidentProperties;
}

/**
 * generateSyntheticIncidents in the `{ lng, lat, properties }` shape (used by e2e/global-setup.ts), points
 * checked against `departments` when given. Same incidents for the same count and seed. O(count).
 */
export function generateSynthetic(
  count: number,
  seed: number,
  departments?: DepartmentIndex,
): SyntheticIncident[] {
  const locate = departments ? (lng: number, lat: number) => departments.locate(lng, lat) : undefined;
  return generateSyntheticIncidents(locate ? { count, seed, locate } : { count, seed }).map(
    ({ lng, lat, ...properties }) => ({ lng, lat, properties }),
  );
}

/** writeFeatureCollection for incidents in the `{ lng, lat, properties }` shape. O(n). */
export function writeSyntheticGeoJson(
  incidents: readonly SyntheticIncident[],
  write: (chunk: string) => void,
): void {
  writeFeatureCollection(
    incidents.map(({ lng, lat, properties }) => ({ ...properties, lng, lat })),
    write,
  );
}
