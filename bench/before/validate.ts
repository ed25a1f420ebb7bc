/** createFeatureValidator as it was before issue 15's worker speed-up, kept to time against in the same run. */
import type { z } from 'zod';
import { checkPeople } from '../../src/data/check-people.ts';
import { parseIsoDay } from '../../src/data/days.ts';
import { findDepartment, PERU_BBOX } from '../../src/data/departments.ts';
import type { Problem } from '../../src/data/problems/problem.ts';
import { type Incident, type IncidentProperties, incidentPropertiesSchema } from '../../src/data/schema.ts';
import {
  checkDuplicate,
  checkMetadata,
  type FeatureValidator,
  MAX_PEOPLE_PER_INCIDENT,
  MAX_RECORDS,
  MAX_TEXT_LENGTH,
  type ValidateOptions,
} from '../../src/data/validate.ts';
import { PERIOD, ROLES } from '../../src/data/vocabulary.ts';

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
  walkBounds(feature.properties, '', 0, (field, message) => problems.push({ id: label, field, message }));
  return problems;
}

function walkBounds(
  value: unknown,
  path: string,
  depth: number,
  add: (field: string, message: string) => void,
): void {
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_LENGTH)
      add(path, `is ${value.length} characters long; at most ${MAX_TEXT_LENGTH} are accepted`);
    return;
  }
  if (typeof value === 'number') {
    if (COUNT_FIELDS.has(key) && value > MAX_PEOPLE_PER_INCIDENT)
      add(path, `is ${value}; at most ${MAX_PEOPLE_PER_INCIDENT} people per incident are accepted`);
    return;
  }
  if (depth >= 4 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    if (value.length > MAX_RECORDS) {
      add(path, `has ${value.length} entries; at most ${MAX_RECORDS} are accepted`);
      return;
    }
    value.forEach((item, index) => {
      walkBounds(item, `${path}.${index}`, depth + 1, add);
    });
    return;
  }
  let keys = 0;
  for (const name in value) {
    keys += 1;
    if (keys > MAX_RECORDS) {
      add(path || '(properties)', `has more than ${MAX_RECORDS} fields`);
      return;
    }
    const child = (value as Record<string, unknown>)[name];
    walkBounds(child, path ? `${path}.${name}` : name, depth + 1, add);
  }
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
    if (typeof id === 'string' && id.trim() !== '') return id.length > 80 ? `${id.slice(0, 80)}…` : id;
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
