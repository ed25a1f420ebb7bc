import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { LiveSummary } from '../components/live-summary.tsx';
import { MapView } from '../components/map-view.tsx';
import { ErrorScreen } from '../components/status-screens.tsx';
import { Timeline } from '../components/timeline/timeline.tsx';
import type { Incident } from '../data/schema.ts';
import { I18nProvider, useDocumentLanguage } from '../i18n/i18n-context.tsx';
import { messagesFor } from '../i18n/language.ts';
import type { Language } from '../i18n/messages.ts';
import type { CreateMap, MapHandle, MapViewport } from '../map/map-port.ts';
import type { MapCamera } from '../model/clusters/map-camera.ts';
import { createIncidentLookup } from '../model/incident-lookup.ts';
import type { LinkState, Panel } from '../model/links/link-params.ts';
import { viewUrl } from '../model/links/share-links.ts';
import type { ViewParams } from '../model/links/view-params.ts';
import { buildRegionRows, type RegionSortKey } from '../model/regions/region-rows.ts';
import type { DayRange, RangeNotice } from '../model/time/day-range.ts';
import type { Totals } from '../model/time/totals.ts';
import { appReducer, initialAppState, PERIOD_DAYS } from './app-state.ts';
import { EmbedLayout } from './embed-layout.tsx';
import { totalsToShow } from './first-view/opening-totals.ts';
import { imageFrame } from './image-frame.ts';
import { PageLayout } from './page-layout.tsx';
import { useDataLoad } from './use-data-load.ts';
import { useEmbedHeight } from './use-embed-height.ts';
import { useEscapeKey } from './use-escape-key.ts';
import { useIntents } from './use-intents.ts';
import { useMapQueries } from './use-map-queries.ts';
import { usePlayback } from './use-playback.ts';
import { useSelection } from './use-selection.ts';
import { useVideoSource } from './video/use-video-source.ts';

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
  /** The figures the page already shows for the link's view (see first-view-totals.ts), kept while loading. */
  initialTotals?: Totals | null;
  /** The incident whose details open once the data has loaded (`?incident=`). */
  initialSelectedId?: string | null;
  /** The side panel's tab to open on (`?panel=people`). */
  initialPanel?: Panel;
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
const NO_REGIONS = new Int32Array(0);
/** Until the map reports its view: all of Peru at the zoom it opens on. */
const DEFAULT_VIEWPORT: MapViewport = { zoom: 4, bbox: [-82, -19, -68, 1] };

/** The whole page: loads and validates the data, then wires the map, the timeline, the panel and the language. */
export function App(props: AppProps) {
  const { dataUrl, createMap, fetchImpl, onUrlStateChange } = props;
  const departmentsUrl = props.departmentsUrl ?? DEFAULT_DEPARTMENTS_URL;
  const [state, dispatch] = useReducer(
    appReducer,
    {
      ...props,
      range: props.initialRange,
      view: props.initialView,
      selectedId: props.initialSelectedId,
      panel: props.initialPanel,
    },
    initialAppState,
  );
  const [sortKey, setSortKey] = useState<RegionSortKey>('killed');
  const [mapHandle, setMapHandle] = useState<MapHandle | null>(null);
  useEmbedHeight(Boolean(props.isEmbed));
  const retry = useDataLoad(dispatch, dataUrl, departmentsUrl, fetchImpl);
  useDocumentLanguage(state.language);

  const { filters, region, measure, selectedId, panel } = state;
  // Until the map reports its view (or if it cannot be created), the link keeps the view it was opened with.
  const camera = state.viewport?.camera ?? props.initialCamera ?? null;
  const linkState = useMemo<UrlState>(
    () => ({
      language: state.language,
      range: state.range,
      view: { filters, region, measure },
      selectedId,
      camera,
      panel,
    }),
    [state.language, state.range, filters, region, measure, selectedId, camera, panel],
  );
  useEffect(() => {
    onUrlStateChange?.(linkState);
  }, [onUrlStateChange, linkState]);

  const intents = useIntents(dispatch);
  useEscapeKey(region !== null, intents.clearRegion);

  const incidents = state.data.status === 'ready' ? state.data.incidents : NO_INCIDENTS;
  const regions = state.data.status === 'ready' ? state.data.regions : NO_REGIONS;
  const boxes = state.data.status === 'ready' ? state.data.boxes : null;
  const byId = useMemo(() => createIncidentLookup(incidents), [incidents]);
  const { fromDay, toDay } = state.range;
  const selection = useSelection({
    incidents,
    regions,
    boxes,
    filters,
    region,
    measure,
    range: state.range,
    viewport: state.viewport ?? DEFAULT_VIEWPORT,
  });
  const { totals, byRegion, categoryTable } = selection;
  const openingFilters = useRef(filters).current;
  const shownTotals = totalsToShow(
    state.data.status === 'ready',
    totals,
    {
      totals: props.initialTotals ?? null,
      filters: openingFilters,
      range: props.initialRange ?? PERIOD_DAYS,
    },
    { filters, region, range: state.range },
  );
  const rows = useMemo(
    () => buildRegionRows(byRegion, categoryTable, filters.categories, sortKey),
    [byRegion, categoryTable, filters.categories, sortKey],
  );
  const mapRegions = useMemo(
    () => ({ fills: selection.fills, focused: region, focusBox: selection.focusBox }),
    [selection.fills, region, selection.focusBox],
  );

  const { findIncident, describeRegion, expansionZoomOf } = useMapQueries(byId, selection, fromDay, toDay);
  const { toggleRegion, changeFilters, changeMeasure, select, changeRange, changeViewport } = intents;
  usePlayback({
    isPlaying: state.isPlaying,
    speed: state.speed,
    range: state.range,
    bounds: PERIOD_DAYS,
    onRangeChange: changeRange,
    onEnd: () => dispatch({ type: 'play-ended' }),
  });
  const { language, range } = state;
  const video = useVideoSource({
    ...selection,
    range,
    region,
    measure,
    language,
    hasMap: mapHandle !== null,
  });

  const messages = messagesFor(state.language);
  if (state.data.status === 'error') {
    return (
      <I18nProvider language={state.language}>
        <ErrorScreen error={state.data.error} onRetry={retry} />
      </I18nProvider>
    );
  }
  const selected = state.selectedId ? byId(state.selectedId) : undefined;
  const fullUrl = viewUrl(window.location.href, linkState, PERIOD_DAYS);
  const frame = () =>
    imageFrame(messages, state.language, state.range, region, measure, selection.scale, totals);
  // Called on the handle, so that the map's method keeps its `this`.
  const exportPng = mapHandle?.exportImage
    ? () => mapHandle.exportImage?.(frame(), 2) ?? Promise.reject(new Error('no map'))
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
        <EmbedLayout fullUrl={fullUrl} data={state.data} totals={shownTotals}>
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
        totals={shownTotals}
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
        video={video}
        fetchImpl={fetchImpl}
      >
        {mapColumn}
      </PageLayout>
    </I18nProvider>
  );
}
