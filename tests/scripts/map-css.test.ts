import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimMapCss } from '../../scripts/map-css.ts';

const require = createRequire(import.meta.url);

describe('trimMapCss', () => {
  it('drops a rule whose selectors all name an unused control, and keeps the used ones', () => {
    const css = '.maplibregl-map{overflow:hidden}.maplibregl-popup-tip{width:0}.maplibregl-ctrl-zoom-in{x:1}';
    expect(trimMapCss(css, ['maplibregl-popup'])).toBe(
      '.maplibregl-map{overflow:hidden}.maplibregl-ctrl-zoom-in{x:1}',
    );
  });

  it('keeps the used selectors of a list and drops the others', () => {
    const css = '.maplibregl-ctrl-fullscreen .icon,.maplibregl-ctrl-zoom-out .icon{display:block}';
    expect(trimMapCss(css, ['maplibregl-ctrl-fullscreen'])).toBe(
      '.maplibregl-ctrl-zoom-out .icon{display:block}',
    );
  });

  it('trims inside @media and drops a @media block left empty', () => {
    const css =
      '@media(forced-colors:active){.maplibregl-ctrl-logo{a:b}}@media screen{.maplibregl-ctrl-logo{a:b}.maplibregl-ctrl-attrib{c:d}}';
    expect(trimMapCss(css, ['maplibregl-ctrl-logo'])).toBe('@media screen{.maplibregl-ctrl-attrib{c:d}}');
  });

  it('keeps keyframes and braces inside quoted data URIs', () => {
    const css = '@keyframes spin{0%{transform:rotate(0)}}.maplibregl-ctrl-icon{background:url("data:x,{}")}';
    expect(trimMapCss(css, ['maplibregl-popup'])).toBe(css);
  });

  it("keeps what the app's map uses from MapLibre's own stylesheet, at a fraction of its size", () => {
    const css = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
    const trimmed = trimMapCss(css);
    for (const name of [
      '.maplibregl-map{',
      '.maplibregl-canvas{',
      '.maplibregl-ctrl-top-right{',
      'maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon{',
      'maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon{',
      '.maplibregl-ctrl.maplibregl-ctrl-attrib{',
      '.maplibregl-ctrl-attrib a{',
      '.maplibregl-boxzoom{',
    ])
      expect(trimmed, name).toContain(name);
    expect(trimmed).not.toContain('maplibregl-popup');
    expect(trimmed).not.toContain('maplibregl-ctrl-geolocate');
    expect(trimmed.length).toBeLessThan(css.length / 5);
  });
});
