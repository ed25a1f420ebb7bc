import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type UrlState } from './app/app.tsx';
import { PERIOD_DAYS } from './app/app-state.ts';
import { dataUrlFromSearch } from './app/data-url.ts';
import { createDefaultMap } from './app/default-map.ts';
import { readFirstViewTotals } from './app/first-view/first-view-totals.ts';
import { ignoredPageParams } from './app/page-params.ts';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { prepareFormats } from './i18n/format.ts';
import { languageFromSearch } from './i18n/language.ts';
import { parseLinkParams, writeLinkParams } from './model/links/link-params.ts';
import './styles.css';

const search = window.location.search;
const link = parseLinkParams(new URLSearchParams(search), PERIOD_DAYS);

let urlTimer = 0;
/** Keeps the URL in step with the view (replaceState, debounced so scrubbing does not flood the history API). */
function rememberUrlState(state: UrlState): void {
  window.clearTimeout(urlTimer);
  urlTimer = window.setTimeout(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', state.language);
    writeLinkParams(url.searchParams, state, PERIOD_DAYS);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, 250);
}

const root = document.getElementById('root');
const language = languageFromSearch(search);
if (root) {
  const initialTotals = readFirstViewTotals(root);
  // The formatters load ICU's data (60–400 ms here): in this task, so that the first render, in the next one,
  // does not make one long task of both.
  prepareFormats(language);
  window.setTimeout(() => renderApp(root, initialTotals));
}

function renderApp(root: HTMLElement, initialTotals: ReturnType<typeof readFirstViewTotals>): void {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary language={language}>
        <App
          language={language}
          isEmbed={new URLSearchParams(search).get('embed') === '1'}
          initialCamera={link.camera}
          initialSelectedId={link.selectedId}
          initialPanel={link.panel}
          initialRange={link.range}
          initialTotals={initialTotals}
          rangeNotice={link.rangeNotice}
          initialView={link.view}
          ignoredParams={[...link.ignored, ...ignoredPageParams(search)]}
          dataUrl={dataUrlFromSearch(search)}
          createMap={createDefaultMap}
          onUrlStateChange={rememberUrlState}
        />
      </ErrorBoundary>
    </StrictMode>,
  );
}
