import { describe, expect, it } from 'vitest';
import {
  accumulate,
  addAtMost,
  type BinnedCells,
  binPoints,
  cellCount,
  mergeToParents,
} from '../../../src/model/time/day-bins.ts';
import { randomInt, seededRandom } from '../../random.ts';

/** Points given as [cell key, day, killed, injured, weight], already sorted by (key, day). */
function bin(points: [number, number, number, number, number][]): BinnedCells {
  return binPoints(Int32Array.from(points.keys()), {
    cellKey: Float64Array.from(points, (p) => p[0]),
    day: Int32Array.from(points, (p) => p[1]),
    killed: Int32Array.from(points, (p) => p[2]),
    injured: Int32Array.from(points, (p) => p[3]),
    weights: [Float64Array.from(points, (p) => p[4])],
  }).cells;
}

/** (count, killed, injured) of cell c up to a day, from accumulated bins. */
function atMost(cells: BinnedCells, c: number, day: number): number[] {
  const out = new Float64Array(3);
  addAtMost(cells.bins, c, day, 1, out);
  return Array.from(out);
}

describe('binPoints(order, source)', () => {
  it('groups points into cells and one raw bin per cell and day, summing weights per cell', () => {
    const cells = bin([
      [4, 10, 1, 2, 0.5],
      [4, 10, 0, 3, 0.25],
      [4, 12, 2, 0, 1],
      [9, 11, 0, 1, 2],
    ]);
    expect(Array.from(cells.keys)).toEqual([4, 9]);
    expect(Array.from(cells.bins.offsets)).toEqual([0, 2, 3]);
    expect(Array.from(cells.bins.days)).toEqual([10, 12, 11]);
    expect(Array.from(cells.bins.counts)).toEqual([2, 1, 1]);
    expect(Array.from(cells.bins.killed)).toEqual([1, 2, 0]);
    expect(Array.from(cells.bins.injured)).toEqual([5, 0, 1]);
    expect(Array.from(cells.sums[0] as Float64Array)).toEqual([1.75, 2]);
  });

  it('tells where each cell starts in the order and the day at each position', () => {
    const order = Int32Array.of(2, 0, 1);
    const binned = binPoints(order, {
      cellKey: Float64Array.of(5, 9, 5),
      day: Int32Array.of(11, 10, 10),
      killed: new Int32Array(3),
      injured: new Int32Array(3),
      weights: [],
    });
    expect(Array.from(binned.pointOffsets)).toEqual([0, 2, 3]);
    expect(Array.from(binned.pointDays)).toEqual([10, 11, 10]);
    expect(Array.from(binned.cells.bins.days)).toEqual([10, 11, 10]);
  });

  it('makes no cells from no points', () => {
    const cells = bin([]);
    expect([cells.keys.length, Array.from(cells.bins.offsets)]).toEqual([0, [0]]);
  });
});

describe('mergeToParents(child)', () => {
  it('merges the four children of a parent by day and adds their sums', () => {
    const parents = mergeToParents(
      bin([
        [8, 3, 1, 0, 1],
        [8, 5, 0, 1, 1],
        [9, 5, 1, 1, 1],
        [11, 1, 0, 4, 1],
        [11, 5, 0, 0, 1],
        [12, 2, 7, 7, 1],
      ]),
    );
    expect(Array.from(parents.keys)).toEqual([2, 3]);
    expect(Array.from(parents.bins.offsets)).toEqual([0, 3, 4]);
    expect(Array.from(parents.bins.days)).toEqual([1, 3, 5, 2]);
    expect(Array.from(parents.bins.counts)).toEqual([1, 1, 3, 1]);
    expect(Array.from(parents.bins.killed)).toEqual([0, 1, 1, 7]);
    expect(Array.from(parents.bins.injured)).toEqual([4, 0, 2, 7]);
    expect(Array.from(parents.sums[0] as Float64Array)).toEqual([5, 1]);
  });

  it('keeps per-day sums equal to a naive regrouping on random cells', () => {
    const random = seededRandom(21);
    for (let trial = 0; trial < 50; trial += 1) {
      const points = Array.from(
        { length: randomInt(random, 0, 60) },
        () =>
          [
            randomInt(random, 0, 40),
            randomInt(random, 0, 9),
            randomInt(random, 0, 3),
            randomInt(random, 0, 5),
            1,
          ] as [number, number, number, number, number],
      ).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const parents = mergeToParents(mergeToParents(bin(points)));
      const expected = new Map<string, number[]>();
      for (const [key, day, killed, injured] of points) {
        const id = `${Math.floor(key / 16)}:${day}`;
        const sum = expected.get(id) ?? [0, 0, 0];
        expected.set(id, [(sum[0] as number) + 1, (sum[1] as number) + killed, (sum[2] as number) + injured]);
      }
      const found = new Map<string, number[]>();
      parents.keys.forEach((key, c) => {
        for (let p = parents.bins.offsets[c] as number; p < (parents.bins.offsets[c + 1] as number); p += 1) {
          if (p > (parents.bins.offsets[c] as number))
            expect(parents.bins.days[p]).toBeGreaterThan(parents.bins.days[p - 1] as number);
          found.set(`${key}:${parents.bins.days[p]}`, [
            parents.bins.counts[p],
            parents.bins.killed[p],
            parents.bins.injured[p],
          ] as number[]);
        }
      });
      expect(found).toEqual(expected);
    }
  });
});

describe('accumulate(bins), addAtMost(bins, c, day, sign, out) and cellCount(bins, c)', () => {
  const cells = bin([
    [4, 10, 1, 2, 0],
    [4, 12, 2, 0, 0],
    [4, 15, 0, 5, 0],
    [9, 11, 0, 1, 0],
  ]);
  accumulate(cells.bins);

  it('gives running sums within each cell, restarting at every cell', () => {
    expect(Array.from(cells.bins.counts)).toEqual([1, 2, 3, 1]);
    expect(Array.from(cells.bins.killed)).toEqual([1, 3, 3, 0]);
  });

  it('sums a cell up to a day, inclusive, and gives zeros before its first day', () => {
    expect(atMost(cells, 0, 9)).toEqual([0, 0, 0]);
    expect(atMost(cells, 0, 10)).toEqual([1, 1, 2]);
    expect(atMost(cells, 0, 14)).toEqual([2, 3, 2]);
    expect(atMost(cells, 0, 99)).toEqual([3, 3, 7]);
    expect(atMost(cells, 1, 10)).toEqual([0, 0, 0]);
  });

  it('subtracts with a negative sign', () => {
    const out = new Float64Array(3);
    addAtMost(cells.bins, 0, 99, 1, out);
    addAtMost(cells.bins, 0, 10, -1, out);
    expect(Array.from(out)).toEqual([2, 2, 5]);
  });

  it('counts all of a cell’s incidents', () => {
    expect([cellCount(cells.bins, 0), cellCount(cells.bins, 1)]).toEqual([3, 1]);
  });
});
