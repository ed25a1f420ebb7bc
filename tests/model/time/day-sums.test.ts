import { describe, expect, it } from 'vitest';
import { sumByDay, sumIndex } from '../../../src/model/time/day-sums.ts';

describe('sumByDay(day, firstDay, span, columns)', () => {
  // Four incidents on days 10, 12, 10 and 13, in regions 0, 1, 0 and none.
  const columns = {
    killed: Float64Array.of(1, 2, 3, 4),
    injured: Float64Array.of(10, 20, 30, 40),
    region: Int32Array.of(0, 1, 0, -1),
    regionCount: 2,
  };
  const { sums, slotOfDay } = sumByDay(Int32Array.of(10, 12, 10, 13), 10, 4, columns);

  it('lists the distinct days in order and numbers them from 1, leaving empty days at 0', () => {
    expect(Array.from(sums.days)).toEqual([10, 12, 13]);
    expect(Array.from(slotOfDay)).toEqual([1, 0, 2, 3]);
  });

  it('keeps running sums per region and, in the last block, for all incidents', () => {
    const running = (region: number) =>
      [0, 1, 2, 3].map((k) => [
        sums.counts[sumIndex(sums, region, k)],
        sums.killed[sumIndex(sums, region, k)],
        sums.injured[sumIndex(sums, region, k)],
      ]);
    expect(running(0)).toEqual([
      [0, 0, 0],
      [2, 4, 40],
      [2, 4, 40],
      [2, 4, 40],
    ]);
    expect(running(1)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [1, 2, 20],
      [1, 2, 20],
    ]);
    expect(running(2)).toEqual([
      [0, 0, 0],
      [2, 4, 40],
      [3, 6, 60],
      [4, 10, 100],
    ]);
  });

  it('makes an empty table from no incidents', () => {
    const empty = sumByDay(new Int32Array(0), 0, 0, { ...columns, region: new Int32Array(0) });
    expect([empty.sums.days.length, Array.from(empty.sums.counts)]).toEqual([0, [0, 0, 0]]);
  });
});
