import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { relabelMap } from '../../src/map/map-locale.ts';

/** The elements MapLibre labels, as it builds them: canvas, zoom buttons, attribution button. */
function mapContainer(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `
    <div class="maplibregl-canvas-container"><canvas class="maplibregl-canvas" aria-label="Mapa"></canvas></div>
    <div class="maplibregl-ctrl-top-right"><div class="maplibregl-ctrl maplibregl-ctrl-group">
      <button class="maplibregl-ctrl-zoom-in" title="Acercar" aria-label="Acercar"></button>
      <button class="maplibregl-ctrl-zoom-out" title="Alejar" aria-label="Alejar"></button>
    </div></div>
    <details class="maplibregl-ctrl maplibregl-ctrl-attrib"><summary class="maplibregl-ctrl-attrib-button"></summary></details>`;
  return container;
}

const labelOf = (container: HTMLElement, selector: string) =>
  container.querySelector(selector)?.getAttribute('aria-label');

describe('relabelMap', () => {
  it("gives the canvas and the controls the new language's labels, as aria-label and title", () => {
    const container = mapContainer();
    relabelMap(container, en.mapLocale);
    expect(labelOf(container, 'canvas')).toBe(en.mapLocale['Map.Title']);
    expect(labelOf(container, '.maplibregl-ctrl-zoom-in')).toBe(en.mapLocale['NavigationControl.ZoomIn']);
    expect(container.querySelector<HTMLElement>('.maplibregl-ctrl-zoom-out')?.title).toBe(
      en.mapLocale['NavigationControl.ZoomOut'],
    );
    expect(labelOf(container, '.maplibregl-ctrl-attrib-button')).toBe(
      en.mapLocale['AttributionControl.ToggleAttribution'],
    );
    expect(container.querySelector('canvas')?.hasAttribute('title')).toBe(false);
  });

  it('switches back, and leaves a label alone when the locale lacks its key', () => {
    const container = mapContainer();
    relabelMap(container, en.mapLocale);
    relabelMap(container, es.mapLocale);
    expect(labelOf(container, '.maplibregl-ctrl-zoom-in')).toBe('Acercar');
    relabelMap(container, { 'Map.Title': 'Carte' });
    expect(labelOf(container, 'canvas')).toBe('Carte');
    expect(labelOf(container, '.maplibregl-ctrl-zoom-out')).toBe('Alejar');
  });
});
