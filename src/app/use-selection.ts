import { useMemo } from 'react';
import { DEPARTMENTS } from '../data/departments.ts';
import type { PlacedRegions } from '../data/place-incidents.ts';
import type { Incident } from '../data/schema.ts';
import type { MapViewport } from '../map/map-port.ts';
import { toMapFeatures } from '../model/clusters/map-features.ts';
import { buildIncidentColumnsFrom, filterMask } from '../model/incident-columns.ts';
import { factsOf } from '../model/incident-facts.ts';
import {
  buildModelDataFrom,
  modelFrom,
  type PlacedIncidents,
  prebuiltModels,
  shownIncidents,
} from '../model/incident-model.ts';
import { maskModel, scopedCategoryTable } from '../model/masked-model.ts';
import { departmentNumber } from '../model/regions/assign-departments.ts';
import { type Filters, isEveryIncident, type Measure } from '../model/regions/filters.ts';
import { regionFills, regionScale } from '../model/regions/region-fills.ts';
import type { DayRange } from '../model/time/day-range.ts';
import { ZERO_TOTALS } from '../model/time/totals.ts';
import { PERIOD_DAYS } from './app-state.ts';

export interface SelectionInput {
  incidents: readonly Incident[];
  /** Entry i is incident i's region number, assigned once per load (see data/place-incidents.ts). */
  regions: Int32Array;
  boxes: PlacedRegions['boxes'];
  filters: Filters;
  region: string | null;
  measure: Measure;
  range: DayRange;
  viewport: MapViewport;
}

/**
 * Every figure the page shows, derived from one chain so they always agree:
 * all incidents → regions by point-in-polygon (once per load) → one model of every incident (once per
 * load) → context and perpetrator filters (`scoped`, which the category counts use) → category filter
 * (`model`: choropleth, region table) → focused department (`focus`: totals, clusters, list, histogram).
 * A filter or focus is a mask the queries test while they aggregate (masked-model.ts): nothing is rebuilt,
 * and without filters the queries are the model's O(log n + output) ones.
 */
export function useSelection(input: SelectionInput) {
  const { incidents, regions, boxes, filters, region, measure, range, viewport } = input;
  const { fromDay, toDay } = range;

  const placed = useMemo<PlacedIncidents>(() => ({ incidents, regions }), [incidents, regions]);
  // Built once per load; a filter or region change only computes a mask that the queries test (masked-model.ts).
  const { everything, columns } = useMemo(() => {
    const prebuilt = prebuiltModels.get(placed.incidents);
    if (prebuilt) return { everything: modelFrom(placed, prebuilt.model), columns: prebuilt.columns };
    // Each incident's dates, counts and classes read once, for both builders.
    const facts = factsOf(placed.incidents);
    const data = buildModelDataFrom(facts, placed.regions);
    return {
      everything: modelFrom(placed, data),
      columns: buildIncidentColumnsFrom(facts, placed.regions, data.clusters.leaf.order),
    };
  }, [placed]);
  // The category counts follow context and perpetrator only: a category toggle keeps this mask and its sums.
  const { contexts, perpetrators } = filters;
  const tableOf = useMemo(
    () => scopedCategoryTable(columns, { contexts, perpetrators }, DEPARTMENTS.length),
    [columns, contexts, perpetrators],
  );
  const model = useMemo(
    () =>
      isEveryIncident(filters)
        ? everything
        : maskModel(everything, columns, filterMask(columns, filters, true)),
    [everything, columns, filters],
  );
  const regionNumber = region === null ? -1 : departmentNumber(region);
  const focus = useMemo(
    () =>
      regionNumber < 0
        ? model
        : maskModel(everything, columns, filterMask(columns, filters, true, regionNumber)),
    [everything, columns, model, filters, regionNumber],
  );

  const byRegion = useMemo(() => model.time.totalsByRegion(fromDay, toDay), [model, fromDay, toDay]);
  const categoryTable = useMemo(() => tableOf(fromDay, toDay), [tableOf, fromDay, toDay]);
  const totals = useMemo(
    () => (regionNumber < 0 ? model.time.totals(fromDay, toDay) : (byRegion[regionNumber] ?? ZERO_TOTALS)),
    [model, byRegion, regionNumber, fromDay, toDay],
  );
  const categoryCounts = categoryTable[regionNumber < 0 ? DEPARTMENTS.length : regionNumber] ?? [];

  // The scale spans the whole period for the current filters, so colours stay comparable while scrubbing.
  const scale = useMemo(
    () => regionScale(model.time.totalsByRegion(PERIOD_DAYS.fromDay, PERIOD_DAYS.toDay), measure),
    [model, measure],
  );
  const fills = useMemo(() => regionFills(byRegion, measure, scale), [scale, byRegion, measure]);

  const histogram = useMemo(() => focus.time.dailyHistogram(), [focus]);
  // A view, not an array: the list reads its first page, downloads and the people tab read all on demand.
  const shown = useMemo(
    () =>
      shownIncidents(focus.incidents, focus.time.totals(fromDay, toDay).incidents, (limit) =>
        focus.time.indicesInRange(fromDay, toDay, limit),
      ),
    [focus, fromDay, toDay],
  );
  const features = useMemo(
    () =>
      toMapFeatures(
        focus.clusters.query({ fromDay, toDay, zoom: viewport.zoom, bbox: viewport.bbox }),
        focus.incidents,
      ),
    [focus, fromDay, toDay, viewport],
  );

  return {
    model,
    focus,
    totals,
    byRegion,
    categoryTable,
    categoryCounts,
    scale,
    fills,
    histogram,
    shown,
    features,
    focusBox: region ? (boxes?.get(region) ?? null) : null,
  };
}
