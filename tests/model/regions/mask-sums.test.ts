import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/days.ts';
import { DEPARTMENTS } from '../../../src/data/departments.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../../../src/data/vocabulary.ts';
import { buildIncidentColumns, filterMask } from '../../../src/model/incident-columns.ts';
import {
  buildModelData,
  createIncidentModel,
  modelFrom,
  selectIncidents,
} from '../../../src/model/incident-model.ts';
import {
  categoryTableOf,
  maskedCategoryTable,
  maskModel,
  scopedCategoryTable,
} from '../../../src/model/masked-model.ts';
import { ALL_FILTERS, type Filters, matchesFilters } from '../../../src/model/regions/filters.ts';
import {
  buildMaskSums,
  buildMaskSumsData,
  isWorthSums,
  MAX_SUM_DAYS,
  maskSumsFrom,
} from '../../../src/model/regions/mask-sums.ts';
import { makeIncident } from '../../factories.ts';
import { pick, randomInt, seededRandom, subset } from '../../random.ts';

const day = (text: string) => parseIsoDay(text) as number;
const isoOf = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** Random incidents starting within `spanDays` of 2022-12-07, some lasting several days. */
function randomIncidents(random: () => number, count: number, spanDays = 114): Incident[] {
  return Array.from({ length: count }, () => {
    const start = day('2022-12-07') + randomInt(random, 0, spanDays);
    const violations = VIOLATIONS.filter(() => random() < 0.25);
    return makeIncident({
      date: isoOf(start),
      ...(random() < 0.2 ? { end_date: isoOf(start + randomInt(random, 1, 6)) } : {}),
      killed: randomInt(random, 0, 3),
      injured: randomInt(random, 0, 30),
      violations: violations.length > 0 ? violations : [pick(random, VIOLATIONS)],
      context: pick(random, CONTEXTS),
      perpetrator: pick(random, PERPETRATORS),
    });
  });
}

function randomFilters(random: () => number): Filters {
  return {
    categories: subset(random, VIOLATIONS),
    contexts: subset(random, CONTEXTS),
    perpetrators: subset(random, PERPETRATORS),
  };
}

/** Ranges around and across the incidents' days, empty and reversed ones included. */
function randomRange(random: () => number): [number, number] {
  const fromDay = day('2022-11-25') + randomInt(random, 0, 140);
  return [fromDay, fromDay + randomInt(random, -3, 60)];
}

describe('buildMaskSums(columns, keep, regionCount)', () => {
  it('gives the same region × category table as a scan of the columns, for random masks and ranges', () => {
    const random = seededRandom(1501);
    for (let round = 0; round < 15; round += 1) {
      const incidents = randomIncidents(random, randomInt(random, 0, 200));
      const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
      const placed = { incidents, regions };
      const columns = buildIncidentColumns(placed, buildModelData(placed).clusters.leaf.order);
      const keep = filterMask(columns, randomFilters(random), random() < 0.5);
      const sums = buildMaskSums(columns, keep.byPosition, DEPARTMENTS.length);
      const tableOf = categoryTableOf(columns, keep, DEPARTMENTS.length);
      for (let query = 0; query < 10; query += 1) {
        const [fromDay, toDay] = randomRange(random);
        const scanned = maskedCategoryTable(columns, keep, DEPARTMENTS.length, fromDay, toDay);
        expect(sums?.categoryTable(fromDay, toDay)).toEqual(scanned);
        expect(tableOf(fromDay, toDay)).toEqual(scanned);
      }
    }
  });

  it('gives the same tables through categoryTableOf and the masked model when the incidents are many enough for sums', () => {
    const random = seededRandom(1506);
    for (let round = 0; round < 4; round += 1) {
      const incidents = randomIncidents(random, 700, 5);
      const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
      const placed = { incidents, regions };
      const data = buildModelData(placed);
      const columns = buildIncidentColumns(placed, data.clusters.leaf.order);
      expect(isWorthSums(columns, DEPARTMENTS.length)).toBe(true);
      const filters = randomFilters(random);
      const keep = filterMask(columns, filters, true);
      const tableOf = categoryTableOf(columns, keep, DEPARTMENTS.length);
      const masked = maskModel(modelFrom(placed, data), columns, keep);
      const rebuilt = createIncidentModel(
        selectIncidents(placed, (incident) => matchesFilters(incident, filters)),
      );
      for (let query = 0; query < 10; query += 1) {
        const [fromDay, toDay] = randomRange(random);
        expect(tableOf(fromDay, toDay)).toEqual(
          maskedCategoryTable(columns, keep, DEPARTMENTS.length, fromDay, toDay),
        );
        expect(masked.time.totalsByRegion(fromDay, toDay)).toEqual(
          rebuilt.time.totalsByRegion(fromDay, toDay),
        );
      }
    }
  });

  it('gives the totals and totals by region of a model rebuilt for the kept incidents', () => {
    const random = seededRandom(1502);
    for (let round = 0; round < 15; round += 1) {
      const incidents = randomIncidents(random, randomInt(random, 0, 200));
      const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
      const placed = { incidents, regions };
      const filters = randomFilters(random);
      const rebuilt = createIncidentModel(
        selectIncidents(placed, (incident) => matchesFilters(incident, filters)),
      );
      const columns = buildIncidentColumns(placed, buildModelData(placed).clusters.leaf.order);
      const keep = filterMask(columns, filters, true);
      const sums = buildMaskSums(columns, keep.byPosition, DEPARTMENTS.length);
      for (let query = 0; query < 10; query += 1) {
        const [fromDay, toDay] = randomRange(random);
        expect(sums?.totals(fromDay, toDay)).toEqual(rebuilt.time.totals(fromDay, toDay));
        expect(sums?.totalsByRegion(fromDay, toDay)).toEqual(rebuilt.time.totalsByRegion(fromDay, toDay));
      }
    }
  });

  it('counts an incident on its last day and not the day after', () => {
    const incidents = [
      makeIncident({ date: '2023-01-09', end_date: '2023-01-11', killed: 2, violations: ['life'] }),
    ];
    const placed = { incidents, regions: Int32Array.from([3]) };
    const columns = buildIncidentColumns(placed, buildModelData(placed).clusters.leaf.order);
    const sums = buildMaskSums(columns, Uint8Array.of(1), DEPARTMENTS.length);
    expect(sums?.totalsByRegion(day('2023-01-11'), day('2023-01-20'))[3]).toEqual({
      killed: 2,
      injured: 0,
      incidents: 1,
    });
    expect(sums?.totals(day('2023-01-12'), day('2023-01-20'))).toEqual({
      killed: 0,
      injured: 0,
      incidents: 0,
    });
  });

  it('declines days spanning more than MAX_SUM_DAYS, and the masked model then scans with the same results', () => {
    const random = seededRandom(1503);
    const incidents = randomIncidents(random, 120, MAX_SUM_DAYS + 200);
    const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
    const placed = { incidents, regions };
    const data = buildModelData(placed);
    const columns = buildIncidentColumns(placed, data.clusters.leaf.order);
    const filters = randomFilters(random);
    const keep = filterMask(columns, filters, true);
    expect(buildMaskSums(columns, keep.byPosition, DEPARTMENTS.length)).toBeNull();
    const masked = maskModel(modelFrom(placed, data), columns, keep);
    const rebuilt = createIncidentModel(
      selectIncidents(placed, (incident) => matchesFilters(incident, filters)),
    );
    const tableOf = categoryTableOf(columns, keep, DEPARTMENTS.length);
    expect(masked.time.dailyHistogram()).toEqual(rebuilt.time.dailyHistogram());
    for (const [fromDay, toDay] of [
      [day('2022-12-07'), day('2025-12-31')],
      [day('2023-06-01'), day('2024-01-31')],
    ] as const) {
      expect(masked.time.totals(fromDay, toDay)).toEqual(rebuilt.time.totals(fromDay, toDay));
      expect(masked.time.totalsByRegion(fromDay, toDay)).toEqual(rebuilt.time.totalsByRegion(fromDay, toDay));
      expect(tableOf(fromDay, toDay)).toEqual(
        maskedCategoryTable(columns, keep, DEPARTMENTS.length, fromDay, toDay),
      );
    }
  });
});

describe('buildMaskSumsData(columns, null, regionCount)', () => {
  it('gives, after crossing to another thread, the sums of a mask keeping every incident', () => {
    const random = seededRandom(1504);
    const incidents = randomIncidents(random, 150);
    const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
    const placed = { incidents, regions };
    const columns = buildIncidentColumns(placed, buildModelData(placed).clusters.leaf.order);
    const data = buildMaskSumsData(columns, null, DEPARTMENTS.length);
    if (!data) throw new Error('the days fit: sums expected');
    const moved = maskSumsFrom(structuredClone(data));
    const kept = buildMaskSums(columns, new Uint8Array(incidents.length).fill(1), DEPARTMENTS.length);
    for (let query = 0; query < 10; query += 1) {
      const [fromDay, toDay] = randomRange(random);
      expect(moved.categoryTable(fromDay, toDay)).toEqual(kept?.categoryTable(fromDay, toDay));
      expect(moved.totalsByRegion(fromDay, toDay)).toEqual(kept?.totalsByRegion(fromDay, toDay));
    }
  });
});

describe('isWorthSums(columns, regionCount)', () => {
  const columnsOf = (count: number, spanDays: number) => {
    const incidents = Array.from({ length: count }, (_, i) =>
      makeIncident({ date: isoOf(day('2023-01-01') + (i % spanDays)) }),
    );
    const placed = { incidents, regions: new Int32Array(count) };
    return buildIncidentColumns(placed, buildModelData(placed).clusters.leaf.order);
  };

  it('builds sums once the incidents fill the (day, region) slots, and the columns carry them then', () => {
    // 10 days and 26 region rows: 11 × 26 = 286 slots.
    expect(isWorthSums(columnsOf(285, 10), DEPARTMENTS.length)).toBe(false);
    expect(columnsOf(285, 10).sumsOfAll).toBeNull();
    expect(isWorthSums(columnsOf(286, 10), DEPARTMENTS.length)).toBe(true);
    expect(columnsOf(286, 10).sumsOfAll).not.toBeNull();
    expect(isWorthSums(columnsOf(0, 10), DEPARTMENTS.length)).toBe(false);
  });
});

describe('scopedCategoryTable(columns, filters, regionCount)', () => {
  it('gives the table of the context and perpetrator mask, with every one selected or some', () => {
    const random = seededRandom(1505);
    for (let round = 0; round < 12; round += 1) {
      const incidents = randomIncidents(random, randomInt(random, 0, 150));
      const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
      const placed = { incidents, regions };
      const columns = buildIncidentColumns(placed, buildModelData(placed).clusters.leaf.order);
      const filters = round % 2 === 0 ? ALL_FILTERS : randomFilters(random);
      const scoped = filterMask(columns, { ...filters, categories: new Set() }, false);
      const tableOf = scopedCategoryTable(columns, filters, DEPARTMENTS.length);
      for (let query = 0; query < 8; query += 1) {
        const [fromDay, toDay] = randomRange(random);
        expect(tableOf(fromDay, toDay)).toEqual(
          maskedCategoryTable(columns, scoped, DEPARTMENTS.length, fromDay, toDay),
        );
      }
    }
  });

  it('reads the sums built with the columns, not the incidents, when every context and perpetrator is selected', () => {
    const incidents = [makeIncident({ date: '2023-01-09', killed: 2, violations: ['life'] })];
    const placed = { incidents, regions: Int32Array.of(3) };
    const columns = buildIncidentColumns(placed, buildModelData(placed).clusters.leaf.order);
    // One incident is too few to build sums for (isWorthSums): built here to see that they are read.
    const sumsOfAll = buildMaskSumsData(columns, null, DEPARTMENTS.length);
    // Columns whose classes say "no category": only the prebuilt sums still know the incident's.
    const stripped = { ...columns, classes: new Uint16Array(1), sumsOfAll };
    const life = VIOLATIONS.indexOf('life');
    const table = scopedCategoryTable(
      stripped,
      ALL_FILTERS,
      DEPARTMENTS.length,
    )(day('2023-01-01'), day('2023-01-31'));
    expect(table[3]?.[life]).toEqual({ killed: 2, injured: 0, incidents: 1 });
    const scanned = scopedCategoryTable({ ...stripped, sumsOfAll: null }, ALL_FILTERS, DEPARTMENTS.length);
    expect(scanned(day('2023-01-01'), day('2023-01-31'))[3]?.[life]?.incidents).toBe(0);
  });
});
