import { z } from 'zod';
import { parseIsoDay } from './days.ts';
import { findDepartment, PERU_BBOX } from './departments.ts';
import { type Incident, type IncidentProperties, incidentPropertiesSchema, sourceSchema } from './schema.ts';
import { PERIOD, ROLES } from './vocabulary.ts';

/** One thing wrong with one feature, in words a data editor can act on. */
export interface Problem {
  /** The feature's `id`, or `feature #N` (1-based) when it has no usable id. */
  id: string;
  /** The field at fault, as a path such as `sources.0.url`. */
  field: string;
  message: string;
}

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

/** Options of validateCollection: the inclusive period incidents must fall in. */
export interface ValidateOptions {
  period?: { first: string; last: string };
}

/**
 * Validates a parsed GeoJSON document as an incident collection.
 *
 * Never throws on bad features: each bad feature is left out of `incidents` and explained in `problems`
 * (one entry per field at fault). Only a document that is not a FeatureCollection at all gives `ok: false`.
 * A duplicate id keeps the first feature and reports the later ones. Geography beyond Peru's bounding box
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
  const incidents: Incident[] = [];
  const problems: Problem[] = [];
  const seenIds = new Map<string, number>();

  return {
    add(feature, index) {
      const label = featureLabel(feature, index);
      const found = checkFeature(feature, label, firstDay, lastDay, period);
      if (found.problems.length > 0 || !found.incident) {
        problems.push(...found.problems);
        return null;
      }
      const earlier = seenIds.get(found.incident.id);
      if (earlier !== undefined) {
        problems.push({
          id: label,
          field: 'id',
          message: `is used by another incident (feature #${earlier + 1})`,
        });
        return null;
      }
      seenIds.set(found.incident.id, index);
      incidents.push(found.incident);
      return found.incident;
    },
    finish(rawMetadata) {
      let metadata: DatasetMetadata | null = null;
      if (rawMetadata !== undefined) {
        const parsed = metadataSchema.safeParse(rawMetadata);
        if (parsed.success) metadata = parsed.data;
        else problems.push(...zodProblems('metadata', parsed.error, rawMetadata, 'metadata.'));
      }
      return { incidents, problems, metadata };
    },
  };
}

function checkFeature(
  feature: unknown,
  label: string,
  firstDay: number,
  lastDay: number,
  period: { first: string; last: string },
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
  return { incident: { ...properties, lng: point[0], lat: point[1] }, problems };
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
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return `feature #${index + 1}`;
}

function zodProblems(id: string, error: z.ZodError, input: unknown, prefix = ''): Problem[] {
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

/** Formats a problem as one line: `id: field message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.id}: ${problem.field} ${problem.message}`;
}
