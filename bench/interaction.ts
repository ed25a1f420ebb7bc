/**
 * What the page computes (useSelection, and the people tab's list) on a timeline step and on a category
 * toggle, as the browser benchmark drives them (e2e/load-perf.ts): steps of the range's end by one day over the
 * whole period with every filter on, and `property` switched off and on again. Before: the region × category
 * table and, under a filter, the totals as scans of the columns; the list of shown incidents gathered into an
 * array and the people listed from it at every change. After: running sums per day built once per mask
 * (regions/mask-sums.ts), the shown incidents as a view read a page at a time, the people listed only while
 * their tab is open. Both must give the same figures before times print.
 */
import { DEPARTMENTS, PERU_BBOX } from '../src/data/departments.ts';
import type { Incident } from '../src/data/schema.ts';
import { VIOLATIONS } from '../src/data/vocabulary.ts';
import { toMapFeatures } from '../src/model/clusters/map-features.ts';
import {
  buildIncidentColumns,
  filterMask,
  firstReaching,
  type IncidentColumns,
} from '../src/model/incident-columns.ts';
import {
  buildModelData,
  type IncidentModel,
  incidentsAt,
  modelFrom,
  type PlacedIncidents,
  shownIncidents,
} from '../src/model/incident-model.ts';
import { categoryTableOf, maskedCategoryTable, maskModel } from '../src/model/masked-model.ts';
import { listPeople } from '../src/model/people/people-in-view.ts';
import { ALL_FILTERS, type Filters, isEveryIncident } from '../src/model/regions/filters.ts';
import type { Totals } from '../src/model/time/totals.ts';

export interface InteractionResult {
  size: number;
  /** Medians, ms. */
  stepBefore: number;
  stepAfter: number;
  toggleBefore: number;
  toggleAfter: number;
}

const FROM = 19333; // 2022-12-07
const TO = 19447; // 2023-03-31
const R = DEPARTMENTS.length;
const BBOX: [number, number, number, number] = [...PERU_BBOX];
const WITHOUT_PROPERTY: Filters = {
  ...ALL_FILTERS,
  categories: new Set(VIOLATIONS.filter((violation) => violation !== 'property')),
};

/** The totals by region (row R for none) of the kept incidents in range, by a scan: the masked model before. */
function scanByRegion(columns: IncidentColumns, keep: Uint8Array, fromDay: number, toDay: number): Totals[] {
  const rows = Array.from({ length: R + 1 }, () => ({ killed: 0, injured: 0, incidents: 0 }));
  const { startDay, endDay, region, killed, injured } = columns;
  for (let p = firstReaching(columns, fromDay); p < startDay.length; p += 1) {
    if ((startDay[p] as number) > toDay) break;
    if (keep[p] !== 1 || (endDay[p] as number) < fromDay) continue;
    const r = region[p] as number;
    const row = rows[r >= 0 && r < R ? r : R] as Totals;
    row.incidents += 1;
    row.killed += killed[p] as number;
    row.injured += injured[p] as number;
  }
  return rows;
}

/** The totals and the totals by region (R rows) of a range, as the page asks them of its model. */
type RegionTotals = (fromDay: number, toDay: number) => { totals: Totals; byRegion: Totals[] };

const sumRows = (rows: Totals[]): Totals =>
  rows.reduce(
    (sum, row) => ({
      killed: sum.killed + row.killed,
      injured: sum.injured + row.injured,
      incidents: sum.incidents + row.incidents,
    }),
    { killed: 0, injured: 0, incidents: 0 },
  );

/** Everything one render of the page computes for a model, a range and a category table. */
function figures(
  model: IncidentModel,
  regionTotals: RegionTotals,
  table: Totals[][],
  toDay: number,
  isBefore: boolean,
) {
  const { totals, byRegion } = regionTotals(FROM, toDay);
  let firstPage: readonly Incident[];
  let count: number;
  let people = 0;
  if (isBefore) {
    const shown = incidentsAt(model.incidents, model.time.indicesInRange(FROM, toDay));
    firstPage = shown.slice(0, 100);
    count = shown.length;
    people = listPeople(shown).people.length;
  } else {
    const shown = shownIncidents(model.incidents, model.time.totals(FROM, toDay).incidents, (limit) =>
      model.time.indicesInRange(FROM, toDay, limit),
    );
    firstPage = shown.first(100);
    count = shown.count;
  }
  const features = toMapFeatures(
    model.clusters.query({ fromDay: FROM, toDay, zoom: 5, bbox: BBOX }),
    model.incidents,
  );
  return { byRegion, totals, table, firstPage, count, people, features };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Times steps and toggles both ways on the model of `placed`, built once before the timing. */
export function benchInteraction(placed: PlacedIncidents): InteractionResult {
  const data = buildModelData(placed);
  const everything = modelFrom(placed, data);
  const columns = buildIncidentColumns(placed, data.clusters.leaf.order);
  const allKept = filterMask(columns, ALL_FILTERS, false);
  const tableOf = categoryTableOf(columns, allKept, R);

  const indexed: RegionTotals = (f, t) => ({
    totals: everything.time.totals(f, t),
    byRegion: everything.time.totalsByRegion(f, t),
  });
  const stepBefore = (toDay: number) =>
    figures(
      everything,
      indexed,
      maskedCategoryTable(columns, filterMask(columns, ALL_FILTERS, false), R, FROM, toDay),
      toDay,
      true,
    );
  const stepAfter = (toDay: number) => figures(everything, indexed, tableOf(FROM, toDay), toDay, false);
  const toggleBefore = (filters: Filters) => {
    const scoped = filterMask(columns, filters, false);
    const mask = filterMask(columns, filters, true);
    const model = isEveryIncident(filters) ? everything : maskModel(everything, columns, mask);
    // Before, the masked model's totals and totals by region were each a scan.
    const scanned: RegionTotals = (f, t) => ({
      totals: sumRows(scanByRegion(columns, mask.byPosition, f, t)),
      byRegion: scanByRegion(columns, mask.byPosition, f, t).slice(0, R),
    });
    const regionTotals = model === everything ? indexed : scanned;
    regionTotals(FROM, TO); // the choropleth's scale
    const table = maskedCategoryTable(columns, scoped, R, FROM, TO);
    return { ...figures(model, regionTotals, table, TO, true), histogram: model.time.dailyHistogram() };
  };
  const toggleAfter = (filters: Filters) => {
    const model = isEveryIncident(filters)
      ? everything
      : maskModel(everything, columns, filterMask(columns, filters, true));
    const regionTotals: RegionTotals = (f, t) => ({
      totals: model.time.totals(f, t),
      byRegion: model.time.totalsByRegion(f, t),
    });
    regionTotals(FROM, TO); // the choropleth's scale
    const result = figures(model, regionTotals, tableOf(FROM, TO), TO, false);
    return { ...result, histogram: model.time.dailyHistogram() };
  };

  // Same figures both ways (the people only before: after, the hidden tab does not list them).
  const comparable = (value: { people: number }) => JSON.stringify({ ...value, people: 0 });
  for (const toDay of [TO, TO - 1, TO - 40]) {
    const before = stepBefore(toDay);
    if (comparable(before) !== comparable(stepAfter(toDay)) || before.people === 0) {
      throw new Error(
        `step: before and after disagree at ${placed.incidents.length} incidents, day ${toDay}`,
      );
    }
  }
  for (const filters of [WITHOUT_PROPERTY, ALL_FILTERS]) {
    const before = toggleBefore(filters);
    const after = toggleAfter(filters);
    const table = (value: ReturnType<typeof toggleAfter>) => JSON.stringify(value.table);
    // Before, the table was the scoped mask's at every toggle; after it is built once, so compare it to that.
    if (comparable(before) !== comparable(after) || table(before) !== table(after)) {
      throw new Error(`toggle: before and after disagree at ${placed.incidents.length} incidents`);
    }
  }

  const timed = (samples: number[], action: () => unknown) => {
    const start = performance.now();
    action();
    samples.push(performance.now() - start);
  };
  const runs = placed.incidents.length >= 1e6 ? 6 : 20;
  const toggled = (i: number) => (i % 2 === 0 ? WITHOUT_PROPERTY : ALL_FILTERS);
  // Interleaved, so that both meet the same load on a shared machine.
  const samples = {
    stepBefore: [] as number[],
    stepAfter: [] as number[],
    toggleBefore: [] as number[],
    toggleAfter: [] as number[],
  };
  for (let i = 0; i < runs; i += 1) {
    timed(samples.stepBefore, () => stepBefore(TO - 1 - i));
    timed(samples.stepAfter, () => stepAfter(TO - 1 - i));
    timed(samples.toggleBefore, () => toggleBefore(toggled(i)));
    timed(samples.toggleAfter, () => toggleAfter(toggled(i)));
  }
  return {
    size: placed.incidents.length,
    stepBefore: median(samples.stepBefore),
    stepAfter: median(samples.stepAfter),
    toggleBefore: median(samples.toggleBefore),
    toggleAfter: median(samples.toggleAfter),
  };
}
