import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { AboutDialog } from '../components/share/about-dialog.tsx';
import { ChoroplethLegend } from '../components/regions/choropleth-legend.tsx';
import { Downloads } from '../components/share/downloads.tsx';
import { FilterPanel } from '../components/regions/filter-panel.tsx';
import { IncidentDetails } from '../components/incidents/incident-details.tsx';
import { IncidentList } from '../components/incidents/incident-list.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { Legend } from '../components/regions/legend.tsx';
import { MapView } from '../components/map-view.tsx';
import { Notice } from '../components/notice.tsx';
import { ProblemsNotice } from '../components/problems-notice.tsx';
import { RegionTable } from '../components/regions/region-table.tsx';
import { ShareDialog } from '../components/share/share-dialog.tsx';
import { LoadProgressOverlay } from '../components/load-progress.tsx';
import { ErrorScreen } from '../components/status-screens.tsx';
import { Timeline } from '../components/timeline/timeline.tsx';
import { TotalsPanel } from '../components/totals-panel.tsx';
import { findDepartment } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { messagesFor } from '../i18n/language.ts';
import type { Language } from '../i18n/messages.ts';
import type { CreateMap, MapHandle, MapViewport } from '../map/map-port.ts';
import { departmentNumber } from '../model/regions/assign-departments.ts';
import type { DayRange, RangeNotice } from '../model/time/day-range.ts';
import type { Filters, Measure } from '../model/regions/filters.ts';
import type { LinkState } from '../model/links/link-params.ts';
import type { MapCamera } from '../model/clusters/map-camera.ts';
import { buildRegionRows, type RegionSortKey } from '../model/regions/region-rows.ts';
import { embedSnippets, viewUrl } from '../model/links/share-links.ts';
import type { ViewParams } from '../model/links/view-params.ts';
import { appReducer, initialAppState, PERIOD_DAYS } from './app-state.ts';
import { imageFrame } from './image-frame.ts';
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
  const [isPanelOpen, setPanelOpen] = useState(false);
  const [sortKey, setSortKey] = useState<RegionSortKey>('killed');
  const [isShareOpen, setShareOpen] = useState(false);
  const [isAboutOpen, setAboutOpen] = useState(false);
  const [mapHandle, setMapHandle] = useState<MapHandle | null>(null);
  const shareButton = useRef<HTMLButtonElement>(null);
  useEmbedHeight(Boolean(props.isEmbed));

  const { retry, progress, cancel } = useDataLoad(dispatch, dataUrl, departmentsUrl, fetchImpl);
  const loading = <LoadProgressOverlay progress={progress} onCancel={cancel} />;

  useEffect(() => {
    document.documentElement.lang = state.language;
    document.title = messagesFor(state.language).appTitle;
  }, [state.language]);

  const { filters, region, measure, selectedId } = state;
  // Until the map reports its view (or if it cannot be created), the link keeps the view it was opened with.
  const camera = state.viewport?.camera ?? props.initialCamera ?? null;
  useEffect(() => {
    onUrlStateChange?.({
      language: state.language,
      range: state.range,
      view: { filters, region, measure },
      selectedId,
      camera,
    });
  }, [onUrlStateChange, state.language, state.range, filters, region, measure, selectedId, camera]);

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
    regions: state.data.status === 'ready' ? state.data.regions : undefined,
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
  const select = useCallback((id: string | null) => {
    dispatch({ type: 'incident-selected', id });
    if (id) setPanelOpen(true);
  }, []);
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
  const linkState = {
    language: state.language,
    range: state.range,
    view: { filters, region, measure },
    selectedId,
    camera,
  };
  const fullUrl = viewUrl(window.location.href, linkState, PERIOD_DAYS);
  const metadata = state.data.status === 'ready' ? state.data.metadata : null;
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
    </div>
  );
  if (props.isEmbed) {
    return (
      <I18nProvider language={state.language}>
        <div className="app app-embed" data-embed="true">
          <header className="embed-header">
            <h1>{messages.appTitle}</h1>
            <a href={fullUrl} target="_blank" rel="noopener noreferrer" data-testid="open-full-map">
              {messages.openFullMap}
            </a>
          </header>
          {state.data.status === 'loading' ? loading : null}
          {mapColumn}
          <TotalsPanel totals={totals} />
        </div>
      </I18nProvider>
    );
  }
  return (
    <I18nProvider language={state.language}>
      <div className="app" data-panel={isPanelOpen ? 'open' : 'closed'}>
        <header className="app-header">
          <div className="app-title">
            <h1>{messages.appTitle}</h1>
            <p>{messages.appSubtitle}</p>
          </div>
          <LanguageSwitch onChange={(language) => dispatch({ type: 'language-changed', language })} />
          <button
            type="button"
            className="share-button"
            data-testid="share-button"
            ref={shareButton}
            onClick={() => setShareOpen(true)}
          >
            {messages.share}
          </button>
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={isPanelOpen}
            aria-controls="side-panel"
            onClick={() => setPanelOpen((open) => !open)}
          >
            {isPanelOpen ? messages.panelHide : messages.panelShow}
          </button>
        </header>
        {isAboutOpen ? (
          <AboutDialog
            metadata={metadata}
            citeUrl={fullUrl}
            fetchImpl={fetchImpl}
            onClose={() => setAboutOpen(false)}
          />
        ) : null}
        {isShareOpen ? (
          <ShareDialog
            link={fullUrl}
            snippets={embedSnippets(
              viewUrl(window.location.href, linkState, PERIOD_DAYS, true),
              messages.appTitle,
            )}
            onClose={() => {
              setShareOpen(false);
              shareButton.current?.focus();
            }}
          />
        ) : null}
        {state.rangeNotice ? (
          <Notice onDismiss={() => dispatch({ type: 'notice-dismissed' })}>
            {messages.rangeNotice[state.rangeNotice]}
          </Notice>
        ) : null}
        {state.ignoredParams.length > 0 ? (
          <Notice onDismiss={() => dispatch({ type: 'params-notice-dismissed' })}>
            {messages.paramsNotice(state.ignoredParams.join(', '))}
          </Notice>
        ) : null}
        <div className="app-body">
          {mapColumn}
          <aside id="side-panel" className="side-panel" aria-label={messages.totalsHeading}>
            {state.data.status === 'loading' ? loading : null}
            <TotalsPanel totals={totals} />
            {region ? (
              <div className="focus-notice" data-testid="focus-notice">
                <p>{messages.regionFocused(findDepartment(region)?.name ?? region)}</p>
                <button type="button" onClick={() => dispatch({ type: 'region-cleared' })}>
                  {messages.regionClear}
                </button>
              </div>
            ) : null}
            {state.data.status === 'ready' ? <ProblemsNotice problems={state.data.problems} /> : null}
            {selected ? (
              <IncidentDetails incident={selected} onClose={() => select(null)} />
            ) : (
              <p className="details-empty">{messages.detailsEmpty}</p>
            )}
            <FilterPanel
              filters={filters}
              categoryCounts={selection.categoryCounts}
              onChange={changeFilters}
            />
            <ChoroplethLegend measure={measure} scale={selection.scale} onMeasureChange={changeMeasure} />
            <RegionTable
              rows={rows}
              sortKey={sortKey}
              focused={region}
              onSortChange={setSortKey}
              onToggleRegion={toggleRegion}
            />
            <Downloads
              incidents={selection.shown}
              range={state.range}
              region={region}
              filters={filters}
              metadata={metadata}
              viewUrl={fullUrl}
              exportPng={exportPng}
              onAbout={() => setAboutOpen(true)}
            />
            <Legend />
            <IncidentList incidents={selection.shown} selectedId={state.selectedId} onSelect={select} />
          </aside>
        </div>
      </div>
    </I18nProvider>
  );
}
