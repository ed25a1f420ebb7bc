import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/days.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { VIOLATIONS, type Violation } from '../../../src/data/vocabulary.ts';
import { buildCategoryIndex } from '../../../src/model/regions/category-index.ts';
import { makeIncident } from '../../factories.ts';
import { randomInt, seededRandom } from '../../random.ts';

const day = (text: string) => parseIsoDay(text) as number;
const REGIONS = 3;
const cat = (violation: Violation) => VIOLATIONS.indexOf(violation);

/** The naive recount: incidents of the region (or all, r = REGIONS) with the category, overlapping the range. */
function naive(
  incidents: Incident[],
  regions: Int32Array,
  r: number,
  c: number,
  fromDay: number,
  toDay: number,
) {
  const sum = { killed: 0, injured: 0, incidents: 0 };
  incidents.forEach((incident, i) => {
    if (r < REGIONS && regions[i] !== r) return;
    if (!incident.violations.includes(VIOLATIONS[c] as Violation)) return;
    if (day(incident.date) > toDay || day(incident.end_date ?? incident.date) < fromDay) return;
    sum.killed += incident.killed;
    sum.injured += incident.injured;
    sum.incidents += 1;
  });
  return sum;
}

describe('buildCategoryIndex(incidents, regions, regionCount).table(fromDay, toDay)', () => {
  const a = makeIncident({ date: '2023-01-09', killed: 3, injured: 5, violations: ['life', 'assembly'] });
  const b = makeIncident({ date: '2023-01-10', killed: 0, injured: 2, violations: ['expression'] });
  const c = makeIncident({ date: '2023-01-09', injured: 1, violations: ['life', 'life'] });
  const index = buildCategoryIndex([a, b, c], Int32Array.from([0, 1, 0]), REGIONS);

  it('counts an incident in each of its categories, in its region and in the all-regions row', () => {
    const table = index.table(day('2023-01-01'), day('2023-01-31'));
    expect(table).toHaveLength(REGIONS + 1);
    expect(table[0]?.[cat('life')]).toEqual({ killed: 3, injured: 6, incidents: 2 });
    expect(table[0]?.[cat('assembly')]).toEqual({ killed: 3, injured: 5, incidents: 1 });
    expect(table[1]?.[cat('expression')]).toEqual({ killed: 0, injured: 2, incidents: 1 });
    expect(table[REGIONS]?.[cat('life')]?.incidents).toBe(2);
    expect(table[REGIONS]?.[cat('expression')]?.incidents).toBe(1);
  });

  it('counts a category listed twice in one incident once', () => {
    const only = buildCategoryIndex([c], Int32Array.from([2]), REGIONS);
    expect(only.table(day('2023-01-09'), day('2023-01-09'))[2]?.[cat('life')]?.incidents).toBe(1);
  });

  it('follows the date range: the 10th alone has only the expression incident', () => {
    const table = index.table(day('2023-01-10'), day('2023-01-10'));
    expect(table[REGIONS]?.map((totals) => totals.incidents)).toEqual(
      VIOLATIONS.map((violation) => (violation === 'expression' ? 1 : 0)),
    );
  });

  it('gives zeros everywhere for an empty or reversed range, and for no incidents', () => {
    const zeros = (table: { incidents: number }[][]) =>
      table.flat().every((totals) => totals.incidents === 0);
    expect(zeros(index.table(day('2023-02-01'), day('2023-02-28')))).toBe(true);
    expect(zeros(index.table(day('2023-01-10'), day('2023-01-09')))).toBe(true);
    expect(zeros(buildCategoryIndex([], new Int32Array(0), REGIONS).table(0, 100_000))).toBe(true);
  });

  it('keeps an incident with no region in the all-regions row only', () => {
    const table = buildCategoryIndex([a], Int32Array.from([-1]), REGIONS).table(
      day('2023-01-09'),
      day('2023-01-09'),
    );
    expect(table[REGIONS]?.[cat('life')]?.incidents).toBe(1);
    expect(
      table
        .slice(0, REGIONS)
        .flat()
        .every((totals) => totals.incidents === 0),
    ).toBe(true);
  });

  it('equals a naive recount for every region and category on random incidents and ranges', () => {
    const random = seededRandom(61);
    for (let round = 0; round < 20; round += 1) {
      const incidents = Array.from({ length: randomInt(random, 0, 60) }, () => {
        const start = day('2022-12-07') + randomInt(random, 0, 110);
        const violations = VIOLATIONS.filter(() => random() < 0.3);
        return makeIncident({
          date: new Date(start * 86_400_000).toISOString().slice(0, 10),
          ...(random() < 0.2
            ? {
                end_date: new Date((start + randomInt(random, 0, 5)) * 86_400_000).toISOString().slice(0, 10),
              }
            : {}),
          killed: randomInt(random, 0, 4),
          injured: randomInt(random, 0, 20),
          violations: violations.length > 0 ? violations : ['assembly'],
        });
      });
      const regions = Int32Array.from(incidents, () => randomInt(random, -1, REGIONS - 1));
      const index = buildCategoryIndex(incidents, regions, REGIONS);
      for (let query = 0; query < 10; query += 1) {
        const fromDay = day('2022-12-01') + randomInt(random, 0, 125);
        const toDay = fromDay + randomInt(random, -3, 40);
        const table = index.table(fromDay, toDay);
        for (let r = 0; r <= REGIONS; r += 1)
          for (let c = 0; c < VIOLATIONS.length; c += 1)
            expect(table[r]?.[c]).toEqual(
              fromDay > toDay
                ? { killed: 0, injured: 0, incidents: 0 }
                : naive(incidents, regions, r, c, fromDay, toDay),
            );
      }
    }
  });
});
