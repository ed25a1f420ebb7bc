import { useMemo } from 'react';
import {
  createDepartmentIndex,
  type DepartmentCollection,
  departmentBoxes,
} from '../data/department-index.ts';
import { DEPARTMENTS } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import type { MapViewport } from '../map/map-port.ts';
import { assignDepartments, departmentNumber } from '../model/regions/assign-departments.ts';
import { buildCategoryIndex } from '../model/regions/category-index.ts';
import { buildChoroplethScale } from '../model/regions/choropleth-scale.ts';
import type { DayRange } from '../model/time/day-range.ts';
import { type Filters, type Measure, matchesCategories, matchesContext } from '../model/regions/filters.ts';
import { createIncidentModel, type PlacedIncidents, selectIncidents } from '../model/incident-model.ts';
import { toMapFeatures } from '../model/clusters/map-features.ts';
import { ZERO_TOTALS } from '../model/time/totals.ts';
import { PERIOD_DAYS } from './app-state.ts';

export interface SelectionInput {
  incidents: readonly Incident[];
  departments: DepartmentCollection | null;
  /** The incidents' region numbers, assigned with `departments` (the loading worker's), if already known. */
  regions?: Int32Array | undefined;
  filters: Filters;
  region: string | null;
  measure: Measure;
  range: DayRange;
  viewport: MapViewport;
}

/**
 * Every figure the page shows, derived from one chain so they always agree:
 * all incidents → regions by point-in-polygon (once per load) → context and perpetrator filters (`scoped`,
 * which the category counts use) → category filter (`model`: choropleth, region table) → focused department
 * (`focus`: totals, clusters, list, histogram). Each step is memoised on its inputs, so scrubbing the
 * timeline only runs the O(log n + output) queries.
 */
export function useSelection(input: SelectionInput) {
  const { incidents, departments, regions, filters, region, measure, range, viewport } = input;
  const { fromDay, toDay } = range;

  const boxes = useMemo(() => (departments ? departmentBoxes(departments) : null), [departments]);
  const placed = useMemo<PlacedIncidents>(
    () => ({
      incidents,
      regions:
        regions?.length === incidents.length
          ? regions
          : assignDepartments(incidents, departments ? createDepartmentIndex(departments) : null),
    }),
    [incidents, departments, regions],
  );
  const scoped = useMemo(
    () => selectIncidents(placed, (incident) => matchesContext(incident, filters)),
    [placed, filters],
  );
  const categoryIndex = useMemo(
    () => buildCategoryIndex(scoped.incidents, scoped.regions, DEPARTMENTS.length),
    [scoped],
  );
  const model = useMemo(
    () => createIncidentModel(selectIncidents(scoped, (incident) => matchesCategories(incident, filters))),
    [scoped, filters],
  );
  const regionNumber = region === null ? -1 : departmentNumber(region);
  const focus = useMemo(
    () =>
      regionNumber < 0
        ? model
        : createIncidentModel(selectIncidents(model, (_, incidentRegion) => incidentRegion === regionNumber)),
    [model, regionNumber],
  );

  const byRegion = useMemo(() => model.time.totalsByRegion(fromDay, toDay), [model, fromDay, toDay]);
  const categoryTable = useMemo(() => categoryIndex.table(fromDay, toDay), [categoryIndex, fromDay, toDay]);
  const totals = useMemo(
    () => (regionNumber < 0 ? model.time.totals(fromDay, toDay) : (byRegion[regionNumber] ?? ZERO_TOTALS)),
    [model, byRegion, regionNumber, fromDay, toDay],
  );
  const categoryCounts = categoryTable[regionNumber < 0 ? DEPARTMENTS.length : regionNumber] ?? [];

  // The scale spans the whole period for the current filters, so colours stay comparable while scrubbing.
  const scale = useMemo(() => {
    const whole = model.time.totalsByRegion(PERIOD_DAYS.fromDay, PERIOD_DAYS.toDay);
    return buildChoroplethScale(Math.max(0, ...whole.map((totals) => totals[measure])));
  }, [model, measure]);
  const fills = useMemo(
    () =>
      Object.fromEntries(
        DEPARTMENTS.map((department, r) => [department.iso, scale.colourOf(byRegion[r]?.[measure] ?? 0)]),
      ),
    [scale, byRegion, measure],
  );

  const histogram = useMemo(() => focus.time.dailyHistogram(), [focus]);
  const shown = useMemo(
    () =>
      Array.from(focus.time.indicesInRange(fromDay, toDay), (index) => focus.incidents[index] as Incident),
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
