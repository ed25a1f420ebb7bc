import type { MapViewState } from './map-port.ts';

/** What one update must change on the map; a field is present only when that part changed. */
export interface MapChanges {
  /** The incident to highlight ('' for none). */
  selectedId?: string;
  fills?: Readonly<Record<string, string>>;
  /** The department to outline ('' for none), and the box to fit the map to, if any. */
  focus?: { iso: string; fitBox: [number, number, number, number] | null };
}

/**
 * The difference between the state the map shows (`applied`, null before the first update) and `next`, the
 * incidents aside (IncidentSources compares those with what the map holds). The fills are compared by identity
 * (the app memoises them, so an unchanged object means unchanged data), then by content: the app makes new
 * ones when its data arrives, mostly equal, and each change sent makes MapLibre's worker lay the departments
 * out again. A department focused on the first update is outlined but not fitted when the link gave a view
 * (`hasLinkedView`): the reader's `?map=` wins; otherwise it is fitted as soon as its box is known. O(d) for d
 * departments.
 */
export function mapChanges(
  applied: MapViewState | null,
  next: MapViewState,
  hasLinkedView: boolean,
): MapChanges {
  const changes: MapChanges = {};
  if (next.selectedId !== applied?.selectedId) changes.selectedId = next.selectedId ?? '';
  if (!applied || !sameFills(applied.regions.fills, next.regions.fills)) changes.fills = next.regions.fills;
  const focusedBefore = applied?.regions.focused ?? null;
  // The department's box comes with the boundaries, which may load after the map's first update: a box that
  // arrives for the department already outlined (the one the page opened on) is fitted then.
  const isBoxLate =
    next.regions.focused !== null &&
    next.regions.focused === focusedBefore &&
    !applied?.regions.focusBox &&
    Boolean(next.regions.focusBox);
  if (next.regions.focused !== focusedBefore || isBoxLate) {
    const keepsLinkedView = (applied === null || isBoxLate) && hasLinkedView;
    changes.focus = {
      iso: next.regions.focused ?? '',
      fitBox: keepsLinkedView ? null : (next.regions.focusBox ?? null),
    };
  }
  return changes;
}

function sameFills(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
