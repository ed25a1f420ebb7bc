import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSource, MapLayerMouseEvent } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION } from '../i18n/messages.ts';
import { formatMapCamera } from '../model/clusters/map-camera.ts';
import { composeMapImage, type ImageFrame } from './map-image.ts';
import type { MapCallbacks, MapHandle, MapViewState } from './map-port.ts';
import { buildStyle, INCIDENT_SOURCE, LAYER, regionFillExpression } from './style.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Peru with a small margin, `[[west, south], [east, north]]`. */
const PERU_BOUNDS: [[number, number], [number, number]] = [
  [-81.6, -18.6],
  [-68.4, 0.2],
];

/**
 * The only class that touches MapLibre. React hands it the whole view state through update(); it applies the
 * difference once per animation frame and marks the container `data-state="idle"` when the frame is drawn.
 */
export class IncidentMap implements MapHandle {
  private readonly map: maplibregl.Map;
  private readonly container: HTMLElement;
  private readonly callbacks: MapCallbacks;
  private applied: MapViewState | null = null;
  private pending: MapViewState | null = null;
  private frame = 0;
  private isLoaded = false;
  private isDestroyed = false;

  constructor(container: HTMLElement, callbacks: MapCallbacks, baseUrl: string) {
    this.container = container;
    this.callbacks = callbacks;
    container.removeAttribute('data-state');
    const camera = callbacks.initialCamera;
    this.map = new maplibregl.Map({
      container,
      style: buildStyle(baseUrl),
      ...(camera
        ? { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom }
        : { bounds: PERU_BOUNDS, fitBoundsOptions: { padding: 16 } }),
      attributionControl: { compact: false, customAttribution: BASEMAP_ATTRIBUTION },
      ...(callbacks.locale ? { locale: callbacks.locale } : {}),
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 14,
      // Labels appear at once: a 300 ms fade would hold every timeline step back from "idle".
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    if (callbacks.isEmbed) {
      this.map.scrollZoom.disable();
      container.setAttribute('data-scroll-zoom', 'off');
      this.map.once('click', () => {
        this.map.scrollZoom.enable();
        container.setAttribute('data-scroll-zoom', 'on');
      });
    }
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('load', () => {
      this.isLoaded = true;
      this.recordView();
      this.schedule();
    });
    this.map.on('moveend', () => {
      if (this.isLoaded) this.recordView();
    });
    this.map.on('click', LAYER.clusters, (event) => this.zoomIntoCluster(event));
    this.map.on('click', LAYER.points, (event) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string') this.callbacks.onSelect(id);
    });
    this.map.on('click', (event) => {
      const region = this.incidentAt(event.point) ? null : this.regionAt(event.point);
      if (region) this.callbacks.onRegionClick?.(region);
    });
    this.map.on('mousemove', (event) => this.hover(event.point));
    this.map.on('mouseout', () => {
      this.map.getCanvas().style.cursor = '';
      this.callbacks.onHover(null);
    });
  }

  update(state: MapViewState): void {
    this.pending = state;
    this.container.removeAttribute('data-state');
    this.schedule();
  }

  /**
   * Renders the map at `scale` (2 for print) and copies the frame in the same task as MapLibre's render, the
   * only moment the WebGL buffer is readable without preserveDrawingBuffer. Restores the pixel ratio after.
   */
  async exportImage(frame: ImageFrame, scale: number): Promise<Blob> {
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

  destroy(): void {
    this.isDestroyed = true;
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
    const source = this.map.getSource<GeoJSONSource>(INCIDENT_SOURCE);
    if (source && next.features !== this.applied?.features) source.setData(next.features);
    if (next.selectedId !== this.applied?.selectedId) {
      this.map.setFilter(LAYER.selected, ['==', ['get', 'id'], next.selectedId ?? '']);
    }
    const regions = next.regions;
    if (regions.fills !== this.applied?.regions.fills) {
      this.map.setPaintProperty(LAYER.regions, 'fill-color', regionFillExpression(regions.fills));
    }
    if (regions.focused !== (this.applied?.regions.focused ?? null)) {
      this.map.setFilter(LAYER.regionFocus, ['==', ['get', 'iso_3166_2'], regions.focused ?? '']);
      // A view given in the link (?map=) wins over fitting the department it opened focused on.
      const keepsLinkedView = this.applied === null && Boolean(this.callbacks.initialCamera);
      if (regions.focusBox && !keepsLinkedView) {
        const [west, south, east, north] = regions.focusBox;
        this.map.fitBounds(
          [
            [west, south],
            [east, north],
          ],
          { padding: 24, duration: 0 },
        );
      }
    }
    this.applied = next;
    this.map.once('idle', () => {
      if (!this.pending && !this.isDestroyed) this.container.setAttribute('data-state', 'idle');
    });
    this.map.triggerRepaint();
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

  private zoomIntoCluster(event: MapLayerMouseEvent): void {
    const feature = event.features?.[0];
    if (feature?.geometry.type !== 'Point') return;
    const properties = feature.properties ?? {};
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    this.expandCluster(Number(properties.cell), Number(properties.zoom), lng, lat);
  }

  expandCluster(cell: number, clusterZoom: number, lng: number, lat: number): void {
    const current = this.map.getZoom();
    const expansion = this.callbacks.expansionZoomOf?.(cell, clusterZoom);
    const zoom = Math.min(Math.max(expansion ?? current + 2, current + 1), this.map.getMaxZoom());
    this.map.easeTo({ center: [lng, lat], zoom });
  }

  /** The incident or cluster under a point, topmost first, or undefined. */
  private incidentAt(point: maplibregl.PointLike) {
    return this.map.queryRenderedFeatures(point, { layers: [LAYER.points, LAYER.clusters] })[0];
  }

  /** The department under a point (incidents and clusters aside: callers check those first), or null. */
  private regionAt(point: maplibregl.PointLike): string | null {
    const iso = this.map.queryRenderedFeatures(point, { layers: [LAYER.regions] })[0]?.properties?.iso_3166_2;
    return typeof iso === 'string' ? iso : null;
  }

  private hover(point: maplibregl.Point): void {
    const { x, y } = point;
    const feature = this.incidentAt(point);
    const properties = feature?.properties ?? {};
    if (feature && properties.kind === 'cluster') {
      this.setCursor('pointer');
      this.callbacks.onHover({
        kind: 'cluster',
        incidents: Number(properties.incidents) || 0,
        killed: Number(properties.killed) || 0,
        injured: Number(properties.injured) || 0,
        x,
        y,
      });
    } else if (feature && typeof properties.id === 'string') {
      this.setCursor('pointer');
      this.callbacks.onHover({ kind: 'incident', id: properties.id, x, y });
    } else {
      const iso = this.regionAt(point);
      this.setCursor(iso ? 'pointer' : '');
      this.callbacks.onHover(iso ? { kind: 'region', iso, x, y } : null);
    }
  }

  private setCursor(cursor: string): void {
    const canvas = this.map.getCanvas();
    if (canvas.style.cursor !== cursor) canvas.style.cursor = cursor;
  }
}

/** Creates the MapLibre map; rejects when the browser cannot (no WebGL 2). */
export async function createIncidentMap(container: HTMLElement, callbacks: MapCallbacks): Promise<MapHandle> {
  return new IncidentMap(container, callbacks, document.baseURI);
}
