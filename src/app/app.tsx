import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { IncidentDetails } from '../components/incident-details.tsx';
import { IncidentList } from '../components/incident-list.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { Legend } from '../components/legend.tsx';
import { MapView } from '../components/map-view.tsx';
import { ProblemsNotice } from '../components/problems-notice.tsx';
import { ErrorScreen, LoadingOverlay } from '../components/status-screens.tsx';
import { TotalsPanel } from '../components/totals-panel.tsx';
import { loadIncidents } from '../data/load.ts';
import type { Incident } from '../data/schema.ts';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { messagesFor } from '../i18n/language.ts';
import type { Language } from '../i18n/messages.ts';
import type { CreateMap } from '../map/map-port.ts';
import type { MapCamera } from '../model/map-camera.ts';
import { toPointFeatures } from '../model/map-features.ts';
import { sumTotals, ZERO_TOTALS } from '../model/totals.ts';
import { appReducer, initialAppState } from './app-state.ts';
import { sortByDate } from './sort.ts';

export interface AppProps {
  language: Language;
  /** The view to open on (`?map=zoom/lat/lng`), or null for all of Peru. */
  initialCamera?: MapCamera | null;
  dataUrl: string;
  createMap: CreateMap;
  fetchImpl?: typeof fetch;
  onLanguageChange?(language: Language): void;
}

const EMPTY: Incident[] = [];

/** The whole page: loads and validates the data, then wires the map, the panel and the language. */
export function App({
  language: initialLanguage,
  initialCamera = null,
  dataUrl,
  createMap,
  fetchImpl,
  onLanguageChange,
}: AppProps) {
  const [state, dispatch] = useReducer(appReducer, initialLanguage, initialAppState);
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

  const incidents = state.data.status === 'ready' ? state.data.incidents : EMPTY;
  const sorted = useMemo(() => sortByDate(incidents), [incidents]);
  const byId = useMemo(() => new Map(incidents.map((incident) => [incident.id, incident])), [incidents]);
  const points = useMemo(() => toPointFeatures(incidents), [incidents]);
  const totals = useMemo(() => (incidents.length > 0 ? sumTotals(incidents) : ZERO_TOTALS), [incidents]);
  const findIncident = useCallback((id: string) => byId.get(id), [byId]);
  const select = useCallback((id: string | null) => {
    dispatch({ type: 'incident-selected', id });
    if (id) setPanelOpen(true);
  }, []);
  const changeLanguage = useCallback(
    (language: Language) => {
      dispatch({ type: 'language-changed', language });
      onLanguageChange?.(language);
    },
    [onLanguageChange],
  );

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
          <LanguageSwitch onChange={changeLanguage} />
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
        <div className="app-body">
          <MapView
            points={points}
            initialCamera={initialCamera}
            selectedId={state.selectedId}
            createMap={createMap}
            findIncident={findIncident}
            onSelect={select}
          />
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
            <IncidentList incidents={sorted} selectedId={state.selectedId} onSelect={select} />
          </aside>
        </div>
      </div>
    </I18nProvider>
  );
}
