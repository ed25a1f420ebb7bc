import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSource } from 'maplibre-gl';
import { basemapAttribution } from '../i18n/messages.ts';
import { formatMapCamera } from '../model/clusters/map-camera.ts';
import type { MapFeatureCollection } from '../model/clusters/map-features.ts';
import { BLANK_IMAGE, TOWN_LAYERS, tierSource } from './basemap-style.ts';
import { MAX_BOUNDS, TIERS } from './basemap-tiers.ts';
import { FirstFrame } from './first-frame.ts';
import { IncidentSources, measureDigitEm } from './incident-sources.ts';
import { mapChanges } from './map-changes.ts';
import { composeMapImage, type ImageFrame } from './map-image.ts';
import { relabelMap } from './map-locale.ts';
import { bindPointer } from './map-pointer.ts';
import type { MapBasemapData, MapCallbacks, MapHandle, MapViewState } from './map-port.ts';
import { buildStyle, INCIDENT_SOURCE, LAYER, regionFillExpression } from './style.ts';

maplibregl.setWorkerUrl(workerUrl);
// The worker starts (fetch, compile, set up) as soon as this chunk runs, while the app still builds the map.
maplibregl.prewarm();

/** Peru with a small margin, `[[west, south], [east, north]]`. */
export const PERU_BOUNDS: [[number, number], [number, number]] = [
  [-81.6, -18.6],
  [-68.4, 0.2],
];

/** The zoom an incident opened from a list is shown at: a town and its surroundings. */
const INCIDENT_ZOOM = 10;

/**
 * The only class that touches MapLibre. React hands it the whole view state through update(); it applies the
 * difference once per animation frame and marks the container `data-state="idle"` when the frame is drawn.
 */
export class IncidentMap implements MapHandle {
  private readonly map: maplibregl.Map;
  /** The opening view, drawn hidden and shown once complete (first-frame.ts). */
  private readonly firstFrame: FirstFrame;
  private readonly container: HTMLElement;
  private readonly callbacks: MapCallbacks;
  private applied: MapViewState | null = null;
  /** The incidents the map shows: those the style was built with, then the last sent (null: none). */
  private sentFeatures: MapFeatureCollection | null = null;
  private incidents: IncidentSources | null = null;
  private pending: MapViewState | null = null;
  private frame = 0;
  private isLoaded = false;
  private isDestroyed = false;
  /** The incident last clicked on the map itself: selecting it needs no flight. */
  private clickedId: string | null = null;
  /** The selected incident the camera has been handled for (the point may arrive after the id, with the data). */
  private followedId: string | null = null;
  private hasFollowed = false;
  private readonly baseUrl: string;
  /** Detail tiers already asked for (the overview comes with the style). */
  private readonly loadedTiers = new Set<number>([0]);
  private readonly data: MapBasemapData | undefined;
  private hasStyle = false;
  /** Whether the town names on screen may have changed since `data-towns` was written. */
  private hasTownsChanged = true;

  constructor(container: HTMLElement, callbacks: MapCallbacks, baseUrl: string, data?: MapBasemapData) {
    this.container = container;
    this.callbacks = callbacks;
    this.baseUrl = baseUrl;
    this.data = data;
    container.removeAttribute('data-state');
    const camera = callbacks.initialCamera;
    // The style comes with the first state (setStyle), so the incidents go to the worker with the basemap at
    // once: a style with an empty incidents source, filled at style load, made the worker lay them out empty,
    // answer, and wait for the page's thread (busy drawing) to send them again.
    this.map = new maplibregl.Map({
      container,
      ...(camera
        ? { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom }
        : { bounds: PERU_BOUNDS, fitBoundsOptions: { padding: 16 } }),
      attributionControl: { compact: false, customAttribution: basemapAttribution(container.clientWidth) },
      ...(callbacks.locale ? { locale: callbacks.locale } : {}),
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 14,
      maxBounds: MAX_BOUNDS,
      // Labels appear at once: a 300 ms fade would hold every timeline step back from "idle".
      fadeDuration: 0,
    });
    this.firstFrame = new FirstFrame(this.map);
    // `data-shown`: the canvas shows the map; until then the page shows that it is loading (styles.css).
    container.removeAttribute('data-shown');
    this.firstFrame.whenShown(() => container.setAttribute('data-shown', ''));
    this.map.touchZoomRotate.disableRotation();
    // The app sends its first state as soon as the map exists; without one by the next frame, the map starts
    // with no incidents.
    requestAnimationFrame(() => this.setStyle());
    // The opening view is known now, a frame before the style loads: the app clusters the incidents for it
    // meanwhile, so the first state applied is (mostly) the one for this view, not for a default zoom.
    this.recordView();
    if (callbacks.isEmbed) {
      this.map.scrollZoom.disable();
      container.setAttribute('data-scroll-zoom', 'off');
      this.map.once('click', () => {
        this.map.scrollZoom.enable();
        container.setAttribute('data-scroll-zoom', 'on');
      });
    }
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // The style, not every source: the first state (incidents, fills) then goes to the worker with the
    // basemap, and the map draws once with all of it instead of drawing the basemap, going idle, and again.
    // A state already waiting is applied at once, before the first frame asks for tiles: a fill expression
    // set after that would make the worker lay out the departments and the overview a second time.
    this.map.on('style.load', () => {
      this.isLoaded = true;
      this.loadDetail();
      this.recordView();
      if (this.pending) this.apply();
      else this.schedule();
    });
    this.map.setMissingStyleImageResolver((id) => {
      if (id === BLANK_IMAGE && !this.map.hasImage(BLANK_IMAGE)) {
        this.map.addImage(BLANK_IMAGE, { width: 2, height: 2, data: new Uint8Array(16) });
      }
    });
    this.map.on('zoom', () => this.loadDetail());
    // The town names on screen change only when the view or a source's tiles do, not with feature state.
    const townsMayChange = () => {
      this.hasTownsChanged = true;
    };
    this.map.on('move', townsMayChange);
    this.map.on('sourcedata', townsMayChange);
    this.map.on('styledata', townsMayChange);
    this.map.on('idle', () => this.recordTowns());
    this.map.on('moveend', () => {
      if (this.isLoaded) this.recordView();
    });
    bindPointer(this.map, callbacks, {
      onIncidentClick: (id) => {
        this.clickedId = id;
      },
      expandCluster: (cell, clusterZoom, lng, lat) => this.expandCluster(cell, clusterZoom, lng, lat),
    });
  }

  update(state: MapViewState): void {
    this.pending = state;
    this.container.removeAttribute('data-state');
    this.setStyle();
    // The frame that applies the rest is asked for first, so it runs before the one MapLibre asks for when
    // given new feature state: that one then draws everything, and fires the idle this frame listens for.
    this.schedule();
    this.sendFeatures(state.features);
  }

  /** Sets the style once, with the incidents of the state waiting, if any. */
  private setStyle(): void {
    if (this.hasStyle || this.isDestroyed) return;
    this.hasStyle = true;
    this.sentFeatures = this.pending?.features ?? null;
    const layout = IncidentSources.initialLayout(this.sentFeatures);
    this.incidents = new IncidentSources(this.map, layout);
    this.map.setStyle(buildStyle(this.baseUrl, this.data, layout, measureDigitEm()));
  }

  /**
   * Hands new incidents to the map at once instead of at the next frame: a timeline step or a filter goes to
   * it as feature state, for the next frame; other places go to MapLibre's worker, which lays their tiles out
   * while the page draws the panels (IncidentSources). An equal collection changes nothing.
   */
  private sendFeatures(features: MapFeatureCollection): void {
    if (!this.isLoaded || this.isDestroyed || features === this.sentFeatures) return;
    this.sentFeatures = features;
    this.incidents?.show(features);
  }

  /**
   * Once the opening view is shown (before, the painter draws nothing), renders the map at `scale` (2 for
   * print) and copies the frame in the same task as MapLibre's render, the only moment the WebGL buffer is
   * readable without preserveDrawingBuffer. Restores the pixel ratio after.
   */
  async exportImage(frame: ImageFrame, scale: number): Promise<Blob> {
    await new Promise<void>((shown) => this.firstFrame.whenShown(shown));
    const previous = this.map.getPixelRatio();
    this.map.setPixelRatio(scale);
    try {
      const composed = await new Promise<HTMLCanvasElement>((done, fail) => {
        this.map.once('render', () => {
          try {
            done(composeMapImage(this.map.getCanvas(), frame, scale));
          } catch (error) {
            fail(error);
          }
        });
        this.map.triggerRepaint();
      });
      return await new Promise<Blob>((done, fail) =>
        composed.toBlob((blob) => (blob ? done(blob) : fail(new Error('PNG encoding failed'))), 'image/png'),
      );
    } finally {
      this.map.setPixelRatio(previous);
    }
  }

  setLocale(locale: Record<string, string>): void {
    relabelMap(this.container, locale);
  }

  destroy(): void {
    this.isDestroyed = true;
    this.firstFrame.destroy();
    cancelAnimationFrame(this.frame);
    this.map.remove();
  }

  private schedule(): void {
    if (!this.isLoaded || this.frame !== 0 || this.isDestroyed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.apply();
    });
  }

  private apply(): void {
    const next = this.pending;
    if (!next) return;
    this.pending = null;
    const changes = mapChanges(this.applied, next, Boolean(this.callbacks.initialCamera));
    this.sendFeatures(next.features);
    if (changes.selectedId !== undefined) {
      this.map.setFilter(LAYER.selected, ['==', ['get', 'id'], changes.selectedId]);
    }
    if (changes.fills) {
      const fill = regionFillExpression(changes.fills);
      this.map.setPaintProperty(LAYER.regions, 'fill-color', fill);
      this.map.setPaintProperty(LAYER.regionsUnderLakes, 'fill-color', fill);
    }
    if (changes.focus) {
      this.map.setFilter(LAYER.regionFocus, ['==', ['get', 'iso_3166_2'], changes.focus.iso]);
      if (changes.focus.fitBox) {
        const [west, south, east, north] = changes.focus.fitBox;
        this.map.fitBounds(
          [
            [west, south],
            [east, north],
          ],
          { padding: 24, duration: 0 },
        );
      }
    }
    // After the department fit, which would otherwise cut the flight short.
    this.followSelection(next);
    this.applied = next;
    // "Idle" once the reader can see it: an idle of the hidden opening view waits for the next.
    const onIdle = () => {
      if (this.pending || this.isDestroyed) return;
      if (!this.firstFrame.isShown) {
        this.map.once('idle', onIdle);
        return;
      }
      this.container.setAttribute('data-state', 'idle');
      this.incidents?.addCandidates();
    };
    this.map.once('idle', onIdle);
    // A frame now would draw the old incidents while the worker lays the new ones out, and hold the page's
    // thread while the worker waits on it (for glyphs); their tiles ask for the frame that shows them.
    // Otherwise a frame is asked for, so that "idle" comes even when nothing changed.
    if (this.map.isSourceLoaded(INCIDENT_SOURCE)) this.map.triggerRepaint();
  }

  /**
   * Flies to a newly selected incident once its point is known, unless it was clicked on the map or the link
   * gave a view (?map=), which wins over the incident it opened.
   */
  private followSelection(next: MapViewState): void {
    if (next.selectedId === null) {
      this.followedId = null;
      return;
    }
    if (next.selectedId === this.followedId || !next.selectedPoint) return;
    const keepsLinkedView = !this.hasFollowed && Boolean(this.callbacks.initialCamera);
    if (next.selectedId !== this.clickedId && !keepsLinkedView) this.flyToIncident(next.selectedPoint);
    this.followedId = next.selectedId;
    this.hasFollowed = true;
    this.clickedId = null;
  }

  /** Eases to an incident unless it is already inside the view at a zoom where it is drawn alone. */
  private flyToIncident([lng, lat]: [number, number]): void {
    const zoom = this.map.getZoom();
    const bounds = this.map.getBounds();
    const isInView =
      lng > bounds.getWest() && lng < bounds.getEast() && lat > bounds.getSouth() && lat < bounds.getNorth();
    if (isInView && zoom >= INCIDENT_ZOOM) return;
    this.map.easeTo({ center: [lng, lat], zoom: Math.max(zoom, INCIDENT_ZOOM) });
  }

  private recordView(): void {
    const { lng, lat } = this.map.getCenter();
    const zoom = this.map.getZoom();
    this.container.setAttribute('data-view', formatMapCamera({ zoom, lat, lng }));
    const bounds = this.map.getBounds();
    this.callbacks.onViewportChange?.({
      zoom,
      bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      camera: { zoom, lat, lng },
    });
  }

  /** Fetches each detail tier once, when the view comes within half a zoom level of the zooms it draws. */
  private loadDetail(): void {
    const zoom = this.map.getZoom();
    TIERS.forEach((tier, index) => {
      const isNear = zoom >= tier.fromZoom - 0.5 && zoom < tier.untilZoom + 0.5;
      if (this.loadedTiers.has(index) || !isNear) return;
      this.loadedTiers.add(index);
      const url = new URL(`basemap/${tier.file}`, this.baseUrl).href;
      this.map.getSource<GeoJSONSource>(tierSource(index))?.setData(url);
    });
  }

  /** `data-towns`: the town names labelled on screen, `|`-separated, for tests and embedders. */
  private recordTowns(): void {
    if (!this.hasTownsChanged) return;
    this.hasTownsChanged = false;
    const layers = TOWN_LAYERS.filter((id) => this.map.getLayer(id));
    const names = this.map
      .queryRenderedFeatures({ layers })
      .map((feature) => feature.properties?.name)
      .filter((name): name is string => typeof name === 'string');
    const value = [...new Set(names)].sort().join('|');
    if (this.container.getAttribute('data-towns') !== value) this.container.setAttribute('data-towns', value);
  }

  expandCluster(cell: number, clusterZoom: number, lng: number, lat: number): void {
    const current = this.map.getZoom();
    const expansion = this.callbacks.expansionZoomOf?.(cell, clusterZoom);
    const zoom = Math.min(Math.max(expansion ?? current + 2, current + 1), this.map.getMaxZoom());
    this.map.easeTo({ center: [lng, lat], zoom });
  }
}

/**
 * Creates the MapLibre map, with the basemap files the page has already read as data; rejects when the
 * browser cannot (no WebGL 2).
 */
export async function createIncidentMap(
  container: HTMLElement,
  callbacks: MapCallbacks,
  data?: MapBasemapData,
): Promise<MapHandle> {
  return new IncidentMap(container, callbacks, document.baseURI, data);
}
