import * as maplibregl from 'maplibre-gl';
import { PERU_BOUNDS } from './incident-map.ts';
import { IncidentSources, measureDigitEm } from './incident-sources.ts';
import { drawFramedMap, frameInsets, type ImageFrame } from './map-image.ts';
import type { MapViewport, MapViewState, VideoFrameOptions, VideoFrameRenderer } from './map-port.ts';
import { buildStyle, LAYER, regionFillExpression } from './style.ts';

/**
 * A MapLibre map of the clip's size, outside the window and hidden from assistive technology, that draws one
 * frame per render() call. Only what the map shows changes between frames (incidents, fills); the camera is
 * fitted once, so the same states give the same frames.
 */
class OffscreenFrameRenderer implements VideoFrameRenderer {
  readonly canvas: HTMLCanvasElement;
  viewport: MapViewport = { zoom: 0, bbox: [-180, -85, 180, 85] };
  private readonly map: maplibregl.Map;
  private readonly incidents: IncidentSources;
  private readonly container: HTMLElement;
  private readonly scale: number;
  private applied: MapViewState | null = null;
  private isDestroyed = false;

  constructor(options: VideoFrameOptions) {
    const { widthPx, heightPx, scale, layout, fitBox } = options;
    const { headerPx, footerPx } = frameInsets(layout, scale);
    this.scale = scale;
    this.canvas = document.createElement('canvas');
    this.canvas.width = widthPx;
    this.canvas.height = heightPx;
    this.container = document.createElement('div');
    this.container.setAttribute('aria-hidden', 'true');
    this.container.setAttribute('data-testid', 'video-map');
    Object.assign(this.container.style, {
      position: 'fixed',
      left: '-100000px',
      top: '0',
      width: `${Math.round(widthPx / scale)}px`,
      height: `${Math.round(Math.max(2, heightPx - headerPx - footerPx) / scale)}px`,
      pointerEvents: 'none',
    });
    document.body.append(this.container);
    const bounds: [[number, number], [number, number]] = fitBox
      ? [
          [fitBox[0], fitBox[1]],
          [fitBox[2], fitBox[3]],
        ]
      : PERU_BOUNDS;
    try {
      this.map = new maplibregl.Map({
        container: this.container,
        style: buildStyle(document.baseURI, undefined, null, measureDigitEm()),
        bounds,
        fitBoundsOptions: { padding: 16 },
        pixelRatio: scale,
        interactive: false,
        attributionControl: false,
        fadeDuration: 0,
        maxZoom: 14,
      });
    } catch (error) {
      this.container.remove();
      throw error;
    }
    this.incidents = new IncidentSources(this.map);
  }

  /** Resolves once the basemap has loaded and the view is known. */
  async ready(): Promise<void> {
    await new Promise<void>((done) => this.map.once('load', () => done()));
    const bounds = this.map.getBounds();
    this.viewport = {
      zoom: this.map.getZoom(),
      bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    };
  }

  /**
   * Applies `state`, waits until the map is idle and draws map and frame in the idle handler: the same task
   * as MapLibre's render, the only moment the WebGL buffer is readable without preserveDrawingBuffer.
   */
  render(state: MapViewState, frame: ImageFrame): Promise<void> {
    if (state.features !== this.applied?.features) this.incidents.show(state.features);
    if (state.regions.fills !== this.applied?.regions.fills) {
      this.map.setPaintProperty(LAYER.regions, 'fill-color', regionFillExpression(state.regions.fills));
    }
    if (state.regions.focused !== (this.applied?.regions.focused ?? null)) {
      this.map.setFilter(LAYER.regionFocus, ['==', ['get', 'iso_3166_2'], state.regions.focused ?? '']);
    }
    this.applied = state;
    return new Promise((done, fail) => {
      this.map.once('idle', () => {
        try {
          drawFramedMap(this.canvas, this.map.getCanvas(), frame, this.scale);
          done();
        } catch (error) {
          fail(error);
        }
      });
      this.map.triggerRepaint();
    });
  }

  destroy(): void {
    if (this.isDestroyed) return;
    this.isDestroyed = true;
    this.map.remove();
    this.container.remove();
    this.canvas.width = 0;
    this.canvas.height = 0;
  }
}

/** Creates the hidden map for a clip and waits for its basemap; rejects when the browser cannot (no WebGL 2). */
export async function createVideoFrameRenderer(options: VideoFrameOptions): Promise<VideoFrameRenderer> {
  const renderer = new OffscreenFrameRenderer(options);
  try {
    await renderer.ready();
  } catch (error) {
    renderer.destroy();
    throw error;
  }
  return renderer;
}
