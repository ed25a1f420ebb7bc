import { type Dispatch, useMemo } from 'react';
import type { MapViewport } from '../map/map-port.ts';
import type { Filters, Measure } from '../model/regions/filters.ts';
import type { DayRange } from '../model/time/day-range.ts';
import type { AppAction } from './app-state.ts';

/** The intents the map, the timeline and the panels emit, as stable callbacks onto the one reducer. */
export function useIntents(dispatch: Dispatch<AppAction>) {
  return useMemo(
    () => ({
      toggleRegion: (iso: string) => dispatch({ type: 'region-toggled', region: iso }),
      clearRegion: () => dispatch({ type: 'region-cleared' }),
      changeFilters: (next: Filters) => dispatch({ type: 'filters-changed', filters: next }),
      changeMeasure: (next: Measure) => dispatch({ type: 'measure-changed', measure: next }),
      select: (id: string | null) => dispatch({ type: 'incident-selected', id }),
      changeRange: (range: DayRange) => dispatch({ type: 'range-changed', range }),
      changeViewport: (next: MapViewport) => dispatch({ type: 'viewport-changed', viewport: next }),
    }),
    [dispatch],
  );
}
