import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/data/days.ts';
import type { Incident } from '../../src/data/schema.ts';
import { buildTimeIndex } from '../../src/model/time-index.ts';
import { sumTotals } from '../../src/model/totals.ts';
import { makeIncident } from '../factories.ts';
import { randomInt, seededRandom } from '../random.ts';

const day = (text: string) => parseIsoDay(text) as number;
const DEPARTMENTS = ['PE-PUN', 'PE-AYA', 'PE-LIM'];
const regionOf = (incident: Incident) => DEPARTMENTS.indexOf(incident.department);
const index = (incidents: Incident[]) => buildTimeIndex(incidents, regionOf, DEPARTMENTS.length);

/** The naive recount the index must always agree with: overlap of inclusive spans. */
function naive(incidents: Incident[], fromDay: number, toDay: number): Incident[] {
  if (fromDay > toDay) return [];
  return incidents.filter(
    (incident) => day(incident.date) <= toDay && day(incident.end_date ?? incident.date) >= fromDay,
  );
}

describe('buildTimeIndex', () => {
  const juliaca = makeIncident({ id: 'juliaca', date: '2023-01-09', killed: 18, injured: 100 });
  const lima = makeIncident({ id: 'lima', date: '2023-01-28', killed: 1, injured: 30, department: 'PE-LIM' });
  const march = makeIncident({
    id: 'march',
    date: '2023-01-19',
    end_date: '2023-01-21',
    injured: 20,
    department: 'PE-LIM',
  });

  it('counts an incident on the first and on the last selected day (inclusive range)', () => {
    const time = index([juliaca]);
    expect(time.totals(day('2023-01-09'), day('2023-01-20')).incidents).toBe(1);
    expect(time.totals(day('2023-01-01'), day('2023-01-09')).incidents).toBe(1);
    expect(time.totals(day('2023-01-10'), day('2023-01-20')).incidents).toBe(0);
    expect(time.totals(day('2023-01-01'), day('2023-01-08')).incidents).toBe(0);
  });

  it('answers a single day', () => {
    expect(index([juliaca, lima]).totals(day('2023-01-09'), day('2023-01-09'))).toEqual({
      killed: 18,
      injured: 100,
      incidents: 1,
    });
  });

  it('counts a multi-day incident in every range its span overlaps', () => {
    const time = index([march]);
    const count = (from: string, to: string) => time.totals(day(from), day(to)).incidents;
    expect(count('2023-01-15', '2023-01-19')).toBe(1);
    expect(count('2023-01-20', '2023-01-20')).toBe(1);
    expect(count('2023-01-21', '2023-01-30')).toBe(1);
    expect(count('2023-01-01', '2023-02-01')).toBe(1);
    expect(count('2023-01-22', '2023-01-30')).toBe(0);
    expect(count('2023-01-10', '2023-01-18')).toBe(0);
  });

  it('gives zeros for an empty or reversed range and for an empty dataset', () => {
    expect(index([juliaca]).totals(day('2023-01-10'), day('2023-01-09'))).toEqual({
      killed: 0,
      injured: 0,
      incidents: 0,
    });
    expect(index([]).totals(day('2022-12-07'), day('2023-03-31'))).toEqual({
      killed: 0,
      injured: 0,
      incidents: 0,
    });
    expect(index([]).dailyHistogram()).toEqual([]);
    expect(Number.isNaN(index([]).firstDay)).toBe(true);
  });

  it('answers ranges before and after all incidents', () => {
    const time = index([juliaca, lima]);
    expect(time.totals(day('2022-12-07'), day('2022-12-31')).incidents).toBe(0);
    expect(time.totals(day('2023-02-01'), day('2023-03-31')).incidents).toBe(0);
  });

  it('gives the whole dataset for the whole period', () => {
    const incidents = [juliaca, lima, march];
    expect(index(incidents).totals(day('2022-12-07'), day('2023-03-31'))).toEqual(sumTotals(incidents));
  });

  it('knows the first start day and the last end day', () => {
    const time = index([lima, march, juliaca]);
    expect([time.firstDay, time.lastDay]).toEqual([day('2023-01-09'), day('2023-01-28')]);
  });

  it('lists the incidents in range in start-day order, multi-day ones that started earlier first', () => {
    const incidents = [lima, march, juliaca];
    const time = index(incidents);
    const ids = (from: string, to: string) =>
      Array.from(time.indicesInRange(day(from), day(to)), (i) => incidents[i]?.id);
    expect(ids('2023-01-01', '2023-01-31')).toEqual(['juliaca', 'march', 'lima']);
    expect(ids('2023-01-20', '2023-01-28')).toEqual(['march', 'lima']);
    expect(ids('2023-01-29', '2023-01-31')).toEqual([]);
  });

  it('splits totals by region', () => {
    const byRegion = index([juliaca, lima, march]).totalsByRegion(day('2023-01-01'), day('2023-01-31'));
    expect(byRegion).toEqual([
      { killed: 18, injured: 100, incidents: 1 },
      { killed: 0, injured: 0, incidents: 0 },
      { killed: 1, injured: 50, incidents: 2 },
    ]);
  });

  it('makes a daily histogram by start day, one entry per day', () => {
    const histogram = index([juliaca, lima]).dailyHistogram();
    expect(histogram).toHaveLength(day('2023-01-28') - day('2023-01-09') + 1);
    expect(histogram[0]).toEqual({ day: day('2023-01-09'), incidents: 1, killed: 18, injured: 100 });
    expect(histogram.at(-1)).toEqual({ day: day('2023-01-28'), incidents: 1, killed: 1, injured: 30 });
    expect(histogram[5]).toEqual({ day: day('2023-01-14'), incidents: 0, killed: 0, injured: 0 });
  });

  it('equals a naive recount on random datasets and random ranges', () => {
    const random = seededRandom(7);
    const first = day('2022-12-07');
    for (let dataset = 0; dataset < 40; dataset += 1) {
      const incidents = Array.from({ length: randomInt(random, 0, 80) }, () => {
        const start = first + randomInt(random, 0, 114);
        const span = random() < 0.2 ? randomInt(random, 1, 10) : 0;
        return makeIncident({
          date: formatIsoDay(start),
          end_date: span > 0 ? formatIsoDay(start + span) : undefined,
          killed: random() < 0.3 ? randomInt(random, 1, 5) : 0,
          injured: randomInt(random, 0, 40),
          department: DEPARTMENTS[randomInt(random, 0, 2)] as string,
        });
      });
      const time = index(incidents);
      for (let query = 0; query < 25; query += 1) {
        const a = first + randomInt(random, -5, 120);
        const b = a + randomInt(random, -3, 60);
        const expected = naive(incidents, a, b);
        expect(time.totals(a, b)).toEqual(sumTotals(expected));
        expect(new Set(time.indicesInRange(a, b))).toEqual(
          new Set(expected.map((i) => incidents.indexOf(i))),
        );
        const byRegion = time.totalsByRegion(a, b);
        DEPARTMENTS.forEach((department, region) => {
          expect(byRegion[region]).toEqual(sumTotals(expected.filter((i) => i.department === department)));
        });
      }
    }
  });
});
