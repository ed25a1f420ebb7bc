import { describe, expect, it } from 'vitest';
import {
  PROBLEMS_SHOWN,
  problemsText,
  summariseProblems,
} from '../../../src/data/problems/problem-summary.ts';
import type { Problem } from '../../../src/data/validate.ts';

function junk(count: number): Problem[] {
  const problems: Problem[] = [];
  for (let k = 0; k < count; k += 1) {
    const id = `feature #${k + 1}`;
    problems.push({ id, field: 'geometry', message: 'is missing', feature: k + 1 });
    if (k % 2 === 0) problems.push({ id, field: `sources.${k % 7}.url`, message: 'bad', feature: k + 1 });
  }
  return problems;
}

describe('summariseProblems', () => {
  it('summarises 50,000 junk features: counts by kind, the first 50, every feature counted once', () => {
    const problems = junk(50_000);
    const summary = summariseProblems(problems);
    expect(summary.total).toBe(75_000);
    expect(summary.leftOut).toBe(50_000);
    expect(summary.first).toHaveLength(PROBLEMS_SHOWN);
    expect(summary.byKind).toEqual([
      { field: 'geometry', count: 50_000 },
      { field: 'sources.url', count: 25_000 },
    ]);
    expect(summary.leftOutIds).toEqual([
      'feature #1',
      'feature #2',
      'feature #3',
      'feature #4',
      'feature #5',
    ]);
  });

  it('separates incidents kept with a warning and metadata problems from features left out', () => {
    const summary = summariseProblems([
      { id: 'sea', field: 'geometry', message: 'in no department', isKept: true },
      { id: 'metadata', field: 'metadata.title', message: 'is missing' },
      { id: 'bad', field: 'killed', message: 'cannot be negative', feature: 3 },
    ]);
    expect(summary).toMatchObject({ leftOut: 1, kept: 1, hasMetadataProblems: true, leftOutIds: ['bad'] });
  });
});

describe('problemsText', () => {
  it('writes every problem as one line', () => {
    const text = problemsText(junk(3));
    expect(text.split('\n').filter(Boolean)).toEqual([
      'feature #1: geometry is missing',
      'feature #1: sources.0.url bad',
      'feature #2: geometry is missing',
      'feature #3: geometry is missing',
      'feature #3: sources.2.url bad',
    ]);
  });
});
