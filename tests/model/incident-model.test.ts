import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/data/days.ts';
import { DEPARTMENTS } from '../../src/data/departments.ts';
import type { Incident } from '../../src/data/schema.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../../src/data/vocabulary.ts';
import {
  buffersOf,
  buildModelData,
  createIncidentModel,
  incidentsAt,
  modelFrom,
  selectIncidents,
  shownIncidents,
} from '../../src/model/incident-model.ts';
import { buildCategoryIndex } from '../../src/model/regions/category-index.ts';
import { type Filters, matchesContext, matchesFilters } from '../../src/model/regions/filters.ts';
import { makeIncident } from '../factories.ts';
import { pick, randomInt, seededRandom, subset } from '../random.ts';

const day = (text: string) => parseIsoDay(text) as number;
const isoOf = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

function randomIncidents(random: () => number, count: number): Incident[] {
  return Array.from({ length: count }, () => {
    const start = day('2022-12-07') + randomInt(random, 0, 114);
    const violations = VIOLATIONS.filter(() => random() < 0.25);
    return makeIncident({
      date: isoOf(start),
      ...(random() < 0.15 ? { end_date: isoOf(start + randomInt(random, 1, 4)) } : {}),
      killed: randomInt(random, 0, 3),
      injured: randomInt(random, 0, 30),
      violations: violations.length > 0 ? violations : [pick(random, VIOLATIONS)],
      context: pick(random, CONTEXTS),
      perpetrator: pick(random, PERPETRATORS),
    });
  });
}

describe('selectIncidents(placed, keep)', () => {
  const incidents = [makeIncident({ killed: 1 }), makeIncident({ killed: 2 }), makeIncident({ killed: 3 })];
  const placed = { incidents, regions: Int32Array.from([4, 7, 4]) };

  it('keeps the incidents and their regions together, in order', () => {
    const kept = selectIncidents(placed, (_, region) => region === 4);
    expect(kept.incidents.map((incident) => incident.killed)).toEqual([1, 3]);
    expect(Array.from(kept.regions)).toEqual([4, 4]);
  });

  it('returns the input itself when everything is kept, so memoised views are not rebuilt', () => {
    expect(selectIncidents(placed, () => true)).toBe(placed);
  });

  it('can keep nothing', () => {
    expect(selectIncidents(placed, () => false).incidents).toEqual([]);
  });
});

describe('createIncidentModel on filtered incidents', () => {
  it('gives region totals equal to a naive recount for random filters, regions and ranges', () => {
    const random = seededRandom(2023);
    for (let round = 0; round < 15; round += 1) {
      const incidents = randomIncidents(random, randomInt(random, 0, 120));
      const regions = Int32Array.from(incidents, () => randomInt(random, 0, DEPARTMENTS.length - 1));
      const filters: Filters = {
        categories: subset(random, VIOLATIONS),
        contexts: subset(random, CONTEXTS),
        perpetrators: subset(random, PERPETRATORS),
      };
      const model = createIncidentModel(
        selectIncidents({ incidents, regions }, (incident) => matchesFilters(incident, filters)),
      );
      const scoped = selectIncidents({ incidents, regions }, (incident) => matchesContext(incident, filters));
      const categories = buildCategoryIndex(scoped.incidents, scoped.regions, DEPARTMENTS.length);
      for (let query = 0; query < 8; query += 1) {
        const fromDay = day('2022-12-07') + randomInt(random, 0, 114);
        const toDay = fromDay + randomInt(random, 0, 30);
        const inRange = (incident: Incident) =>
          day(incident.date) <= toDay && day(incident.end_date ?? incident.date) >= fromDay;
        const byRegion = model.time.totalsByRegion(fromDay, toDay);
        const table = categories.table(fromDay, toDay);
        DEPARTMENTS.forEach((_, r) => {
          const expected = { killed: 0, injured: 0, incidents: 0 };
          incidents.forEach((incident, i) => {
            if (regions[i] !== r || !inRange(incident) || !matchesFilters(incident, filters)) return;
            expected.killed += incident.killed;
            expected.injured += incident.injured;
            expected.incidents += 1;
          });
          expect(byRegion[r]).toEqual(expected);
          // For a selected category, the breakdown counts exactly the shown incidents that have it.
          VIOLATIONS.forEach((violation, c) => {
            if (!filters.categories.has(violation)) return;
            const withIt = incidents.filter(
              (incident, i) =>
                regions[i] === r &&
                inRange(incident) &&
                matchesFilters(incident, filters) &&
                incident.violations.includes(violation),
            ).length;
            expect(table[r]?.[c]?.incidents).toBe(withIt);
          });
        });
        const sum = byRegion.reduce((total, totals) => total + totals.incidents, 0);
        expect(model.time.totals(fromDay, toDay).incidents).toBe(sum);
      }
    }
  });
});

describe('buildModelData and modelFrom (the loading worker builds, the page wraps)', () => {
  it('answers as createIncidentModel after a structured clone with every buffer transferred', () => {
    const random = seededRandom(99);
    const incidents = randomIncidents(random, 200).map((incident) => ({
      ...incident,
      lng: -80 + random() * 10,
      lat: -17 + random() * 15,
    }));
    const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
    const data = buildModelData({ incidents, regions });
    const moved = structuredClone(data, { transfer: buffersOf(data) });
    expect(data.time.byStart.byteLength).toBe(0);
    // The range-maximum tables go with the rest: the page builds none of them.
    expect(moved.time.multiReachLevels.length).toBeGreaterThan(2);
    expect(moved.clusters.leaf.multiReachLevels.length).toBeGreaterThan(2);
    expect(data.time.multiReachLevels.every((level) => level.byteLength === 0)).toBe(true);
    expect(data.clusters.leaf.multiReachLevels.every((level) => level.byteLength === 0)).toBe(true);
    const wrapped = modelFrom({ incidents, regions }, moved);
    const built = createIncidentModel({ incidents, regions });
    const [fromDay, toDay] = [day('2022-12-20'), day('2023-01-20')];
    expect(wrapped.time.totalsByRegion(fromDay, toDay)).toEqual(built.time.totalsByRegion(fromDay, toDay));
    expect(Array.from(wrapped.time.indicesInRange(fromDay, toDay))).toEqual(
      Array.from(built.time.indicesInRange(fromDay, toDay)),
    );
    const query = { fromDay, toDay, zoom: 6, bbox: [-82, -19, -68, 0] as [number, number, number, number] };
    expect(wrapped.clusters.query(query)).toEqual(built.clusters.query(query));
  });
});

describe('incidentsAt(incidents, indices)', () => {
  it('gives the incidents at the indices, in the order of the indices, repeats included', () => {
    const incidents = [makeIncident({ killed: 1 }), makeIncident({ killed: 2 }), makeIncident({ killed: 3 })];
    expect(incidentsAt(incidents, Int32Array.from([2, 0, 2])).map((incident) => incident.killed)).toEqual([
      3, 1, 3,
    ]);
    expect(incidentsAt(incidents, new Int32Array(0))).toEqual([]);
  });
});

describe('shownIncidents(incidents, count, indicesOf)', () => {
  const incidents = [1, 2, 3, 4].map((killed) => makeIncident({ killed }));
  const order = Int32Array.from([3, 1, 2]);
  const asked: number[] = [];
  const shown = shownIncidents(incidents, 3, (limit) => {
    asked.push(limit);
    return order.slice(0, limit);
  });

  it('reads only the first ones a page needs, in order', () => {
    expect(shown.count).toBe(3);
    expect(shown.first(2).map((incident) => incident.killed)).toEqual([4, 2]);
    expect(shown.first(10).map((incident) => incident.killed)).toEqual([4, 2, 3]);
    expect(shown.first(0)).toEqual([]);
    expect(asked).toEqual([2, 10, 0]);
  });

  it('gathers all of them once, and reads the first ones from that afterwards', () => {
    const all = shown.all();
    expect(all.map((incident) => incident.killed)).toEqual([4, 2, 3]);
    expect(shown.all()).toBe(all);
    expect(shown.first(1)).toEqual([incidents[3]]);
    expect(asked).toEqual([2, 10, 0, Number.POSITIVE_INFINITY]);
  });
});
