import { describe, expect, it } from 'vitest';
import {
  checkMetadata,
  checkPlacement,
  checkRecordBounds,
  countLeftOut,
  formatProblem,
  MAX_PEOPLE_PER_INCIDENT,
  MAX_RECORDS,
  MAX_TEXT_LENGTH,
  validateCollection,
} from '../../src/data/validate.ts';
import { makeCollection, makeFeature, makeIncident } from '../factories.ts';

function validate(features: unknown[], withMetadata = true) {
  const result = validateCollection(makeCollection(features, withMetadata));
  if (!result.ok) throw new Error(result.error);
  return result;
}

const SOURCE = { title: 'T', publisher: 'P', url: 'https://example.org/s', date: '2023-01-10' };

describe('bounds on counts and records', () => {
  it('leaves out an incident with an absurd count, names it and keeps the rest', () => {
    const result = validate([makeFeature({ id: 'good' }), makeFeature({ id: 'huge', killed: 1e12 })]);
    expect(result.incidents.map((incident) => incident.id)).toEqual(['good']);
    expect(result.problems.map(formatProblem)).toEqual([
      `huge: killed is 1000000000000; at most ${MAX_PEOPLE_PER_INCIDENT} people per incident are accepted`,
    ]);
  });

  it('accepts a count exactly at the bound', () => {
    const result = validate([makeFeature({ id: 'edge', injured: MAX_PEOPLE_PER_INCIDENT })]);
    expect(result.problems).toEqual([]);
  });

  it('bounds a role count inside killed_by_role', () => {
    const feature = makeFeature({ id: 'roles', killed: 1, killed_by_role: { civilian: 1e9 } });
    expect(validate([feature]).problems.map((p) => p.field)).toEqual(['killed_by_role.civilian']);
  });

  it('leaves out a feature with too many sources, too many people or text too long', () => {
    const manySources = makeFeature({ id: 'sources', sources: Array(MAX_RECORDS + 1).fill(SOURCE) });
    const longText = makeFeature({ id: 'long', summary_es: 'a'.repeat(MAX_TEXT_LENGTH + 1) });
    const person = { role: 'civilian', cause: 'unknown', sources: [SOURCE] };
    const manyPeople = { ...makeFeature({ id: 'people' }) };
    (manyPeople.properties as Record<string, unknown>).people = Array(MAX_RECORDS + 1).fill(person);
    const result = validate([manySources, longText, manyPeople, makeFeature({ id: 'ok' })]);
    expect(result.incidents.map((incident) => incident.id)).toEqual(['ok']);
    expect(result.problems.map(formatProblem)).toEqual([
      `sources: sources has ${MAX_RECORDS + 1} entries; at most ${MAX_RECORDS} are accepted`,
      `long: summary_es is ${MAX_TEXT_LENGTH + 1} characters long; at most ${MAX_TEXT_LENGTH} are accepted`,
      `people: people has ${MAX_RECORDS + 1} entries; at most ${MAX_RECORDS} are accepted`,
    ]);
  });

  it('bounds the sources of one person inside the people list', () => {
    const feature = makeFeature({ id: 'p' });
    const sources = Array(MAX_RECORDS + 1).fill(SOURCE);
    (feature.properties as Record<string, unknown>).people = [
      { role: 'civilian', cause: 'unknown', sources },
    ];
    expect(validate([feature]).problems.map((p) => p.field)).toEqual(['people.0.sources']);
  });

  it('names the field at fault by its full path: dotted names, list positions, the properties themselves', () => {
    const fields = (properties: unknown) => checkRecordBounds({ properties }, 'L').map((p) => p.field);
    expect(fields({ 'note.killed': 2e6, killed: 3, injured: 1e5, x: { military: 1e5, other: 1e9 } })).toEqual(
      ['note.killed', 'injured', 'x.military'],
    );
    expect(fields([1, 'x'.repeat(MAX_TEXT_LENGTH + 1), { killed: 1e7 }, [[{ police: 1e8 }]]])).toEqual([
      '.1',
      '.2.killed',
      '.3.0.0.police',
    ]);
    const many = Object.fromEntries(Array.from({ length: MAX_RECORDS + 1 }, (_, k) => [`e${k}`, k]));
    expect(fields(many)).toEqual(['(properties)']);
    expect(
      fields({ '': 'y'.repeat(MAX_TEXT_LENGTH + 1), list: Array(MAX_RECORDS + 1).fill(0), obj: many }),
    ).toEqual(['', 'list', 'obj']);
  });

  it('shortens an absurdly long id in the problem it names', () => {
    const feature = makeFeature({ killed: -1 });
    (feature.properties as Record<string, unknown>).id = 'x'.repeat(5000);
    const [problem] = validate([feature]).problems;
    expect(problem?.id.length).toBeLessThanOrEqual(81);
  });
});

describe('duplicates', () => {
  it('counts every feature left out: three with one id leave out two', () => {
    const result = validate([
      makeFeature({ id: 'twin', killed: 1 }),
      makeFeature({ id: 'twin', killed: 2 }),
      makeFeature({ id: 'twin', killed: 3 }),
    ]);
    expect(result.incidents.map((incident) => incident.killed)).toEqual([1]);
    expect(countLeftOut(result.problems)).toBe(2);
    expect(result.problems.map((problem) => problem.feature)).toEqual([2, 3]);
  });
});

describe('countLeftOut', () => {
  it('counts a feature with several problems once and ignores warnings and metadata', () => {
    const result = validate([makeFeature({ id: 'bad', killed: -1, injured: -1 })]);
    const problems = [
      ...result.problems,
      { id: 'kept', field: 'geometry', message: 'lies in no department', isKept: true },
      { id: 'metadata', field: 'metadata.title', message: 'is missing' },
    ];
    expect(result.problems).toHaveLength(2);
    expect(countLeftOut(problems)).toBe(1);
  });
});

describe('checkPlacement', () => {
  it('reports a point in no department as outside Peru and keeps the incident', () => {
    const problem = checkPlacement(makeIncident({ id: 'sea', lng: -79, lat: -14 }), null);
    expect(problem).toMatchObject({ id: 'sea', field: 'geometry', isKept: true });
    expect(problem?.message).toMatch(/no department of Peru/);
  });

  it('reports a declared department the point is not in, naming where it is counted', () => {
    const problem = checkPlacement(makeIncident({ id: 'x', department: 'PE-CUS' }), 'PE-PUN');
    expect(problem && formatProblem(problem)).toBe('x: department PE-CUS but point lies in PE-PUN');
    expect(problem?.isKept).toBe(true);
  });

  it('says nothing when the point lies in its declared department', () => {
    expect(checkPlacement(makeIncident({ department: 'PE-PUN' }), 'PE-PUN')).toBeNull();
  });
});

describe('checkMetadata', () => {
  it('gives no metadata and no problem for a file without the member', () => {
    expect(validate([makeFeature()], false)).toMatchObject({ metadata: null, problems: [] });
  });

  it('names each bad metadata field without counting it as an incident', () => {
    const { value, problems } = checkMetadata({ title: '', license: 'CC BY 4.0' });
    expect(value).toBeNull();
    expect(problems.map((problem) => problem.field)).toContain('metadata.title');
    expect(problems.every((problem) => problem.id === 'metadata' && problem.feature === undefined)).toBe(
      true,
    );
    expect(countLeftOut(problems)).toBe(0);
  });
});
