import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/data/days.ts';
import { DEPARTMENTS, PERU_BBOX } from '../../src/data/departments.ts';
import type { Incident } from '../../src/data/schema.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../../src/data/vocabulary.ts';
import type { ClusterItem } from '../../src/model/clusters/cluster-index.ts';
import { buildIncidentColumns, filterMask } from '../../src/model/incident-columns.ts';
import {
  buildModelData,
  createIncidentModel,
  type IncidentModel,
  modelFrom,
  selectIncidents,
} from '../../src/model/incident-model.ts';
import { maskedCategoryTable, maskModel } from '../../src/model/masked-model.ts';
import { buildCategoryIndex } from '../../src/model/regions/category-index.ts';
import { type Filters, matchesContext, matchesFilters } from '../../src/model/regions/filters.ts';
import { makeIncident } from '../factories.ts';
import { pick, randomInt, seededRandom, subset } from '../random.ts';

const day = (text: string) => parseIsoDay(text) as number;
const isoOf = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

function randomIncidents(random: () => number, count: number): Incident[] {
  // A few places, so that cells hold several incidents at every zoom.
  const places = Array.from({ length: 6 }, () => [-80 + random() * 10, -17 + random() * 15] as const);
  return Array.from({ length: count }, () => {
    const start = day('2022-12-07') + randomInt(random, 0, 114);
    const violations = VIOLATIONS.filter(() => random() < 0.25);
    const [lng, lat] = pick(random, places);
    return makeIncident({
      lng: lng + (random() - 0.5) * 0.02,
      lat: lat + (random() - 0.5) * 0.02,
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

/** A query's items as comparable text, naming single incidents by object (their indices differ). */
function itemsOf(model: IncidentModel, items: ClusterItem[]): string[] {
  return items
    .map((item) =>
      item.kind === 'cluster'
        ? `cluster ${item.zoom}/${item.cellId} ${item.incidents} ${item.killed} ${item.injured}`
        : `incident ${JSON.stringify(model.incidents[item.index])}`,
    )
    .sort();
}

describe('maskModel(model, columns, keep)', () => {
  it('answers every query as a model rebuilt for the filtered incidents, for random filters, regions and ranges', () => {
    const random = seededRandom(15);
    for (let round = 0; round < 12; round += 1) {
      const incidents = randomIncidents(random, randomInt(random, 0, 150));
      const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
      const placed = { incidents, regions };
      const filters: Filters = {
        categories: subset(random, VIOLATIONS),
        contexts: subset(random, CONTEXTS),
        perpetrators: subset(random, PERPETRATORS),
      };
      const region = random() < 0.3 ? randomInt(random, 0, DEPARTMENTS.length - 1) : -1;
      const rebuilt = createIncidentModel(
        selectIncidents(
          placed,
          (incident, r) => matchesFilters(incident, filters) && (region < 0 || r === region),
        ),
      );
      const data = buildModelData(placed);
      const columns = buildIncidentColumns(placed, data.clusters.leaf.order);
      const masked = maskModel(modelFrom(placed, data), columns, filterMask(columns, filters, true, region));

      expect(masked.time.count).toBe(rebuilt.time.count);
      expect(masked.time.dailyHistogram()).toEqual(rebuilt.time.dailyHistogram());
      for (let query = 0; query < 8; query += 1) {
        const fromDay = day('2022-12-01') + randomInt(random, 0, 120);
        const toDay = fromDay + randomInt(random, -2, 40);
        expect(masked.time.totals(fromDay, toDay)).toEqual(rebuilt.time.totals(fromDay, toDay));
        expect(masked.time.totalsByRegion(fromDay, toDay)).toEqual(
          rebuilt.time.totalsByRegion(fromDay, toDay),
        );
        const listed = (model: IncidentModel) =>
          Array.from(model.time.indicesInRange(fromDay, toDay), (i) => model.incidents[i]);
        expect(listed(masked)).toEqual(listed(rebuilt));
        const limit = randomInt(random, 0, 12);
        const firstOf = (model: IncidentModel) =>
          Array.from(model.time.indicesInRange(fromDay, toDay, limit), (i) => model.incidents[i]);
        expect(firstOf(masked)).toEqual(listed(rebuilt).slice(0, limit));
        expect(firstOf(rebuilt)).toEqual(listed(rebuilt).slice(0, limit));
        expect(masked.time.totals(fromDay, toDay).incidents).toBe(listed(rebuilt).length);
        for (const zoom of [0, 4, 9, 13]) {
          const q = { fromDay, toDay, zoom, bbox: [...PERU_BBOX] as [number, number, number, number] };
          const got = masked.clusters.query(q);
          expect(itemsOf(masked, got)).toEqual(itemsOf(rebuilt, rebuilt.clusters.query(q)));
          for (const item of got) {
            if (item.kind !== 'cluster') continue;
            expect(masked.clusters.expansionZoomOfCell(item.cellId, item.zoom, fromDay, toDay)).toBe(
              rebuilt.clusters.expansionZoomOfCell(item.cellId, item.zoom, fromDay, toDay),
            );
          }
        }
      }
    }
  });

  it('keeps nothing when every category is switched off', () => {
    const incidents = randomIncidents(seededRandom(3), 40);
    const placed = { incidents, regions: new Int32Array(incidents.length) };
    const data = buildModelData(placed);
    const columns = buildIncidentColumns(placed, data.clusters.leaf.order);
    const none: Filters = {
      categories: new Set(),
      contexts: new Set(CONTEXTS),
      perpetrators: new Set(PERPETRATORS),
    };
    const masked = maskModel(modelFrom(placed, data), columns, filterMask(columns, none, true));
    expect(masked.time.totals(day('2022-12-01'), day('2023-03-31'))).toEqual({
      incidents: 0,
      killed: 0,
      injured: 0,
    });
    expect(masked.clusters.query({ fromDay: 0, toDay: 99_999, zoom: 3, bbox: [...PERU_BBOX] })).toEqual([]);
  });
});

describe('maskedCategoryTable', () => {
  it('equals the category index built for the context and perpetrator selection', () => {
    const random = seededRandom(1515);
    for (let round = 0; round < 10; round += 1) {
      const incidents = randomIncidents(random, randomInt(random, 0, 120));
      const regions = Int32Array.from(incidents, () => randomInt(random, -1, DEPARTMENTS.length - 1));
      const placed = { incidents, regions };
      const filters: Filters = {
        categories: subset(random, VIOLATIONS),
        contexts: subset(random, CONTEXTS),
        perpetrators: subset(random, PERPETRATORS),
      };
      const scoped = selectIncidents(placed, (incident) => matchesContext(incident, filters));
      const index = buildCategoryIndex(scoped.incidents, scoped.regions, DEPARTMENTS.length);
      const columns = buildIncidentColumns(placed, buildModelData(placed).clusters.leaf.order);
      const keep = filterMask(columns, filters, false);
      const fromDay = day('2022-12-01') + randomInt(random, 0, 120);
      const toDay = fromDay + randomInt(random, -2, 40);
      expect(maskedCategoryTable(columns, keep, DEPARTMENTS.length, fromDay, toDay)).toEqual(
        index.table(fromDay, toDay),
      );
    }
  });
});
