import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { LiveSummary } from '../components/live-summary.tsx';
import { MapView } from '../components/map-view.tsx';
import { ErrorScreen } from '../components/status-screens.tsx';
import { Timeline } from '../components/timeline/timeline.tsx';
import { findDepartment } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { messagesFor } from '../i18n/language.ts';
import type { Language } from '../i18n/messages.ts';
import type { CreateMap, MapHandle, MapViewport } from '../map/map-port.ts';
import type { MapCamera } from '../model/clusters/map-camera.ts';
import type { LinkState } from '../model/links/link-params.ts';
import { viewUrl } from '../model/links/share-links.ts';
import type { ViewParams } from '../model/links/view-params.ts';
import { departmentNumber } from '../model/regions/assign-departments.ts';
import type { Filters, Measure } from '../model/regions/filters.ts';
import { buildRegionRows, type RegionSortKey } from '../model/regions/region-rows.ts';
import type { DayRange, RangeNotice } from '../model/time/day-range.ts';
import { appReducer, initialAppState, PERIOD_DAYS } from './app-state.ts';
import { EmbedLayout } from './embed-layout.tsx';
import { imageFrame } from './image-frame.ts';
import { PageLayout } from './page-layout.tsx';
import { useDataLoad } from './use-data-load.ts';
import { useEmbedHeight } from './use-embed-height.ts';
import { usePlayback } from './use-playback.ts';
import { useSelection } from './use-selection.ts';

export interface AppProps {
  language: Language;
  /** The view to open on (`?map=zoom/lat/lng`), or null for all of Peru. */
  initialCamera?: MapCamera | null;
  initialRange?: DayRange;
  rangeNotice?: RangeNotice | null;
  /** Filters, focused department and measure from the link, and the names of parameters it ignored. */
  initialView?: ViewParams;
  ignoredParams?: string[];
  /** Compact layout for an iframe in an article (`?embed=1`). */
  isEmbed?: boolean;
  /** The incident whose details open once the data has loaded (`?incident=`). */
  initialSelectedId?: string | null;
  dataUrl: string;
  /** The department boundaries, drawn by the map and used to assign incidents to regions. */
  departmentsUrl?: string;
  createMap: CreateMap;
  fetchImpl?: typeof fetch;
  /** Told of every change worth keeping in the URL (the caller debounces). */
  onUrlStateChange?(state: UrlState): void;
}

/** What the page keeps in its URL. */
export type UrlState = LinkState & { language: Language };

const DEFAULT_DEPARTMENTS_URL = 'basemap/peru-departments.simplified.geojson';

const NO_INCIDENTS: Incident[] = [];
/** Until the map reports its view: all of Peru at the zoom it opens on. */
const DEFAULT_VIEWPORT: MapViewport = { zoom: 4, bbox: [-82, -19, -68, 1] };

/** The whole page: loads and validates the data, then wires the map, the timeline, the panel and the language. */
export function App(props: AppProps) {
  const { dataUrl, createMap, fetchImpl, onUrlStateChange } = props;
  const departmentsUrl = props.departmentsUrl ?? DEFAULT_DEPARTMENTS_URL;
  const [state, dispatch] = useReducer(
    appReducer,
    {
      language: props.language,
      range: props.initialRange,
      rangeNotice: props.rangeNotice,
      view: props.initialView,
      ignoredParams: props.ignoredParams,
      selectedId: props.initialSelectedId,
    },
    initialAppState,
  );
  const [sortKey, setSortKey] = useState<RegionSortKey>('killed');
  const [mapHandle, setMapHandle] = useState<MapHandle | null>(null);
  useEmbedHeight(Boolean(props.isEmbed));

  const retry = useDataLoad(dispatch, dataUrl, departmentsUrl, fetchImpl);

  useEffect(() => {
    document.documentElement.lang = state.language;
    document.title = messagesFor(state.language).appTitle;
  }, [state.language]);

  const { filters, region, measure, selectedId } = state;
  // Until the map reports its view (or if it cannot be created), the link keeps the view it was opened with.
  const camera = state.viewport?.camera ?? props.initialCamera ?? null;
  const linkState = useMemo<UrlState>(
    () => ({
      language: state.language,
      range: state.range,
      view: { filters, region, measure },
      selectedId,
      camera,
    }),
    [state.language, state.range, filters, region, measure, selectedId, camera],
  );
  useEffect(() => {
    onUrlStateChange?.(linkState);
  }, [onUrlStateChange, linkState]);

  useEffect(() => {
    if (region === null) return;
    const clearOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) dispatch({ type: 'region-cleared' });
    };
    document.addEventListener('keydown', clearOnEscape);
    return () => document.removeEventListener('keydown', clearOnEscape);
  }, [region]);

  const incidents = state.data.status === 'ready' ? state.data.incidents : NO_INCIDENTS;
  const departments = state.data.status === 'ready' ? state.data.departments : null;
  const byId = useMemo(() => new Map(incidents.map((incident) => [incident.id, incident])), [incidents]);
  const { fromDay, toDay } = state.range;
  const selection = useSelection({
    incidents,
    departments,
    filters,
    region,
    measure,
    range: state.range,
    viewport: state.viewport ?? DEFAULT_VIEWPORT,
  });
  const { focus, totals, byRegion, categoryTable } = selection;
  const rows = useMemo(
    () => buildRegionRows(byRegion, categoryTable, filters.categories, sortKey),
    [byRegion, categoryTable, filters.categories, sortKey],
  );
  const mapRegions = useMemo(
    () => ({ fills: selection.fills, focused: region, focusBox: selection.focusBox }),
    [selection.fills, region, selection.focusBox],
  );

  const findIncident = useCallback((id: string) => byId.get(id), [byId]);
  const describeRegion = useCallback(
    (iso: string) => {
      const r = departmentNumber(iso);
      return r < 0 ? undefined : { name: findDepartment(iso)?.name ?? iso, totals: byRegion[r] };
    },
    [byRegion],
  );
  const expansionZoomOf = useCallback(
    (cell: number, zoom: number) =>
      focus.clusters.expansionZoom(
        { kind: 'cluster', cellId: cell, zoom, lng: 0, lat: 0, incidents: 0, killed: 0, injured: 0 },
        fromDay,
        toDay,
      ),
    [focus, fromDay, toDay],
  );
  const toggleRegion = useCallback((iso: string) => dispatch({ type: 'region-toggled', region: iso }), []);
  const changeFilters = useCallback(
    (next: Filters) => dispatch({ type: 'filters-changed', filters: next }),
    [],
  );
  const changeMeasure = useCallback(
    (next: Measure) => dispatch({ type: 'measure-changed', measure: next }),
    [],
  );
  const select = useCallback((id: string | null) => dispatch({ type: 'incident-selected', id }), []);
  const changeRange = useCallback((range: DayRange) => dispatch({ type: 'range-changed', range }), []);
  const changeViewport = useCallback(
    (next: MapViewport) => dispatch({ type: 'viewport-changed', viewport: next }),
    [],
  );
  usePlayback({
    isPlaying: state.isPlaying,
    speed: state.speed,
    range: state.range,
    bounds: PERIOD_DAYS,
    onRangeChange: changeRange,
    onEnd: () => dispatch({ type: 'play-ended' }),
  });

  const messages = messagesFor(state.language);
  if (state.data.status === 'error') {
    return (
      <I18nProvider language={state.language}>
        <ErrorScreen error={state.data.error} onRetry={retry} />
      </I18nProvider>
    );
  }
  const selected = state.selectedId ? byId.get(state.selectedId) : undefined;
  const fullUrl = viewUrl(window.location.href, linkState, PERIOD_DAYS);
  const exportPng = mapHandle?.exportImage
    ? () =>
        (mapHandle.exportImage as NonNullable<MapHandle['exportImage']>)(
          imageFrame(messages, state.language, state.range, region, measure, selection.scale, totals),
          2,
        )
    : null;
  const mapColumn = (
    <div className="map-column">
      <MapView
        features={selection.features}
        regions={mapRegions}
        initialCamera={props.initialCamera ?? null}
        selectedId={state.selectedId}
        createMap={createMap}
        findIncident={findIncident}
        onSelect={select}
        onRegionClick={toggleRegion}
        describeRegion={describeRegion}
        onViewportChange={changeViewport}
        expansionZoomOf={expansionZoomOf}
        isEmbed={Boolean(props.isEmbed)}
        onHandle={setMapHandle}
      />
      <Timeline
        bounds={PERIOD_DAYS}
        range={state.range}
        histogram={selection.histogram}
        shownCount={totals.incidents}
        totalCount={incidents.length}
        isPlaying={state.isPlaying}
        speed={state.speed}
        onRangeChange={changeRange}
        onPlayToggle={() => dispatch({ type: 'play-toggled' })}
        onSpeedChange={(speed) => dispatch({ type: 'speed-changed', speed })}
      />
      <LiveSummary totals={totals} totalCount={incidents.length} isReady={state.data.status === 'ready'} />
    </div>
  );
  if (props.isEmbed) {
    return (
      <I18nProvider language={state.language}>
        <EmbedLayout fullUrl={fullUrl} isLoading={state.data.status === 'loading'} totals={totals}>
          {mapColumn}
        </EmbedLayout>
      </I18nProvider>
    );
  }
  return (
    <I18nProvider language={state.language}>
      <PageLayout
        state={state}
        dispatch={dispatch}
        selection={selection}
        rows={rows}
        sortKey={sortKey}
        onSortChange={setSortKey}
        onToggleRegion={toggleRegion}
        onFiltersChange={changeFilters}
        onMeasureChange={changeMeasure}
        onSelect={select}
        selected={selected}
        fullUrl={fullUrl}
        embedUrl={viewUrl(window.location.href, linkState, PERIOD_DAYS, true)}
        exportPng={exportPng}
        fetchImpl={fetchImpl}
      >
        {mapColumn}
      </PageLayout>
    </I18nProvider>
  );
}
