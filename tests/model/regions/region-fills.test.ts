import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '../../../src/data/departments.ts';
import { ZERO_COLOUR } from '../../../src/model/regions/choropleth-scale.ts';
import { regionFills, regionScale } from '../../../src/model/regions/region-fills.ts';
import { ZERO_TOTALS } from '../../../src/model/time/totals.ts';

const at = (r: number, totals: { killed?: number; injured?: number; incidents?: number }) => {
  const table = DEPARTMENTS.map(() => ZERO_TOTALS);
  table[r] = { ...ZERO_TOTALS, ...totals };
  return table;
};

describe('regionScale(wholePeriod, measure)', () => {
  it('spans the largest department figure of the chosen measure', () => {
    const whole = at(3, { killed: 18, injured: 400, incidents: 2 });
    expect(regionScale(whole, 'killed').classes.at(-1)?.max).toBeGreaterThanOrEqual(18);
    expect(regionScale(whole, 'killed').classes.at(-1)?.max).toBeLessThan(400);
    expect(regionScale(whole, 'injured').classes.at(-1)?.max).toBeGreaterThanOrEqual(400);
    expect(regionScale(whole, 'incidents').classes.map(({ min, max }) => [min, max])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('has no classes when every department is at zero, or there are none', () => {
    expect(regionScale(at(0, {}), 'killed').classes).toEqual([]);
    expect(regionScale([], 'killed').classes).toEqual([]);
  });
});

describe('regionFills(byRegion, measure, scale)', () => {
  it('lists every department by ISO code, zero ones in the zero colour', () => {
    const byRegion = at(2, { killed: 5 });
    const scale = regionScale(at(2, { killed: 10 }), 'killed');
    const fills = regionFills(byRegion, 'killed', scale);
    expect(Object.keys(fills)).toEqual(DEPARTMENTS.map((department) => department.iso));
    expect(fills[DEPARTMENTS[2]?.iso as string]).toBe(scale.colourOf(5));
    expect(fills[DEPARTMENTS[2]?.iso as string]).not.toBe(ZERO_COLOUR);
    expect(fills[DEPARTMENTS[0]?.iso as string]).toBe(ZERO_COLOUR);
  });

  it('reads the chosen measure, and counts a missing entry as zero', () => {
    const scale = regionScale(at(1, { injured: 50 }), 'injured');
    const fills = regionFills([ZERO_TOTALS, { ...ZERO_TOTALS, injured: 50, killed: 0 }], 'injured', scale);
    expect(fills[DEPARTMENTS[1]?.iso as string]).toBe(scale.colourOf(50));
    expect(fills[DEPARTMENTS.at(-1)?.iso as string]).toBe(ZERO_COLOUR);
    expect(
      regionFills([{ ...ZERO_TOTALS, injured: 50 }], 'killed', scale)[DEPARTMENTS[0]?.iso as string],
    ).toBe(ZERO_COLOUR);
  });
});
