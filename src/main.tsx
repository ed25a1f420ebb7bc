import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type UrlState } from './app/app.tsx';
import { PERIOD_DAYS } from './app/app-state.ts';
import { dataUrlFromSearch } from './app/data-url.ts';
import { createDefaultMap } from './app/default-map.ts';
import { languageFromSearch } from './i18n/language.ts';
import { parseRangeParams, writeRangeParams } from './model/day-range.ts';
import { parseMapCamera } from './model/map-camera.ts';
import { parseViewParams, writeViewParams } from './model/view-params.ts';
import './styles.css';

const search = window.location.search;
const params = new URLSearchParams(search);
const { range, notice } = parseRangeParams(params, PERIOD_DAYS);
const { ignored, ...view } = parseViewParams(params);

let urlTimer = 0;
/** Keeps the URL in step with the view (replaceState, debounced so scrubbing does not flood the history API). */
function rememberUrlState(state: UrlState): void {
  window.clearTimeout(urlTimer);
  urlTimer = window.setTimeout(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', state.language);
    writeRangeParams(url.searchParams, state.range, PERIOD_DAYS);
    writeViewParams(url.searchParams, state.view);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, 250);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App
        language={languageFromSearch(search)}
        initialCamera={parseMapCamera(params.get('map'))}
        initialRange={range}
        rangeNotice={notice}
        initialView={view}
        ignoredParams={ignored}
        dataUrl={dataUrlFromSearch(search)}
        createMap={createDefaultMap}
        onUrlStateChange={rememberUrlState}
      />
    </StrictMode>,
  );
}
