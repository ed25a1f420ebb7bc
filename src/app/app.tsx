import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { IncidentDetails } from '../components/incident-details.tsx';
import { IncidentList } from '../components/incident-list.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { Legend } from '../components/legend.tsx';
import { MapView } from '../components/map-view.tsx';
import { Notice } from '../components/notice.tsx';
import { ProblemsNotice } from '../components/problems-notice.tsx';
import { ErrorScreen, LoadingOverlay } from '../components/status-screens.tsx';
import { Timeline } from '../components/timeline.tsx';
import { TotalsPanel } from '../components/totals-panel.tsx';
import { loadIncidents } from '../data/load.ts';
import type { Incident } from '../data/schema.ts';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { messagesFor } from '../i18n/language.ts';
import type { Language } from '../i18n/messages.ts';
import type { CreateMap, MapViewport } from '../map/map-port.ts';
import type { DayRange, RangeNotice } from '../model/day-range.ts';
import { createIncidentModel } from '../model/incident-model.ts';
import type { MapCamera } from '../model/map-camera.ts';
import { toMapFeatures } from '../model/map-features.ts';
import { appReducer, initialAppState, PERIOD_DAYS } from './app-state.ts';
import { usePlayback } from './use-playback.ts';

export interface AppProps {
  language: Language;
  /** The view to open on (`?map=zoom/lat/lng`), or null for all of Peru. */
  initialCamera?: MapCamera | null;
  initialRange?: DayRange;
  rangeNotice?: RangeNotice | null;
  dataUrl: string;
  createMap: CreateMap;
  fetchImpl?: typeof fetch;
  /** Told of every change worth keeping in the URL (the caller debounces). */
  onUrlStateChange?(state: { language: Language; range: DayRange }): void;
}

const NO_INCIDENTS: Incident[] = [];
/** Until the map reports its view: all of Peru at the zoom it opens on. */
const DEFAULT_VIEWPORT: MapViewport = { zoom: 4, bbox: [-82, -19, -68, 1] };

/** The whole page: loads and validates the data, then wires the map, the timeline, the panel and the language. */
export function App(props: AppProps) {
  const { dataUrl, createMap, fetchImpl, onUrlStateChange } = props;
  const [state, dispatch] = useReducer(
    appReducer,
    { language: props.language, range: props.initialRange, rangeNotice: props.rangeNotice },
    initialAppState,
  );
  const [attempt, setAttempt] = useState(0);
  const [isPanelOpen, setPanelOpen] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reader's "try again", it re-runs the load.
  useEffect(() => {
    let isCurrent = true;
    dispatch({ type: 'load-started' });
    loadIncidents(dataUrl, fetchImpl).then((result) => {
      if (!isCurrent) return;
      dispatch({
        type: 'load-finished',
        data: result.ok
          ? {
              status: 'ready',
              incidents: result.incidents,
              problems: result.problems,
              metadata: result.metadata,
            }
          : { status: 'error', error: result.error },
      });
    });
    return () => {
      isCurrent = false;
    };
  }, [dataUrl, fetchImpl, attempt]);

  useEffect(() => {
    document.documentElement.lang = state.language;
    document.title = messagesFor(state.language).appTitle;
  }, [state.language]);

  useEffect(() => {
    onUrlStateChange?.({ language: state.language, range: state.range });
  }, [onUrlStateChange, state.language, state.range]);

  const incidents = state.data.status === 'ready' ? state.data.incidents : NO_INCIDENTS;
  const model = useMemo(() => createIncidentModel(incidents), [incidents]);
  const histogram = useMemo(() => model.time.dailyHistogram(), [model]);
  const byId = useMemo(() => new Map(incidents.map((incident) => [incident.id, incident])), [incidents]);
  const { fromDay, toDay } = state.range;
  const totals = useMemo(() => model.time.totals(fromDay, toDay), [model, fromDay, toDay]);
  const shown = useMemo(
    () => Array.from(model.time.indicesInRange(fromDay, toDay), (index) => incidents[index] as Incident),
    [model, incidents, fromDay, toDay],
  );
  const viewport = state.viewport ?? DEFAULT_VIEWPORT;
  const features = useMemo(
    () =>
      toMapFeatures(
        model.clusters.query({ fromDay, toDay, zoom: viewport.zoom, bbox: viewport.bbox }),
        incidents,
      ),
    [model, incidents, fromDay, toDay, viewport],
  );

  const findIncident = useCallback((id: string) => byId.get(id), [byId]);
  const expansionZoomOf = useCallback(
    (cell: number, zoom: number) =>
      model.clusters.expansionZoom(
        { kind: 'cluster', cellId: cell, zoom, lng: 0, lat: 0, incidents: 0, killed: 0, injured: 0 },
        fromDay,
        toDay,
      ),
    [model, fromDay, toDay],
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
        <ErrorScreen error={state.data.error} onRetry={() => setAttempt((n) => n + 1)} />
      </I18nProvider>
    );
  }
  const selected = state.selectedId ? byId.get(state.selectedId) : undefined;
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
            className="panel-toggle"
            aria-expanded={isPanelOpen}
            aria-controls="side-panel"
            onClick={() => setPanelOpen((open) => !open)}
          >
            {isPanelOpen ? messages.panelHide : messages.panelShow}
          </button>
        </header>
        {state.rangeNotice ? (
          <Notice onDismiss={() => dispatch({ type: 'notice-dismissed' })}>
            {messages.rangeNotice[state.rangeNotice]}
          </Notice>
        ) : null}
        <div className="app-body">
          <div className="map-column">
            <MapView
              features={features}
              initialCamera={props.initialCamera ?? null}
              selectedId={state.selectedId}
              createMap={createMap}
              findIncident={findIncident}
              onSelect={select}
              onViewportChange={changeViewport}
              expansionZoomOf={expansionZoomOf}
            />
            <Timeline
              bounds={PERIOD_DAYS}
              range={state.range}
              histogram={histogram}
              shownCount={totals.incidents}
              totalCount={incidents.length}
              isPlaying={state.isPlaying}
              speed={state.speed}
              onRangeChange={changeRange}
              onPlayToggle={() => dispatch({ type: 'play-toggled' })}
              onSpeedChange={(speed) => dispatch({ type: 'speed-changed', speed })}
            />
          </div>
          <aside id="side-panel" className="side-panel" aria-label={messages.totalsHeading}>
            {state.data.status === 'loading' ? <LoadingOverlay /> : null}
            <TotalsPanel totals={totals} />
            {state.data.status === 'ready' ? <ProblemsNotice problems={state.data.problems} /> : null}
            {selected ? (
              <IncidentDetails incident={selected} onClose={() => select(null)} />
            ) : (
              <p className="details-empty">{messages.detailsEmpty}</p>
            )}
            <Legend />
            <IncidentList incidents={shown} selectedId={state.selectedId} onSelect={select} />
          </aside>
        </div>
      </div>
    </I18nProvider>
  );
}
