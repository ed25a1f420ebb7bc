import type { MapFeatureCollection } from '../model/clusters/map-features.ts';
import type { MapViewState } from './map-port.ts';

/** What one update must change on the map; a field is present only when that part changed. */
export interface MapChanges {
  features?: MapFeatureCollection;
  /** The incident to highlight ('' for none). */
  selectedId?: string;
  fills?: Readonly<Record<string, string>>;
  /** The department to outline ('' for none), and the box to fit the map to, if any. */
  focus?: { iso: string; fitBox: [number, number, number, number] | null };
}

/**
 * The difference between the state the map shows (`applied`, null before the first update) and `next`, by
 * identity for the features and fills (the app memoises them, so an unchanged object means unchanged data).
 * A department focused on the first update is outlined but not fitted when the link gave a view
 * (`hasLinkedView`): the reader's `?map=` wins. O(1).
 */
export function mapChanges(
  applied: MapViewState | null,
  next: MapViewState,
  hasLinkedView: boolean,
): MapChanges {
  const changes: MapChanges = {};
  if (next.features !== applied?.features) changes.features = next.features;
  if (next.selectedId !== applied?.selectedId) changes.selectedId = next.selectedId ?? '';
  if (next.regions.fills !== applied?.regions.fills) changes.fills = next.regions.fills;
  if (next.regions.focused !== (applied?.regions.focused ?? null)) {
    const keepsLinkedView = applied === null && hasLinkedView;
    changes.focus = {
      iso: next.regions.focused ?? '',
      fitBox: keepsLinkedView ? null : (next.regions.focusBox ?? null),
    };
  }
  return changes;
}
