import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../../src/data/days.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { summariseRanges, totalsOfRange } from '../../../src/model/time/range-summary.ts';
import { buildTimeIndex } from '../../../src/model/time/time-index.ts';
import { makeIncident } from '../../factories.ts';
import { randomInt, seededRandom } from '../../random.ts';

const day = (iso: string) => parseIsoDay(iso) as number;

describe('summariseRanges(incidents)', () => {
  it('gives one row per distinct span of days, summing what shares it', () => {
    const summary = summariseRanges([
      makeIncident({ date: '2023-01-09', killed: 17, injured: 100 }),
      makeIncident({ date: '2023-01-09', killed: 1, injured: 2 }),
      makeIncident({ date: '2023-01-09', end_date: '2023-01-11', killed: 0, injured: 5 }),
    ]);
    expect(summary).toEqual([
      [day('2023-01-09'), day('2023-01-09'), 18, 102, 2],
      [day('2023-01-09'), day('2023-01-11'), 0, 5, 1],
    ]);
  });

  it('reads an end_date before the date as the date, as the time index does', () => {
    const summary = summariseRanges([
      makeIncident({ date: '2023-01-09', end_date: '2023-01-02', killed: 3 }),
    ]);
    expect(summary).toEqual([[day('2023-01-09'), day('2023-01-09'), 3, 0, 1]]);
  });
});

describe('totalsOfRange(summary, fromDay, toDay)', () => {
  it('counts a multi-day incident once in every range it overlaps, and not outside', () => {
    const summary = summariseRanges([
      makeIncident({ date: '2023-01-09', end_date: '2023-01-11', killed: 2, injured: 5 }),
    ]);
    expect(totalsOfRange(summary, day('2023-01-11'), day('2023-01-20'))).toEqual({
      killed: 2,
      injured: 5,
      incidents: 1,
    });
    expect(totalsOfRange(summary, day('2023-01-01'), day('2023-01-31')).incidents).toBe(1);
    expect(totalsOfRange(summary, day('2023-01-12'), day('2023-01-20')).incidents).toBe(0);
    expect(totalsOfRange(summary, day('2023-01-01'), day('2023-01-08')).incidents).toBe(0);
  });

  it("equals the time index's totals for 500 random ranges over random incidents", () => {
    const random = seededRandom(13);
    const first = day('2022-12-07');
    const incidents: Incident[] = Array.from({ length: 300 }, () => {
      const start = first + randomInt(random, 0, 114);
      const span = random() < 0.2 ? randomInt(random, 1, 10) : 0;
      return makeIncident({
        date: formatIsoDay(start),
        ...(span > 0 ? { end_date: formatIsoDay(start + span) } : {}),
        killed: randomInt(random, 0, 5),
        injured: randomInt(random, 0, 40),
      });
    });
    const summary = summariseRanges(incidents);
    const index = buildTimeIndex(incidents, () => 0, 1);
    for (let k = 0; k < 500; k += 1) {
      const a = first + randomInt(random, -5, 120);
      const b = a + randomInt(random, 0, 30);
      expect(totalsOfRange(summary, a, b)).toEqual(index.totals(a, b));
    }
  });
});
