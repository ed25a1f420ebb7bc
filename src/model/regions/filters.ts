import type { Incident } from '../../data/schema.ts';
import {
  CONTEXTS,
  type Context,
  PERPETRATORS,
  type Perpetrator,
  VIOLATIONS,
  type Violation,
} from '../../data/vocabulary.ts';

/**
 * What the reader keeps on the map besides dates and region: an incident is shown when it has at least one
 * selected violation category, and its context and perpetrator are selected. An empty set hides everything
 * (the reader switched every toggle off), it is not "no filter".
 */
export interface Filters {
  categories: ReadonlySet<Violation>;
  contexts: ReadonlySet<Context>;
  perpetrators: ReadonlySet<Perpetrator>;
}

/** The choropleth's measure: people killed, people injured, or number of incidents. */
export const MEASURES = ['killed', 'injured', 'incidents'] as const;
export type Measure = (typeof MEASURES)[number];

/** Everything selected: the filters the page opens with. */
export const ALL_FILTERS: Filters = {
  categories: new Set(VIOLATIONS),
  contexts: new Set(CONTEXTS),
  perpetrators: new Set(PERPETRATORS),
};

/** True when every category, context and perpetrator is selected: the filters keep every incident. O(1). */
export function isEveryIncident(filters: Filters): boolean {
  return (
    filters.categories.size === VIOLATIONS.length &&
    filters.contexts.size === CONTEXTS.length &&
    filters.perpetrators.size === PERPETRATORS.length
  );
}

/** True when the incident's context and perpetrator are selected (the categories aside). O(1). */
export function matchesContext(incident: Incident, filters: Filters): boolean {
  return filters.contexts.has(incident.context) && filters.perpetrators.has(incident.perpetrator);
}

/** True when the incident has at least one selected violation category. O(v). */
export function matchesCategories(incident: Incident, filters: Filters): boolean {
  return incident.violations.some((violation) => filters.categories.has(violation));
}

/** True when the incident passes the filters (any selected category, selected context and perpetrator). O(v). */
export function matchesFilters(incident: Incident, filters: Filters): boolean {
  return matchesContext(incident, filters) && matchesCategories(incident, filters);
}

/** A copy of the set with the value added or removed. O(size). */
export function toggleValue<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
