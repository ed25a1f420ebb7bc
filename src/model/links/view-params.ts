import { findDepartment } from '../../data/departments.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../../data/vocabulary.ts';
import { ALL_FILTERS, type Filters, MEASURES, type Measure } from '../regions/filters.ts';

/** The view beyond dates and camera that a link carries: filters, focused department and choropleth measure. */
export interface ViewParams {
  filters: Filters;
  /** ISO 3166-2 code of the focused department, or null. */
  region: string | null;
  measure: Measure;
}

export const DEFAULT_VIEW_PARAMS: ViewParams = { filters: ALL_FILTERS, region: null, measure: 'killed' };

/** The value that stands for "nothing selected" in a list parameter (`?cat=none`). */
const NONE = 'none';

/**
 * Reads one list parameter: undefined when it is missing or names no known value (the caller keeps everything),
 * the empty set for `none`. Unknown values are dropped and the parameter's name pushed on `ignored`.
 */
function parseList<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
  ignored: string[],
): ReadonlySet<T> | undefined {
  const text = params.get(name);
  if (text === null) return undefined;
  const parts = text.split(',').map((part) => part.trim().toLowerCase());
  if (parts.length === 1 && parts[0] === NONE) return new Set();
  const isKnown = (part: string): part is T => (values as readonly string[]).includes(part);
  const known = parts.filter(isKnown);
  if (known.length < parts.length) ignored.push(name);
  return known.length > 0 ? new Set(known) : undefined;
}

/**
 * Reads `cat`, `context`, `perpetrator` (comma-separated values of the vocabularies, or `none`), `region` (a
 * department's ISO 3166-2 code, e.g. PE-PUN) and `measure` (killed, injured, incidents). A missing parameter
 * means the default (everything, no region, killed). Unknown values are dropped and the parameter's name listed
 * in `ignored`, so the page can say so; a list left with no known value falls back to everything. Never throws.
 * O(length of the parameters).
 */
export function parseViewParams(params: URLSearchParams): ViewParams & { ignored: string[] } {
  const ignored: string[] = [];
  const filters: Filters = {
    categories: parseList(params, 'cat', VIOLATIONS, ignored) ?? ALL_FILTERS.categories,
    contexts: parseList(params, 'context', CONTEXTS, ignored) ?? ALL_FILTERS.contexts,
    perpetrators: parseList(params, 'perpetrator', PERPETRATORS, ignored) ?? ALL_FILTERS.perpetrators,
  };
  let region: string | null = null;
  const regionText = params.get('region');
  if (regionText !== null) {
    const department = findDepartment(regionText.trim().toUpperCase());
    if (department) region = department.iso;
    else ignored.push('region');
  }
  let measure: Measure = DEFAULT_VIEW_PARAMS.measure;
  const measureText = params.get('measure');
  if (measureText !== null) {
    const known = MEASURES.find((option) => option === measureText);
    if (known) measure = known;
    else ignored.push('measure');
  }
  return { filters, region, measure, ignored };
}

/**
 * Writes the view into URL parameters, leaving out whatever is at its default so links stay short. Lists are
 * written in vocabulary order. O(vocabulary size).
 */
export function writeViewParams(params: URLSearchParams, view: ViewParams): void {
  const lists = [
    { name: 'cat', values: VIOLATIONS, selected: view.filters.categories },
    { name: 'context', values: CONTEXTS, selected: view.filters.contexts },
    { name: 'perpetrator', values: PERPETRATORS, selected: view.filters.perpetrators },
  ] as const;
  for (const { name, values, selected: chosen } of lists) {
    const selected: ReadonlySet<string> = chosen;
    if (selected.size === values.length && values.every((value) => selected.has(value))) params.delete(name);
    else if (selected.size === 0) params.set(name, NONE);
    else params.set(name, values.filter((value) => selected.has(value)).join(','));
  }
  if (view.region) params.set('region', view.region);
  else params.delete('region');
  if (view.measure !== DEFAULT_VIEW_PARAMS.measure) params.set('measure', view.measure);
  else params.delete('measure');
}
