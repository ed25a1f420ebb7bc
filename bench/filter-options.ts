/**
 * Measures the designs issue 15 names for changing the category, context and perpetrator filters, on seeded
 * synthetic incidents (BENCH_SIZES, default 100k): today's rebuild of the indexes for the new selection, and an
 * index per class (one time index and cluster grid per distinct (categories, context, perpetrator), built once,
 * a query summing the selected classes), and the mask tested while aggregating (bench/filter-change.ts, chosen). Prints build time and memory of each, and the cost of one filter
 * change and of one timeline update under a filter. Run: node --expose-gc --import tsx bench/filter-options.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSyntheticIncidents } from '../scripts/synthetic.ts';
import { createDepartmentIndex, type DepartmentCollection } from '../src/data/department-index.ts';
import { PERU_BBOX } from '../src/data/departments.ts';
import type { Incident } from '../src/data/schema.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../src/data/vocabulary.ts';
import { createIncidentModel, type IncidentModel, selectIncidents } from '../src/model/incident-model.ts';
import { assignDepartments } from '../src/model/regions/assign-departments.ts';
import { ALL_FILTERS, type Filters, matchesFilters } from '../src/model/regions/filters.ts';
import { benchFilterChange } from './filter-change.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100000').split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
const used = () => {
  gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20;
};
const boundaries: DepartmentCollection = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../public/basemap/peru-departments.simplified.geojson'), 'utf8'),
);
const WITHOUT_PROPERTY: Filters = {
  ...ALL_FILTERS,
  categories: new Set(VIOLATIONS.filter((violation) => violation !== 'property')),
};
const classOf = (incident: Incident) => {
  let mask = 0;
  for (const violation of incident.violations) mask |= 1 << VIOLATIONS.indexOf(violation);
  return `${mask}/${CONTEXTS.indexOf(incident.context)}/${PERPETRATORS.indexOf(incident.perpetrator)}`;
};
const update = (model: IncidentModel, fromDay: number) => {
  model.time.totalsByRegion(fromDay, fromDay + 30);
  return model.clusters.query({ fromDay, toDay: fromDay + 30, zoom: 5, bbox: [...PERU_BBOX] }).length;
};
const FROM = 19363;

for (const size of SIZES) {
  const index = createDepartmentIndex(boundaries);
  const incidents = generateSyntheticIncidents({ count: size, seed: 7, locate: index.locate });
  const placed = { incidents, regions: assignDepartments(incidents, index) };

  let before = used();
  let start = performance.now();
  const rebuilt = createIncidentModel(
    selectIncidents(placed, (incident) => matchesFilters(incident, WITHOUT_PROPERTY)),
  );
  const rebuildMs = performance.now() - start;
  const rebuildMb = used() - before;
  start = performance.now();
  for (let i = 0; i < 50; i += 1) update(rebuilt, FROM + i);
  const rebuildStepMs = (performance.now() - start) / 50;

  before = used();
  start = performance.now();
  const members = new Map<string, number[]>();
  incidents.forEach((incident, i) => {
    const key = classOf(incident);
    const list = members.get(key) ?? [];
    list.push(i);
    members.set(key, list);
  });
  const perClass = [...members.values()].map((list) => ({
    sample: incidents[list[0] as number] as Incident,
    model: createIncidentModel({
      incidents: list.map((i) => incidents[i] as Incident),
      regions: Int32Array.from(list, (i) => placed.regions[i] ?? -1),
    }),
  }));
  const perClassMs = performance.now() - start;
  const perClassMb = used() - before;
  start = performance.now();
  const selected = perClass.filter(({ sample }) => matchesFilters(sample, WITHOUT_PROPERTY));
  const switchMs = performance.now() - start;
  start = performance.now();
  for (let i = 0; i < 50; i += 1) for (const { model } of selected) update(model, FROM + i);
  const perClassStepMs = (performance.now() - start) / 50;

  console.log(
    `${size} incidents, ${perClass.length} classes (${selected.length} selected without property):`,
  );
  console.log(
    `  rebuild per change: ${rebuildMs.toFixed(0)} ms and ${rebuildMb.toFixed(0)} MB per change, update ${rebuildStepMs.toFixed(2)} ms`,
  );
  console.log(
    `  index per class: ${perClassMs.toFixed(0)} ms and ${perClassMb.toFixed(0)} MB once, change ${switchMs.toFixed(2)} ms, update ${perClassStepMs.toFixed(2)} ms (sum over classes, merging left out)`,
  );
  perClass.length = 0;
  before = used();
  const mask = benchFilterChange(placed);
  console.log(
    `  mask while aggregating: ${mask.columnsMb.toFixed(0)} MB of columns once, change ${mask.maskMs.toFixed(2)} ms (rebuild here ${mask.rebuildMs.toFixed(0)} ms), ` +
      `update with the category table ${mask.maskUpdateMs.toFixed(2)} ms (rebuilt model ${mask.rebuildUpdateMs.toFixed(2)} ms)`,
  );
}
