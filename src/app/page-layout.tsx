import { type Dispatch, lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { IncidentDetails } from '../components/incidents/incident-details.tsx';
import { IncidentDialog } from '../components/incidents/incident-dialog.tsx';
import { IncidentList } from '../components/incidents/incident-list.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { Notice } from '../components/notice.tsx';
import { PanelTabs } from '../components/panel-tabs.tsx';
import { PeopleView } from '../components/people/people-view.tsx';
import { usePeopleInView } from '../components/people/use-people-in-view.ts';
import { ProblemsNotice } from '../components/problems-notice.tsx';
import { ChoroplethLegend } from '../components/regions/choropleth-legend.tsx';
import { FilterPanel } from '../components/regions/filter-panel.tsx';
import { Legend } from '../components/regions/legend.tsx';
import { RegionTable } from '../components/regions/region-table.tsx';
import { Downloads, type DownloadsProps } from '../components/share/downloads.tsx';
import { LoadingOverlay } from '../components/status-screens.tsx';
import { TotalsPanel } from '../components/totals-panel.tsx';
import { PHONE_QUERY, useMediaQuery } from '../components/use-media-query.ts';
import { findDepartment } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { embedSnippets } from '../model/links/share-links.ts';
import type { Filters, Measure } from '../model/regions/filters.ts';
import type { RegionRow, RegionSortKey } from '../model/regions/region-rows.ts';
import type { Totals } from '../model/time/totals.ts';
import type { AppAction, AppState } from './app-state.ts';
import type { useSelection } from './use-selection.ts';

// Loaded when first opened: the first view does not need them.
const AboutDialog = lazy(() =>
  import('../components/share/about-dialog.tsx').then((module) => ({ default: module.AboutDialog })),
);
const ShareDialog = lazy(() =>
  import('../components/share/share-dialog.tsx').then((module) => ({ default: module.ShareDialog })),
);

export interface PageLayoutProps {
  state: AppState;
  dispatch: Dispatch<AppAction>;
  selection: ReturnType<typeof useSelection>;
  /** The figures to show, null while they are not known. */
  totals: Totals | null;
  rows: RegionRow[];
  sortKey: RegionSortKey;
  onSortChange(key: RegionSortKey): void;
  onToggleRegion(iso: string): void;
  onFiltersChange(next: Filters): void;
  onMeasureChange(next: Measure): void;
  onSelect(id: string | null): void;
  /** The open incident, if any. */
  selected: Incident | undefined;
  /** Links to this view: the full page and the embed. */
  fullUrl: string;
  embedUrl: string;
  /** Writes the PNG of the map, or null while the map cannot. */
  exportPng: (() => Promise<Blob>) | null;
  /** The video export's source, or null while the map cannot render frames. */
  video: DownloadsProps['video'];
  fetchImpl?: typeof fetch;
  /** The map and the timeline. */
  children: ReactNode;
}

/**
 * The full page: header (title, language, share, panel toggle), dialogs, notices, the map column and the
 * side panel: totals, focus and problems, then two tabs, the overview (details, filters, choropleth, regions,
 * downloads, list) and the people killed (a full-width page on phones).
 */
export function PageLayout(props: PageLayoutProps) {
  const {
    state,
    dispatch,
    selection,
    totals,
    rows,
    sortKey,
    selected,
    fullUrl,
    embedUrl,
    exportPng,
    video,
    fetchImpl,
  } = props;
  const { onSortChange, onToggleRegion, onFiltersChange, onMeasureChange, onSelect, children } = props;
  const { messages } = useI18n();
  const [isPanelOpen, setPanelOpen] = useState(false);
  const [isShareOpen, setShareOpen] = useState(false);
  const [isAboutOpen, setAboutOpen] = useState(false);
  const shareButton = useRef<HTMLButtonElement>(null);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const { filters, region, measure } = state;
  const metadata = state.data.status === 'ready' ? state.data.metadata : null;
  const people = usePeopleInView(selection.shown, state.panel === 'people');
  const openFromPeople = (id: string) => {
    onSelect(id);
    // On phones the details open over the list, which stays for when the dialog closes.
    if (!isPhone) dispatch({ type: 'panel-changed', panel: 'overview' });
  };

  // An incident opened from the map, the list or a link shows its details in the panel, which opens for them;
  // on phones, where the panel is a strip under the map, they open in a dialog instead.
  useEffect(() => {
    if (state.selectedId && !isPhone) setPanelOpen(true);
  }, [state.selectedId, isPhone]);
  // The people tab (also from ?panel=people) is a page of its own on phones, so the panel opens for it.
  useEffect(() => {
    if (state.panel === 'people') setPanelOpen(true);
  }, [state.panel]);

  return (
    <div className="app" data-panel={isPanelOpen ? 'open' : 'closed'} data-tab={state.panel}>
      <a className="skip-link" href="#side-panel">
        {messages.skipToPanel}
      </a>
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
      <Suspense fallback={null}>
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
            snippets={embedSnippets(embedUrl, messages.appTitle)}
            onClose={() => {
              setShareOpen(false);
              shareButton.current?.focus();
            }}
          />
        ) : null}
      </Suspense>
      {selected && isPhone ? <IncidentDialog incident={selected} onClose={() => onSelect(null)} /> : null}
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
      <main className="app-body">
        {children}
        <aside
          id="side-panel"
          className="side-panel"
          aria-label={messages.totalsHeading}
          tabIndex={-1}
          onFocus={(event) => {
            // The skip link lands here: on phones the panel must open to show it.
            if (event.target === event.currentTarget) setPanelOpen(true);
          }}
        >
          {state.data.status === 'loading' ? (
            <LoadingOverlay progress={state.data.progress} onCancel={state.data.cancel} />
          ) : null}
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
          <PanelTabs
            panel={state.panel}
            onChange={(panel) => dispatch({ type: 'panel-changed', panel })}
            overview={
              <>
                {selected && !isPhone ? (
                  <IncidentDetails incident={selected} onClose={() => onSelect(null)} />
                ) : (
                  <p className="details-empty">{messages.detailsEmpty}</p>
                )}
                <FilterPanel
                  filters={filters}
                  categoryCounts={selection.categoryCounts}
                  onChange={onFiltersChange}
                />
                <ChoroplethLegend
                  measure={measure}
                  scale={selection.scale}
                  onMeasureChange={onMeasureChange}
                />
                <RegionTable
                  rows={rows}
                  sortKey={sortKey}
                  focused={region}
                  onSortChange={onSortChange}
                  onToggleRegion={onToggleRegion}
                />
                <Downloads
                  incidents={selection.shown}
                  shownCount={selection.totals.incidents}
                  range={state.range}
                  region={region}
                  filters={filters}
                  metadata={metadata}
                  viewUrl={fullUrl}
                  exportPng={exportPng}
                  video={video}
                  onAbout={() => setAboutOpen(true)}
                />
                <Legend />
                <IncidentList incidents={selection.shown} selectedId={state.selectedId} onSelect={onSelect} />
              </>
            }
            people={
              <PeopleView inView={people} selectedId={state.selectedId} onOpenIncident={openFromPeople} />
            }
          />
        </aside>
      </main>
    </div>
  );
}
