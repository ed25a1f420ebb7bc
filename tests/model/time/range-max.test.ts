import { describe, expect, it } from 'vitest';
import { buildRangeMax, buildRangeMaxLevels, rangeMaxFrom } from '../../../src/model/time/range-max.ts';
import { randomInt, seededRandom } from '../../random.ts';

const report = (values: number[], from: number, to: number, threshold: number) => {
  const found: number[] = [];
  buildRangeMax(Int32Array.from(values)).reportAtLeast(from, to, threshold, (p) => found.push(p));
  return found;
};

describe('buildRangeMax(values).reportAtLeast(from, to, threshold, visit)', () => {
  it('reports the positions holding a value at least the threshold, in increasing order', () => {
    expect(report([5, 1, 9, 3, 9, 2], 0, 6, 3)).toEqual([0, 2, 3, 4]);
  });

  it('treats the range as half-open', () => {
    expect(report([5, 1, 9, 3, 9, 2], 1, 4, 3)).toEqual([2, 3]);
    expect(report([5, 1, 9, 3, 9, 2], 2, 2, 0)).toEqual([]);
  });

  it('includes values equal to the threshold and excludes those below', () => {
    expect(report([3, 2, 3], 0, 3, 3)).toEqual([0, 2]);
  });

  it('ignores the parts of a range outside the values, and reports nothing for no values', () => {
    expect(report([4, 8], -5, 10, 5)).toEqual([1]);
    expect(report([], 0, 3, 0)).toEqual([]);
    expect(buildRangeMax(new Int32Array(0)).length).toBe(0);
  });

  it('reports all of a long run of equal values without deep recursion', () => {
    const values = new Array(100_000).fill(7);
    expect(report(values, 0, values.length, 7)).toHaveLength(100_000);
  });

  it('equals a naive scan on random values, ranges and thresholds', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 300; trial += 1) {
      const values = Array.from({ length: randomInt(random, 0, 70) }, () => randomInt(random, -20, 20));
      const from = randomInt(random, -2, values.length);
      const to = randomInt(random, from, values.length + 2);
      const threshold = randomInt(random, -25, 25);
      const expected = values.flatMap((value, p) => (p >= from && p < to && value >= threshold ? [p] : []));
      expect(report(values, from, to, threshold)).toEqual(expected);
    }
  });
});

describe('rangeMaxFrom(values, buildRangeMaxLevels(values))', () => {
  it('answers as buildRangeMax after the levels crossed to another thread (a structured clone)', () => {
    const random = seededRandom(15);
    for (let trial = 0; trial < 200; trial += 1) {
      const values = Int32Array.from({ length: randomInt(random, 0, 90) }, () => randomInt(random, -9, 9));
      const levels = structuredClone(buildRangeMaxLevels(values));
      const from = randomInt(random, -2, values.length);
      const to = randomInt(random, from, values.length + 2);
      const threshold = randomInt(random, -10, 10);
      const found: number[] = [];
      rangeMaxFrom(values, levels).reportAtLeast(from, to, threshold, (p) => found.push(p));
      const expected: number[] = [];
      buildRangeMax(values).reportAtLeast(from, to, threshold, (p) => expected.push(p));
      expect(found).toEqual(expected);
    }
  });

  it('keeps one table per doubling of the width and none for a single value', () => {
    expect(buildRangeMaxLevels(Int32Array.of(4))).toEqual([]);
    expect(buildRangeMaxLevels(Int32Array.of(1, 5, 2, 7, 3)).map((level) => Array.from(level))).toEqual([
      [1, 1, 3, 3],
      [3, 3],
    ]);
  });
});
