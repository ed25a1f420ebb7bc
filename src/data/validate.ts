import { z } from 'zod';
import { checkPeople } from './check-people.ts';
import { parseIsoDay } from './days.ts';
import { findDepartment, PERU_BBOX } from './departments.ts';
import type { Problem } from './problems/problem.ts';
import { type Incident, type IncidentProperties, incidentPropertiesSchema, sourceSchema } from './schema.ts';
import { PERIOD, ROLES } from './vocabulary.ts';

export { countLeftOut, formatProblem, type Problem } from './problems/problem.ts';

/** The collection's `metadata` foreign member. */
export const metadataSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  license: z.string().min(1),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sources: z.array(sourceSchema).min(1),
});
export type DatasetMetadata = z.infer<typeof metadataSchema>;

export type ValidationResult =
  | { ok: true; incidents: Incident[]; problems: Problem[]; metadata: DatasetMetadata | null }
  | { ok: false; error: string };

/** Options of validateCollection. */
export interface ValidateOptions {
  /** The inclusive period incidents must fall in (default PERIOD). */
  period?: { first: string; last: string };
  /**
   * True for the real dataset (`npm run data:check`): an incident with `killed > 0` must list its people.
   * False by default, for files users load in the app: `people` is optional there and only its fields are
   * checked, so a list that disagrees with `killed` never hides an incident.
   */
  requirePeople?: boolean;
}

/**
 * Validates a parsed GeoJSON document as an incident collection.
 *
 * Never throws on bad features: each bad feature is left out of `incidents` and explained in `problems`
 * (one entry per field at fault). Only a document that is not a FeatureCollection at all gives `ok: false`.
 * A duplicate id keeps the first feature and reports the later ones. With `requirePeople`, the people killed are
 * checked against the counts by checkPeople. Geography beyond Peru's bounding box
 * (the declared department against the boundaries) is checked by checkGeography, not here. O(n).
 */
export function validateCollection(raw: unknown, options: ValidateOptions = {}): ValidationResult {
  if (!isObject(raw) || raw.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
    return { ok: false, error: NOT_A_COLLECTION };
  }
  const validator = createFeatureValidator(options);
  raw.features.forEach((feature: unknown, index: number) => {
    validator.add(feature, index);
  });
  return { ok: true, ...validator.finish(raw.metadata) };
}

/** Why validateCollection gives `ok: false`. */
export const NOT_A_COLLECTION = 'The file is not a GeoJSON FeatureCollection with a "features" list.';

/** Checks features one at a time (see createFeatureValidator). */
export interface FeatureValidator {
  /** Checks the feature at 0-based `index`; returns its incident, or null when it is left out. O(1) amortised. */
  add(feature: unknown, index: number): Incident | null;
  /** The kept incidents and every problem, after checking the collection's `metadata` member. */
  finish(metadata: unknown): { incidents: Incident[]; problems: Problem[]; metadata: DatasetMetadata | null };
}

/**
 * validateCollection one feature at a time, for a file read in pieces (the loading worker): the same
 * incidents and the same problems in the same order, given the features in file order.
 */
export function createFeatureValidator(options: ValidateOptions = {}): FeatureValidator {
  const period = options.period ?? PERIOD;
  const firstDay = parseIsoDay(period.first) ?? Number.NEGATIVE_INFINITY;
  const lastDay = parseIsoDay(period.last) ?? Number.POSITIVE_INFINITY;
  const requirePeople = options.requirePeople ?? false;
  const incidents: Incident[] = [];
  const problems: Problem[] = [];
  const seenIds = new Map<string, number>();
  return {
    add(feature, index) {
      const label = featureLabel(feature, index);
      const bounded = checkRecordBounds(feature, label);
      const found =
        bounded.length > 0
          ? { incident: null, problems: bounded }
          : checkFeature(feature, label, firstDay, lastDay, period, requirePeople);
      if (found.problems.length > 0 || !found.incident) {
        for (const problem of found.problems) problems.push({ ...problem, feature: index + 1 });
        return null;
      }
      const duplicate = checkDuplicate(found.incident.id, index, seenIds);
      if (duplicate) {
        problems.push(duplicate);
        return null;
      }
      incidents.push(found.incident);
      return found.incident;
    },
    finish(rawMetadata) {
      const metadata = checkMetadata(rawMetadata);
      problems.push(...metadata.problems);
      return { incidents, problems, metadata: metadata.value };
    },
  };
}

/** The most people killed or injured one incident may declare; above it the feature is a named problem. */
export const MAX_PEOPLE_PER_INCIDENT = 10_000;
/** The most entries any list inside a feature may have (people, sources, violations, names, wounds). */
export const MAX_RECORDS = 500;
/** The longest text any field inside a feature may hold, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 10_000;

const COUNT_FIELDS = new Set(['killed', 'injured', 'civilian', 'police', 'military']);

/**
 * Checks that a raw feature stays inside the bounds (counts, list lengths, text lengths) before the schema
 * reads it, so one absurd value cannot make later code allocate or loop in proportion to it. Walks at most
 * four levels deep and stops at the first list over MAX_RECORDS. Returns one problem per value out of bounds.
 * O(size of the feature up to the bounds).
 */
export function checkRecordBounds(feature: unknown, label: string): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(feature)) return problems;
  const trail: (string | number)[] = [];
  walkBounds(feature.properties, '', 0, trail, (field, message) =>
    problems.push({ id: label, field, message }),
  );
  return problems;
}

/**
 * Walks `value` at `trail` (the names and list positions from the properties down), whose last name is `name`
 * ('' for a list position or the properties). The field's path is spelled out only for a problem: most
 * features have none, and building a path per value was a large part of a big file's load.
 */
function walkBounds(
  value: unknown,
  name: string,
  depth: number,
  trail: (string | number)[],
  add: (field: string, message: string) => void,
): void {
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_LENGTH)
      add(pathOf(trail), `is ${value.length} characters long; at most ${MAX_TEXT_LENGTH} are accepted`);
    return;
  }
  if (typeof value === 'number') {
    if (value > MAX_PEOPLE_PER_INCIDENT && COUNT_FIELDS.has(name.slice(name.lastIndexOf('.') + 1)))
      add(pathOf(trail), `is ${value}; at most ${MAX_PEOPLE_PER_INCIDENT} people per incident are accepted`);
    return;
  }
  if (depth >= 4 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    if (value.length > MAX_RECORDS) {
      add(pathOf(trail), `has ${value.length} entries; at most ${MAX_RECORDS} are accepted`);
      return;
    }
    for (let index = 0; index < value.length; index += 1) {
      if (!(index in value)) continue;
      trail.push(index);
      walkBounds(value[index], '', depth + 1, trail, add);
      trail.pop();
    }
    return;
  }
  let keys = 0;
  for (const key in value) {
    keys += 1;
    if (keys > MAX_RECORDS) {
      add(pathOf(trail) || '(properties)', `has more than ${MAX_RECORDS} fields`);
      return;
    }
    trail.push(key);
    walkBounds((value as Record<string, unknown>)[key], key, depth + 1, trail, add);
    trail.pop();
  }
}

/** A field's path as problems name it: names joined by dots, a list position as `.n` even at the start. */
function pathOf(trail: readonly (string | number)[]): string {
  let path = '';
  for (const part of trail) {
    if (typeof part === 'number') path = `${path}.${part}`;
    else path = path ? `${path}.${part}` : part;
  }
  return path;
}

/**
 * The problem of a feature whose id an earlier feature already uses (the earlier one is kept), or null for
 * a new id, which is then remembered in `seen` (id → 0-based feature index). Every later duplicate is one
 * problem, so three features with one id leave two out and say so. O(1).
 */
export function checkDuplicate(id: string, index: number, seen: Map<string, number>): Problem | null {
  const earlier = seen.get(id);
  if (earlier === undefined) {
    seen.set(id, index);
    return null;
  }
  return {
    id,
    field: 'id',
    message: `is used by another incident (feature #${earlier + 1})`,
    feature: index + 1,
  };
}

/**
 * Compares an incident's point with its declared department, given the department the point lies in
 * (`located`, from the boundaries, null for none). A point in no department is outside Peru's land (the sea,
 * a neighbouring country); a point in another department is counted there everywhere (its position wins).
 * Both are warnings: the incident stays on the map. Null when they agree. O(1).
 */
export function checkPlacement(
  incident: Pick<Incident, 'id' | 'lng' | 'lat' | 'department'>,
  located: string | null,
): Problem | null {
  if (located === null) {
    return {
      id: incident.id,
      field: 'geometry',
      message: `point [${incident.lng}, ${incident.lat}] lies in no department of Peru (sea, lake or abroad)`,
      isKept: true,
    };
  }
  if (located === incident.department) return null;
  return {
    id: incident.id,
    field: 'department',
    message: `${incident.department} but point lies in ${located}`,
    isKept: true,
  };
}

/**
 * Reads the collection's `metadata` member: absent gives null and no problem; present but wrong gives null
 * and one problem per field (id `metadata`, no feature number, so no incident is counted for it).
 */
export function checkMetadata(raw: unknown): { value: DatasetMetadata | null; problems: Problem[] } {
  if (raw === undefined) return { value: null, problems: [] };
  const parsed = metadataSchema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { value: null, problems: zodProblems('metadata', parsed.error, raw, 'metadata.') };
}

function checkFeature(
  feature: unknown,
  label: string,
  firstDay: number,
  lastDay: number,
  period: { first: string; last: string },
  requirePeople: boolean,
): { incident: Incident | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ id: label, field, message });
  if (!isObject(feature) || feature.type !== 'Feature') {
    add('type', 'must be a GeoJSON Feature');
    return { incident: null, problems };
  }
  const point = readPoint(feature.geometry);
  if (typeof point === 'string') add('geometry', point);

  const parsed = incidentPropertiesSchema.safeParse(feature.properties);
  if (!parsed.success) {
    problems.push(...zodProblems(label, parsed.error, feature.properties));
    return { incident: null, problems };
  }
  const properties = parsed.data;
  checkDates(properties, firstDay, lastDay, period, add);
  checkRoles(properties, add);
  checkPeople(properties, { requirePeople, lastDay: period.last }, add);
  if (!findDepartment(properties.department))
    add('department', `${properties.department} is not a department of Peru`);
  if (typeof point !== 'string') {
    const [west, south, east, north] = PERU_BBOX;
    const [lng, lat] = point;
    if (lng < west || lng > east || lat < south || lat > north) {
      add('geometry', `point [${lng}, ${lat}] lies outside Peru`);
    }
  }
  if (problems.length > 0 || typeof point === 'string') return { incident: null, problems };
  // The schema's output is a fresh object without lng or lat: completing it in place gives the same incident,
  // keys in the same order, as a spread into a copy, without a second object per feature.
  const incident = properties as Incident;
  incident.lng = point[0];
  incident.lat = point[1];
  return { incident, problems };
}

function checkDates(
  properties: IncidentProperties,
  firstDay: number,
  lastDay: number,
  period: { first: string; last: string },
  add: (field: string, message: string) => void,
): void {
  const day = parseIsoDay(properties.date);
  const range = `${period.first}…${period.last}`;
  if (day === null) add('date', `${properties.date} is not a calendar day`);
  else if (day < firstDay || day > lastDay) add('date', `${properties.date} is outside ${range}`);
  if (properties.end_date === undefined) return;
  const endDay = parseIsoDay(properties.end_date);
  if (endDay === null) add('end_date', `${properties.end_date} is not a calendar day`);
  else if (day !== null && endDay < day)
    add('end_date', `${properties.end_date} is before date ${properties.date}`);
  else if (endDay > lastDay) add('end_date', `${properties.end_date} is outside ${range}`);
}

function checkRoles(properties: IncidentProperties, add: (field: string, message: string) => void): void {
  const roles = properties.killed_by_role;
  if (!roles) return;
  const sum = ROLES.reduce((total, role) => total + (roles[role] ?? 0), 0);
  if (sum !== properties.killed) {
    add('killed_by_role', `adds up to ${sum} but killed is ${properties.killed}`);
  }
}

function readPoint(geometry: unknown): [number, number] | string {
  if (!isObject(geometry)) return 'is missing';
  if (geometry.type !== 'Point') return `must be a Point, found ${String(geometry.type)}`;
  const coordinates = geometry.coordinates;
  if (
    !Array.isArray(coordinates) ||
    coordinates.length < 2 ||
    !Number.isFinite(coordinates[0]) ||
    !Number.isFinite(coordinates[1])
  ) {
    return 'must have coordinates [lng, lat]';
  }
  return [coordinates[0] as number, coordinates[1] as number];
}

function featureLabel(feature: unknown, index: number): string {
  if (isObject(feature) && isObject(feature.properties)) {
    const id = feature.properties.id;
    if (typeof id === 'string' && id.trim() !== '') return id.length > 80 ? `${id.slice(0, 80)}…` : id;
  }
  return `feature #${index + 1}`;
}

/** A zod error as problems of feature `id`, a field path each (with `prefix`), `is missing` for an absent value. */
export function zodProblems(id: string, error: z.ZodError, input: unknown, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const field = prefix + (issue.path.length > 0 ? issue.path.join('.') : '(properties)');
    const isMissing = issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined;
    return { id, field: field.replace(/\.$/, ''), message: isMissing ? 'is missing' : issue.message };
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
