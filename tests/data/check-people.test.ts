import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IncidentProperties } from '../../src/data/schema.ts';
import { formatProblem, validateCollection } from '../../src/data/validate.ts';
import { makeCollection, makeFeature, makePerson } from '../factories.ts';

function linesOf(overrides: Partial<IncidentProperties>, requirePeople = true): string[] {
  const result = validateCollection(makeCollection([makeFeature({ id: 'x', ...overrides })]), {
    requirePeople,
  });
  if (!result.ok) throw new Error(result.error);
  return result.problems.map(formatProblem);
}

const twoCivilians = { killed: 2, killed_by_role: { civilian: 2, police: 0, military: 0 } };

describe('people killed, as data:check validates them', () => {
  it('accepts an incident whose people match its counts', () => {
    expect(linesOf({ ...twoCivilians, people: [makePerson(), makePerson({ name: 'A B' })] })).toEqual([]);
  });

  it('requires a list of people for an incident with deaths in the real dataset', () => {
    expect(linesOf(twoCivilians)).toEqual([
      'x: people is missing: killed is 2, so each person needs a record',
    ]);
  });

  it('does not require people for an incident with no deaths', () => {
    expect(linesOf({ killed: 0 })).toEqual([]);
  });

  it('lets a user file leave the people out or list fewer, but still checks their fields', () => {
    expect(linesOf(twoCivilians, false)).toEqual([]);
    expect(linesOf({ ...twoCivilians, people: [makePerson()] }, false)).toEqual([]);
    expect(linesOf({ ...twoCivilians, people: [makePerson({ age: 111 })] }, false)).toEqual([
      'x: people.0.age must be at most 110',
    ]);
  });

  it('reports fewer people than killed', () => {
    expect(linesOf({ ...twoCivilians, people: [makePerson()] })).toContain(
      'x: people lists 1 people but killed is 2',
    );
  });

  it('reports people listed for an incident with no deaths', () => {
    expect(linesOf({ killed: 0, people: [makePerson()] })).toEqual([
      'x: people lists 1 people but killed is 0',
    ]);
  });

  it('reports roles that do not add up to killed_by_role, role by role', () => {
    const people = [makePerson(), makePerson({ role: 'police' })];
    expect(linesOf({ ...twoCivilians, people })).toEqual([
      'x: people lists 1 civilian but killed_by_role.civilian is 2',
      'x: people lists 1 police but killed_by_role.police is 0',
    ]);
  });

  it('reports a person with no source', () => {
    expect(linesOf({ killed: 1, people: [makePerson({ sources: [] })] })).toEqual([
      'x: people.0.sources must cite at least one source',
    ]);
  });

  it('reports a person whose source is not https', () => {
    const source = { title: 't', publisher: 'p', url: 'http://example.org/a', date: '2023-01-10' };
    expect(linesOf({ killed: 1, people: [makePerson({ sources: [source] })] })).toEqual([
      'x: people.0.sources.0.url must be an https:// address of a public page',
    ]);
  });

  it('reports an age that is not a whole number', () => {
    expect(linesOf({ killed: 1, people: [makePerson({ age: 17.5 })] })).toEqual([
      'x: people.0.age must be a whole number',
    ]);
  });

  it('reports an age above 110 or below 0', () => {
    expect(linesOf({ killed: 1, people: [makePerson({ age: 111 })] })).toEqual([
      'x: people.0.age must be at most 110',
    ]);
    expect(linesOf({ killed: 1, people: [makePerson({ age: -1 })] })).toEqual([
      'x: people.0.age cannot be negative',
    ]);
  });

  it('reports minor disagreeing with age, on either side of 18', () => {
    expect(linesOf({ killed: 1, people: [makePerson({ age: 18, minor: true })] })).toEqual([
      'x: people.0.minor is true but age is 18',
    ]);
    expect(linesOf({ killed: 1, people: [makePerson({ age: 17, minor: false })] })).toEqual([
      'x: people.0.minor is false but age is 17',
    ]);
    expect(linesOf({ killed: 1, people: [makePerson({ age: 17, minor: true })] })).toEqual([]);
  });

  it('reports a death before the injury', () => {
    const person = makePerson({ injury_date: '2023-01-09', death_date: '2023-01-08' });
    expect(linesOf({ killed: 1, people: [person] })).toEqual([
      'x: people.0.death_date 2023-01-08 is before injury_date 2023-01-09',
    ]);
  });

  it('accepts a death weeks after the injury and after the period', () => {
    const person = makePerson({ injury_date: '2023-01-09', death_date: '2023-05-02' });
    expect(linesOf({ killed: 1, people: [person] })).toEqual([]);
  });

  it('reports an injury outside the incident days', () => {
    const person = makePerson({ injury_date: '2023-01-11' });
    expect(linesOf({ killed: 1, end_date: '2023-01-10', people: [person] })).toEqual([
      "x: people.0.injury_date 2023-01-11 is outside the incident's days 2023-01-09…2023-01-10",
    ]);
  });

  it('reports a death before the incident when no injury day is given', () => {
    expect(linesOf({ killed: 1, people: [makePerson({ death_date: '2023-01-01' })] })).toEqual([
      "x: people.0.death_date 2023-01-01 is before the incident's date 2023-01-09",
    ]);
  });

  it('reports a death more than a year after the period', () => {
    expect(linesOf({ killed: 1, people: [makePerson({ death_date: '2024-04-01' })] })).toEqual([
      'x: people.0.death_date 2024-04-01 is more than 365 days after the period',
    ]);
  });

  it('reports an unknown cause of death', () => {
    const person = { ...makePerson(), cause: 'gunshot' } as unknown as ReturnType<typeof makePerson>;
    expect(linesOf({ killed: 1, people: [person] })).toEqual([
      'x: people.0.cause must be one of firearm, pellets, tear_gas_canister, blunt_force, drowning, blocked_medical_care, road_accident, other, unknown',
    ]);
  });
});

describe('the people of data/incidents.geojson', () => {
  const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/incidents.geojson'), 'utf8'));
  const result = validateCollection(raw, { requirePeople: true });
  if (!result.ok) throw new Error(result.error);

  it('pass every people rule, so each death has exactly one sourced record', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    const killed = result.incidents.reduce((sum, incident) => sum + incident.killed, 0);
    const people = result.incidents.reduce((sum, incident) => sum + (incident.people?.length ?? 0), 0);
    expect(people).toBe(killed);
  });
});
