import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createDefaultMap } from './app/default-map.ts';
import { languageFromSearch } from './i18n/language.ts';
import type { Language } from './i18n/messages.ts';
import { parseMapCamera } from './model/map-camera.ts';
import './styles.css';

function rememberLanguage(language: Language): void {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', language);
  window.history.replaceState(window.history.state, '', url);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App
        language={languageFromSearch(window.location.search)}
        initialCamera={parseMapCamera(new URLSearchParams(window.location.search).get('map'))}
        dataUrl="data/incidents.geojson"
        createMap={createDefaultMap}
        onLanguageChange={rememberLanguage}
      />
    </StrictMode>,
  );
}
