/**
 * One filter change (switching off the `property` category) and one timeline update under it, two ways on the
 * same incidents in the same run: main's rebuild (select the incidents, build a model for them) against the mask (filterMask + maskModel over the model built once, queries that test the mask
 * while they aggregate). Both must give the same totals by region and the same clusters before times print.
 */
import { DEPARTMENTS, PERU_BBOX } from '../src/data/departments.ts';
import { VIOLATIONS } from '../src/data/vocabulary.ts';
import { buildIncidentColumns, filterMask } from '../src/model/incident-columns.ts';
import {
  buffersOf,
  buildModelData,
  createIncidentModel,
  type IncidentModel,
  modelFrom,
  type PlacedIncidents,
  selectIncidents,
} from '../src/model/incident-model.ts';
import { maskedCategoryTable, maskModel } from '../src/model/masked-model.ts';
import { buildCategoryIndex } from '../src/model/regions/category-index.ts';
import { ALL_FILTERS, type Filters, matchesFilters } from '../src/model/regions/filters.ts';

export interface FilterChangeResult {
  size: number;
  /** Main's change: selection, model and category index rebuilt. */
  rebuildMs: number;
  maskMs: number;
  /** One update under the filter: totals by region, category table, clusters for zoom 5 over Peru. */
  rebuildUpdateMs: number;
  maskUpdateMs: number;
  /** The columns the mask design keeps beside the model, once per load. */
  columnsMb: number;
}

const WITHOUT_PROPERTY: Filters = {
  ...ALL_FILTERS,
  categories: new Set(VIOLATIONS.filter((violation) => violation !== 'property')),
};
const FROM = 19363;
const BBOX: [number, number, number, number] = [...PERU_BBOX];

/** Times both ways; the model of all of `placed` is built once per load in both, before the timing. */
export function benchFilterChange(placed: PlacedIncidents): FilterChangeResult {
  const data = buildModelData(placed);
  const everything = modelFrom(placed, data);
  const columns = buildIncidentColumns(placed, data.clusters.leaf.order);
  const columnsMb = buffersOf(columns).reduce((sum, buffer) => sum + buffer.byteLength, 0) / 2 ** 20;

  // Main builds the category index at load and again on a context or perpetrator change, not on this one.
  const categories = buildCategoryIndex(placed.incidents, placed.regions, DEPARTMENTS.length);
  let start = performance.now();
  const selected = selectIncidents(placed, (incident) => matchesFilters(incident, WITHOUT_PROPERTY));
  const rebuilt = createIncidentModel(selected);
  const rebuildMs = performance.now() - start;

  start = performance.now();
  const masked = maskModel(everything, columns, filterMask(columns, WITHOUT_PROPERTY, true));
  const scoped = filterMask(columns, WITHOUT_PROPERTY, false);
  const maskMs = performance.now() - start;

  const update = (model: IncidentModel, table: (from: number, to: number) => unknown, i: number) => {
    const byRegion = model.time.totalsByRegion(FROM + i, FROM + i + 30);
    table(FROM + i, FROM + i + 30);
    const items = model.clusters.query({ fromDay: FROM + i, toDay: FROM + i + 30, zoom: 5, bbox: BBOX });
    return {
      byRegion,
      clusters: items.filter((item) => item.kind === 'cluster').length,
      singles: items.length,
    };
  };
  const rebuiltTable = (from: number, to: number) => categories.table(from, to);
  const maskedTable = (from: number, to: number) =>
    maskedCategoryTable(columns, scoped, DEPARTMENTS.length, from, to);
  if (JSON.stringify(update(rebuilt, rebuiltTable, 0)) !== JSON.stringify(update(masked, maskedTable, 0))) {
    throw new Error(`rebuild and mask disagree at ${placed.incidents.length} incidents`);
  }
  const timeUpdates = (model: IncidentModel, table: (from: number, to: number) => unknown) => {
    const runs = 20;
    const begin = performance.now();
    for (let i = 0; i < runs; i += 1) update(model, table, i);
    return (performance.now() - begin) / runs;
  };
  return {
    size: placed.incidents.length,
    rebuildMs,
    maskMs,
    rebuildUpdateMs: timeUpdates(rebuilt, rebuiltTable),
    maskUpdateMs: timeUpdates(masked, maskedTable),
    columnsMb,
  };
}
