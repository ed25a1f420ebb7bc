import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCollection } from '../../src/data/validate.ts';
import { makeCollection, makeFeature } from '../factories.ts';

function problemsOf(features: unknown[]) {
  const result = validateCollection(makeCollection(features));
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('validateCollection', () => {
  it('accepts a well-formed incident and keeps its point', () => {
    const result = problemsOf([makeFeature({ id: 'a', killed: 2, injured: 5 })]);
    expect(result.problems).toEqual([]);
    expect(result.incidents).toHaveLength(1);
    expect(result.incidents[0]).toMatchObject({ id: 'a', killed: 2, injured: 5, lng: -70.13, lat: -15.5 });
  });

  it('returns the metadata of the collection', () => {
    const result = problemsOf([]);
    expect(result.metadata?.license).toBe('CC BY 4.0');
  });

  it('refuses a document that is not a FeatureCollection', () => {
    for (const raw of [null, [], 'text', { type: 'Feature' }, { type: 'FeatureCollection' }]) {
      const result = validateCollection(raw);
      expect(result.ok).toBe(false);
    }
  });

  it('leaves out a bad feature, keeps the good ones and names the field at fault', () => {
    const result = problemsOf([makeFeature({ id: 'good' }), makeFeature({ id: 'bad', killed: -1 })]);
    expect(result.incidents.map((incident) => incident.id)).toEqual(['good']);
    expect(result.problems).toEqual([
      { id: 'bad', field: 'killed', message: 'cannot be negative', feature: 2 },
    ]);
  });

  it('reports a fractional count', () => {
    const { problems } = problemsOf([makeFeature({ id: 'x', injured: 1.5 })]);
    expect(problems.map(formatProblem)).toEqual(['x: injured must be a whole number']);
  });

  it('keeps the first of two features with the same id and reports the second', () => {
    const result = problemsOf([
      makeFeature({ id: 'twin', killed: 1 }),
      makeFeature({ id: 'twin', killed: 9 }),
    ]);
    expect(result.incidents).toHaveLength(1);
    expect(result.incidents[0]?.killed).toBe(1);
    expect(result.problems).toEqual([
      { id: 'twin', field: 'id', message: 'is used by another incident (feature #1)', feature: 2 },
    ]);
  });

  it('reports a date outside the period and an impossible date', () => {
    const { problems } = problemsOf([
      makeFeature({ id: 'early', date: '2022-12-06' }),
      makeFeature({ id: 'late', date: '2023-04-01' }),
      makeFeature({ id: 'impossible', date: '2023-02-30' }),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'early: date 2022-12-06 is outside 2022-12-07…2023-03-31',
      'late: date 2023-04-01 is outside 2022-12-07…2023-03-31',
      'impossible: date 2023-02-30 is not a calendar day',
    ]);
  });

  it('accepts the first and the last day of the period', () => {
    const { problems } = problemsOf([
      makeFeature({ id: 'first', date: '2022-12-07' }),
      makeFeature({ id: 'last', date: '2023-03-31' }),
    ]);
    expect(problems).toEqual([]);
  });

  it('reports an end_date before the date', () => {
    const { problems } = problemsOf([makeFeature({ id: 'x', date: '2023-01-10', end_date: '2023-01-09' })]);
    expect(problems.map(formatProblem)).toEqual(['x: end_date 2023-01-09 is before date 2023-01-10']);
  });

  it('reports killed_by_role that does not add up to killed', () => {
    const { problems } = problemsOf([
      makeFeature({ id: 'x', killed: 3, killed_by_role: { civilian: 1, police: 1 } }),
    ]);
    expect(problems.map(formatProblem)).toEqual(['x: killed_by_role adds up to 2 but killed is 3']);
  });

  it('accepts killed_by_role that adds up', () => {
    const { problems } = problemsOf([makeFeature({ killed: 3, killed_by_role: { civilian: 2, police: 1 } })]);
    expect(problems).toEqual([]);
  });

  it('reports a source that is not https', () => {
    const source = { title: 'T', publisher: 'P', url: 'http://example.org/', date: '2023-01-10' };
    const { problems } = problemsOf([makeFeature({ id: 'x', sources: [source] })]);
    expect(problems.map(formatProblem)).toEqual([
      'x: sources.0.url must be an https:// address of a public page',
    ]);
  });

  it('reports an incident without sources', () => {
    const { problems } = problemsOf([makeFeature({ id: 'x', sources: [] })]);
    expect(problems.map(formatProblem)).toEqual(['x: sources must cite at least one source']);
  });

  it('reports a missing field by name', () => {
    const feature = makeFeature({ id: 'x' }) as { properties: Record<string, unknown> };
    delete feature.properties.summary_en;
    expect(problemsOf([feature]).problems.map(formatProblem)).toEqual(['x: summary_en is missing']);
  });

  it('reports a violation category that does not exist', () => {
    const { problems } = problemsOf([makeFeature({ id: 'x', violations: ['life', 'torture' as 'life'] })]);
    expect(problems[0]?.field).toBe('violations.1');
  });

  it('reports an empty violations list', () => {
    const { problems } = problemsOf([makeFeature({ id: 'x', violations: [] })]);
    expect(problems.map(formatProblem)).toEqual(['x: violations must name at least one violation category']);
  });

  it('reports a geometry that is not a Point', () => {
    const line: Geometry = {
      type: 'LineString',
      coordinates: [
        [-70, -15],
        [-71, -15],
      ],
    };
    const { problems } = problemsOf([makeFeature({ id: 'x' }, line)]);
    expect(problems.map(formatProblem)).toEqual(['x: geometry must be a Point, found LineString']);
  });

  it('reports a point outside Peru', () => {
    const { problems } = problemsOf([
      makeFeature({ id: 'x' }, { type: 'Point', coordinates: [-58.4, -34.6] }),
    ]);
    expect(problems.map(formatProblem)).toEqual(['x: geometry point [-58.4, -34.6] lies outside Peru']);
  });

  it('reports an unknown department code', () => {
    const { problems } = problemsOf([makeFeature({ id: 'x', department: 'PE-XYZ' })]);
    expect(problems.map(formatProblem)).toEqual(['x: department PE-XYZ is not a department of Peru']);
  });

  it('labels a feature without an id by its position', () => {
    const result = validateCollection(makeCollection([makeFeature(), { type: 'Feature', properties: {} }]));
    if (!result.ok) throw new Error(result.error);
    expect(new Set(result.problems.map((problem) => problem.id))).toEqual(new Set(['feature #2']));
  });

  it('reports invalid metadata without dropping incidents', () => {
    const collection = { ...makeCollection([makeFeature()]), metadata: { title: 'x' } };
    const result = validateCollection(collection);
    if (!result.ok) throw new Error(result.error);
    expect(result.incidents).toHaveLength(1);
    expect(result.metadata).toBeNull();
    expect(result.problems.every((problem) => problem.id === 'metadata')).toBe(true);
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it('never throws, whatever a feature holds', () => {
    const junk = [1, 'x', null, [], { type: 'Feature', geometry: 5, properties: 'no' }, { type: 'Feature' }];
    const result = validateCollection(makeCollection(junk));
    if (!result.ok) throw new Error(result.error);
    expect(result.incidents).toEqual([]);
    expect(new Set(result.problems.map((problem) => problem.id)).size).toBe(junk.length);
  });
});
