import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../../src/data/days.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { buildTimeIndex } from '../../../src/model/time/time-index.ts';
import { sumTotals } from '../../../src/model/time/totals.ts';
import { makeIncident } from '../../factories.ts';
import { randomInt, seededRandom } from '../../random.ts';

const day = (text: string) => parseIsoDay(text) as number;
const DEPARTMENTS = ['PE-PUN', 'PE-AYA', 'PE-LIM'];
const regionOf = (incident: Incident) => DEPARTMENTS.indexOf(incident.department);
const index = (incidents: Incident[]) => buildTimeIndex(incidents, regionOf, DEPARTMENTS.length);
const ZERO = { killed: 0, injured: 0, incidents: 0 };

/** The naive recount the index must always agree with: inclusive spans that overlap the inclusive range. */
function naive(incidents: Incident[], fromDay: number, toDay: number): Incident[] {
  if (fromDay > toDay) return [];
  return incidents.filter(
    (incident) => day(incident.date) <= toDay && day(incident.end_date ?? incident.date) >= fromDay,
  );
}

describe('buildTimeIndex(incidents, regionOf, regionCount).totals(fromDay, toDay)', () => {
  const juliaca = makeIncident({ id: 'juliaca', date: '2023-01-09', killed: 18, injured: 100 });
  const lima = makeIncident({ id: 'lima', date: '2023-01-28', killed: 1, injured: 30, department: 'PE-LIM' });
  const march = makeIncident({ id: 'march', date: '2023-01-19', end_date: '2023-01-21', injured: 20 });

  it('counts an incident on the last selected day', () => {
    expect(index([juliaca]).totals(day('2023-01-01'), day('2023-01-09'))).toEqual({
      killed: 18,
      injured: 100,
      incidents: 1,
    });
  });

  it('counts an incident on the first selected day', () => {
    expect(index([juliaca]).totals(day('2023-01-09'), day('2023-01-20')).incidents).toBe(1);
  });

  it('leaves out an incident the day after the range and the day before it', () => {
    const time = index([juliaca]);
    expect(time.totals(day('2023-01-01'), day('2023-01-08'))).toEqual(ZERO);
    expect(time.totals(day('2023-01-10'), day('2023-01-20'))).toEqual(ZERO);
  });

  it('answers a single day', () => {
    expect(index([juliaca, lima, march]).totals(day('2023-01-09'), day('2023-01-09'))).toEqual({
      killed: 18,
      injured: 100,
      incidents: 1,
    });
  });

  it('counts a multi-day incident that started before the range and ends inside it', () => {
    expect(index([march]).totals(day('2023-01-20'), day('2023-01-25')).incidents).toBe(1);
  });

  it('counts a multi-day incident that starts inside the range and ends after it', () => {
    expect(index([march]).totals(day('2023-01-15'), day('2023-01-19')).incidents).toBe(1);
  });

  it('counts a multi-day incident that covers the whole range', () => {
    expect(index([march]).totals(day('2023-01-20'), day('2023-01-20'))).toEqual({
      killed: 0,
      injured: 20,
      incidents: 1,
    });
  });

  it('counts a multi-day incident on its last day and not the day after', () => {
    const time = index([march]);
    expect(time.totals(day('2023-01-21'), day('2023-01-30')).incidents).toBe(1);
    expect(time.totals(day('2023-01-22'), day('2023-01-30')).incidents).toBe(0);
  });

  it('counts a multi-day incident once however much of it the range covers', () => {
    expect(index([march]).totals(day('2023-01-01'), day('2023-02-01')).incidents).toBe(1);
  });

  it('gives zeros for a reversed range', () => {
    expect(index([juliaca, march]).totals(day('2023-01-21'), day('2023-01-09'))).toEqual(ZERO);
  });

  it('gives zeros for an empty dataset', () => {
    expect(index([]).totals(day('2022-12-07'), day('2023-03-31'))).toEqual(ZERO);
  });

  it('gives zeros for ranges before all incidents and after all of them', () => {
    const time = index([juliaca, lima, march]);
    expect(time.totals(day('2022-12-07'), day('2023-01-08'))).toEqual(ZERO);
    expect(time.totals(day('2023-01-29'), day('2023-03-31'))).toEqual(ZERO);
  });

  it('gives the whole dataset for the whole period and for a range far wider', () => {
    const incidents = [juliaca, lima, march];
    expect(index(incidents).totals(day('2022-12-07'), day('2023-03-31'))).toEqual(sumTotals(incidents));
    expect(index(incidents).totals(day('1970-01-01'), day('2100-01-01'))).toEqual(sumTotals(incidents));
  });

  it('sums incidents sharing a day', () => {
    const twin = makeIncident({ date: '2023-01-09', killed: 2, injured: 3 });
    expect(index([juliaca, twin]).totals(day('2023-01-09'), day('2023-01-09'))).toEqual({
      killed: 20,
      injured: 103,
      incidents: 2,
    });
  });

  it('reads an end_date before the date as a single day', () => {
    const backwards = makeIncident({ date: '2023-01-19', end_date: '2023-01-10' });
    expect(index([backwards]).totals(day('2023-01-10'), day('2023-01-18')).incidents).toBe(0);
    expect(index([backwards]).totals(day('2023-01-19'), day('2023-01-19')).incidents).toBe(1);
  });
});

describe('buildTimeIndex(…).totalsByRegion(fromDay, toDay)', () => {
  const juliaca = makeIncident({ date: '2023-01-09', killed: 18, injured: 100 });
  const lima = makeIncident({ date: '2023-01-28', killed: 1, injured: 30, department: 'PE-LIM' });
  const march = makeIncident({
    date: '2023-01-19',
    end_date: '2023-01-21',
    injured: 20,
    department: 'PE-LIM',
  });

  it('splits the totals by region, in region order, with zeros for regions without incidents', () => {
    expect(index([juliaca, lima, march]).totalsByRegion(day('2023-01-01'), day('2023-01-31'))).toEqual([
      { killed: 18, injured: 100, incidents: 1 },
      ZERO,
      { killed: 1, injured: 50, incidents: 2 },
    ]);
  });

  it('gives one zero entry per region for an empty range or an empty dataset', () => {
    expect(index([juliaca]).totalsByRegion(day('2023-01-10'), day('2023-01-09'))).toEqual([ZERO, ZERO, ZERO]);
    expect(index([]).totalsByRegion(day('2023-01-01'), day('2023-01-31'))).toEqual([ZERO, ZERO, ZERO]);
  });

  it('counts incidents outside every region in the totals but in no region', () => {
    const abroad = makeIncident({ date: '2023-01-09', killed: 1, department: 'PE-CUS' });
    const time = index([abroad, juliaca]);
    expect(time.totals(day('2023-01-09'), day('2023-01-09')).incidents).toBe(2);
    expect(time.totalsByRegion(day('2023-01-09'), day('2023-01-09'))[0]?.incidents).toBe(1);
    expect(time.totalsByRegion(day('2023-01-09'), day('2023-01-09')).reduce((s, t) => s + t.killed, 0)).toBe(
      18,
    );
  });

  it('returns fresh objects, so a caller may change them', () => {
    const time = index([juliaca]);
    const first = time.totalsByRegion(day('2023-01-09'), day('2023-01-09'));
    (first[0] as { killed: number }).killed = 99;
    expect(time.totalsByRegion(day('2023-01-09'), day('2023-01-09'))[0]?.killed).toBe(18);
  });
});

describe('buildTimeIndex(…).indicesInRange(fromDay, toDay)', () => {
  const juliaca = makeIncident({ id: 'juliaca', date: '2023-01-09' });
  const lima = makeIncident({ id: 'lima', date: '2023-01-28' });
  const march = makeIncident({ id: 'march', date: '2023-01-19', end_date: '2023-01-21' });
  const strike = makeIncident({ id: 'strike', date: '2023-01-04', end_date: '2023-01-30' });
  const incidents = [lima, march, juliaca, strike];
  const ids = (from: string, to: string) =>
    Array.from(index(incidents).indicesInRange(day(from), day(to)), (i) => incidents[i]?.id);

  it('lists the incidents in range in start-day order', () => {
    expect(ids('2023-01-05', '2023-01-31')).toEqual(['strike', 'juliaca', 'march', 'lima']);
  });

  it('puts multi-day incidents that started before the range first, in start-day order', () => {
    expect(ids('2023-01-20', '2023-01-28')).toEqual(['strike', 'march', 'lima']);
  });

  it('includes incidents on both edges of the range', () => {
    expect(ids('2023-01-09', '2023-01-09')).toEqual(['strike', 'juliaca']);
    expect(ids('2023-01-28', '2023-01-28')).toEqual(['strike', 'lima']);
  });

  it('gives nothing for a reversed range, a range after all incidents and an empty dataset', () => {
    expect(ids('2023-01-20', '2023-01-19')).toEqual([]);
    expect(ids('2023-01-31', '2023-03-31')).toEqual([]);
    expect(Array.from(index([]).indicesInRange(day('2023-01-01'), day('2023-01-31')))).toEqual([]);
  });

  it('breaks ties between incidents of one day by their order in the input', () => {
    const a = makeIncident({ id: 'a', date: '2023-01-09' });
    const b = makeIncident({ id: 'b', date: '2023-01-09' });
    const list = [b, a];
    const found = index(list).indicesInRange(day('2023-01-09'), day('2023-01-09'));
    expect(Array.from(found, (i) => list[i]?.id)).toEqual(['b', 'a']);
  });
});

describe('buildTimeIndex(…) firstDay, lastDay, count and dailyHistogram()', () => {
  const juliaca = makeIncident({ date: '2023-01-09', killed: 18, injured: 100 });
  const lima = makeIncident({ date: '2023-01-28', killed: 1, injured: 30 });
  const march = makeIncident({ date: '2023-01-19', end_date: '2023-02-02', injured: 20 });

  it('knows how many incidents it holds, the first start day and the last end day', () => {
    const time = index([lima, march, juliaca]);
    expect([time.count, time.firstDay, time.lastDay]).toEqual([3, day('2023-01-09'), day('2023-02-02')]);
  });

  it('has NaN first and last days, no count and an empty histogram when empty', () => {
    const time = index([]);
    expect(time.count).toBe(0);
    expect(Number.isNaN(time.firstDay) && Number.isNaN(time.lastDay)).toBe(true);
    expect(time.dailyHistogram()).toEqual([]);
  });

  it('makes one histogram entry per day from the first day to the last, counting incidents by start day', () => {
    const histogram = index([juliaca, lima, march]).dailyHistogram();
    expect(histogram).toHaveLength(day('2023-02-02') - day('2023-01-09') + 1);
    expect(histogram.map((bin) => bin.day)).toEqual(
      Array.from({ length: histogram.length }, (_, k) => day('2023-01-09') + k),
    );
    expect(histogram[0]).toEqual({ day: day('2023-01-09'), incidents: 1, killed: 18, injured: 100 });
    expect(histogram[10]).toEqual({ day: day('2023-01-19'), incidents: 1, killed: 0, injured: 20 });
    expect(histogram[5]).toEqual({ day: day('2023-01-14'), incidents: 0, killed: 0, injured: 0 });
    expect(histogram.at(-1)).toEqual({ day: day('2023-02-02'), incidents: 0, killed: 0, injured: 0 });
  });

  it('has histogram sums that equal the totals of the whole period', () => {
    const incidents = [juliaca, lima, march];
    const histogram = index(incidents).dailyHistogram();
    expect(histogram.reduce((sum, bin) => sum + bin.incidents, 0)).toBe(3);
    expect(histogram.reduce((sum, bin) => sum + bin.injured, 0)).toBe(sumTotals(incidents).injured);
  });
});

describe('buildTimeIndex against a naive recount', () => {
  /** Random incidents over the period, about one in five lasting several days, in three regions. */
  function randomIncidents(random: () => number, count: number): Incident[] {
    const first = day('2022-12-07');
    return Array.from({ length: count }, () => {
      const start = first + randomInt(random, 0, 114);
      const span = random() < 0.2 ? randomInt(random, 1, 40) : 0;
      return makeIncident({
        date: formatIsoDay(start),
        end_date: span > 0 ? formatIsoDay(start + span) : undefined,
        killed: random() < 0.3 ? randomInt(random, 1, 5) : 0,
        injured: randomInt(random, 0, 40),
        department: DEPARTMENTS[randomInt(random, 0, 2)] as string,
      });
    });
  }

  it('gives the same totals, totals by region and indices on many random datasets and ranges', () => {
    const random = seededRandom(7);
    const first = day('2022-12-07');
    for (let dataset = 0; dataset < 60; dataset += 1) {
      const incidents = randomIncidents(random, randomInt(random, 0, 120));
      const time = index(incidents);
      for (let query = 0; query < 30; query += 1) {
        const a = first + randomInt(random, -10, 160);
        const b = a + randomInt(random, -3, 60);
        const expected = naive(incidents, a, b);
        expect(time.totals(a, b)).toEqual(sumTotals(expected));
        const found = Array.from(time.indicesInRange(a, b));
        expect(new Set(found).size).toBe(found.length);
        const numeric = (x: number, y: number) => x - y;
        expect([...found].sort(numeric)).toEqual(expected.map((i) => incidents.indexOf(i)).sort(numeric));
        const starts = found.map((i) => day((incidents[i] as Incident).date));
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
        const byRegion = time.totalsByRegion(a, b);
        DEPARTMENTS.forEach((department, region) => {
          expect(byRegion[region]).toEqual(sumTotals(expected.filter((i) => i.department === department)));
        });
      }
    }
  });

  it('gives a histogram whose days sum to the naive count of incidents starting on each day', () => {
    const random = seededRandom(11);
    const incidents = randomIncidents(random, 300);
    const histogram = index(incidents).dailyHistogram();
    for (const bin of histogram) {
      const starting = incidents.filter((incident) => day(incident.date) === bin.day);
      expect(bin).toEqual({ day: bin.day, ...sumTotals(starting) });
    }
  });
});
