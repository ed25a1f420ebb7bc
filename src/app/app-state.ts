import { parseIsoDay } from '../data/days.ts';
import type { LoadError } from '../data/load.ts';
import type { PlacedRegions } from '../data/place-incidents.ts';
import type { Incident } from '../data/schema.ts';
import type { LoadProgress } from '../data/stream/load-in-worker.ts';
import type { DatasetMetadata, Problem } from '../data/validate.ts';
import { PERIOD } from '../data/vocabulary.ts';
import type { Language } from '../i18n/messages.ts';
import type { MapViewport } from '../map/map-port.ts';
import type { Panel } from '../model/links/link-params.ts';
import { DEFAULT_VIEW_PARAMS, type ViewParams } from '../model/links/view-params.ts';
import type { Filters, Measure } from '../model/regions/filters.ts';
import type { DayRange, RangeNotice } from '../model/time/day-range.ts';

export type DataState =
  | {
      status: 'loading';
      /** Bytes and incidents read so far, once the loading worker reports, with a way to stop it. */
      progress?: LoadProgress;
      cancel?: () => void;
    }
  | { status: 'error'; error: LoadError }
  | {
      status: 'ready';
      incidents: Incident[];
      problems: Problem[];
      metadata: DatasetMetadata | null;
      /** Entry i is incident i's region number, from the boundaries (or the declared department). */
      regions: Int32Array;
      /** Each department's box, or null when the boundaries could not be loaded. */
      boxes: PlacedRegions['boxes'];
    };

/** The period the timeline spans, as inclusive day numbers. */
export const PERIOD_DAYS: DayRange = {
  fromDay: parseIsoDay(PERIOD.first) as number,
  toDay: parseIsoDay(PERIOD.last) as number,
};

/** The whole UI state: one reducer, so every view derives from the same facts. */
export interface AppState {
  language: Language;
  data: DataState;
  selectedId: string | null;
  range: DayRange;
  rangeNotice: RangeNotice | null;
  /** Names of link parameters that were not understood and ignored (shown in a dismissible notice). */
  ignoredParams: string[];
  filters: Filters;
  /** ISO 3166-2 code of the focused department, or null. */
  region: string | null;
  measure: Measure;
  isPlaying: boolean;
  speed: number;
  viewport: MapViewport | null;
  /** The side panel's open tab. */
  panel: Panel;
}

export type AppAction =
  | { type: 'load-started' }
  | { type: 'load-progress'; progress: LoadProgress; cancel: () => void }
  | { type: 'load-finished'; data: Exclude<DataState, { status: 'loading' }> }
  | { type: 'language-changed'; language: Language }
  | { type: 'incident-selected'; id: string | null }
  | { type: 'range-changed'; range: DayRange }
  | { type: 'play-toggled' }
  | { type: 'play-ended' }
  | { type: 'speed-changed'; speed: number }
  | { type: 'viewport-changed'; viewport: MapViewport }
  | { type: 'filters-changed'; filters: Filters }
  | { type: 'region-toggled'; region: string }
  | { type: 'region-cleared' }
  | { type: 'measure-changed'; measure: Measure }
  | { type: 'notice-dismissed' }
  | { type: 'params-notice-dismissed' }
  | { type: 'panel-changed'; panel: Panel };

export interface InitialState {
  language: Language;
  range?: DayRange;
  rangeNotice?: RangeNotice | null;
  view?: ViewParams;
  ignoredParams?: string[];
  /** The incident to open (`?incident=`), checked against the data once it has loaded. */
  selectedId?: string | null;
  /** The side panel's tab to open on (`?panel=`). */
  panel?: Panel;
}

export function initialAppState(initial: InitialState): AppState {
  return {
    language: initial.language,
    data: { status: 'loading' },
    selectedId: initial.selectedId ?? null,
    range: initial.range ?? PERIOD_DAYS,
    rangeNotice: initial.rangeNotice ?? null,
    ignoredParams: initial.ignoredParams ?? [],
    ...(initial.view ?? DEFAULT_VIEW_PARAMS),
    isPlaying: false,
    speed: 7,
    viewport: null,
    panel: initial.panel ?? 'overview',
  };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'load-started':
      return { ...state, data: { status: 'loading' } };
    case 'load-progress':
      if (state.data.status !== 'loading') return state;
      return { ...state, data: { status: 'loading', progress: action.progress, cancel: action.cancel } };
    case 'load-finished':
      return withKnownSelection({ ...state, data: action.data });
    case 'language-changed':
      return { ...state, language: action.language };
    case 'incident-selected':
      return { ...state, selectedId: action.id };
    case 'range-changed':
      return sameRange(state.range, action.range) ? state : { ...state, range: action.range };
    case 'play-toggled':
      return state.isPlaying ? { ...state, isPlaying: false } : startPlaying(state);
    case 'play-ended':
      return { ...state, isPlaying: false };
    case 'speed-changed':
      return { ...state, speed: action.speed };
    case 'viewport-changed':
      return { ...state, viewport: action.viewport };
    case 'filters-changed':
      return { ...state, filters: action.filters };
    case 'region-toggled':
      return { ...state, region: state.region === action.region ? null : action.region };
    case 'region-cleared':
      return state.region === null ? state : { ...state, region: null };
    case 'measure-changed':
      return { ...state, measure: action.measure };
    case 'notice-dismissed':
      return { ...state, rangeNotice: null };
    case 'params-notice-dismissed':
      return { ...state, ignoredParams: [] };
    case 'panel-changed':
      return state.panel === action.panel ? state : { ...state, panel: action.panel };
  }
}

/** Playing from the end (or with the whole period selected) first rewinds to a one-week window at the start. */
function startPlaying(state: AppState): AppState {
  const width = state.range.toDay - state.range.fromDay;
  const isWhole = state.range.fromDay === PERIOD_DAYS.fromDay && state.range.toDay === PERIOD_DAYS.toDay;
  if (isWhole)
    return {
      ...state,
      isPlaying: true,
      range: { fromDay: PERIOD_DAYS.fromDay, toDay: PERIOD_DAYS.fromDay + 6 },
    };
  if (state.range.toDay >= PERIOD_DAYS.toDay) {
    return {
      ...state,
      isPlaying: true,
      range: { fromDay: PERIOD_DAYS.fromDay, toDay: PERIOD_DAYS.fromDay + width },
    };
  }
  return { ...state, isPlaying: true };
}

/** A selected id the loaded data does not have (a stale or mistyped link) is dropped, and the reader told. */
function withKnownSelection(state: AppState): AppState {
  if (state.data.status !== 'ready' || state.selectedId === null) return state;
  const id = state.selectedId;
  if (state.data.incidents.some((incident) => incident.id === id)) return state;
  return { ...state, selectedId: null, ignoredParams: [...state.ignoredParams, 'incident'] };
}

function sameRange(a: DayRange, b: DayRange): boolean {
  return a.fromDay === b.fromDay && a.toDay === b.toDay;
}
