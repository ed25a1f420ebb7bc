import type { MapCamera } from '../model/clusters/map-camera.ts';
import type { MapFeatureCollection } from '../model/clusters/map-features.ts';
import type { ImageFrame } from './map-image.ts';

export type { ImageFrame as MapImageFrame };

/** The departments' layer: the choropleth fill of each (by ISO 3166-2 code) and the focused one, if any. */
export interface MapRegionsState {
  /** Fill colour by department code; departments missing here take the plain land colour. */
  fills: Readonly<Record<string, string>>;
  focused: string | null;
  /** The focused department's `[west, south, east, north]`, which the map fits when the focus changes. */
  focusBox: [number, number, number, number] | null;
}

/**
 * What the map shows: ready-made clusters and incidents (already filtered and clustered), the selection and
 * the departments' choropleth.
 */
export interface MapViewState {
  features: MapFeatureCollection;
  selectedId: string | null;
  /**
   * The selected incident's point `[lng, lat]`: when an incident is opened from outside the map (a list, a
   * link), the map flies to it unless it is already in view at a zoom where it stands alone.
   */
  selectedPoint?: [number, number] | null;
  regions: MapRegionsState;
}

/** The part of the world the map shows: its zoom and its bounds `[west, south, east, north]` in degrees. */
export interface MapViewport {
  zoom: number;
  bbox: [number, number, number, number];
  /** The centre and zoom, for the link (`map=zoom/lat/lng`); absent from fakes that do not track it. */
  camera?: MapCamera;
}

/** What the pointer is over, with its position in px relative to the map container. */
export type MapHover =
  | { kind: 'incident'; id: string; x: number; y: number }
  | { kind: 'cluster'; incidents: number; killed: number; injured: number; x: number; y: number }
  | { kind: 'region'; iso: string; x: number; y: number };

/** The intents the map sends back to the app, and the view it opens on (null: all of Peru). */
export interface MapCallbacks {
  onSelect(id: string): void;
  onHover(hover: MapHover | null): void;
  /** A click on a department away from any incident or cluster. */
  onRegionClick?(iso: string): void;
  /** Called once the map has loaded and after every move, so the app can cluster for that view. */
  onViewportChange?(viewport: MapViewport): void;
  /** The zoom at which a cluster (by cell and zoom) splits, so a click can zoom straight there. */
  expansionZoomOf?(cell: number, zoom: number): number;
  initialCamera?: MapCamera | null;
  /** The map's own control labels in the page's language, by MapLibre string id. */
  locale?: Record<string, string>;
  /** Embedded in an article: scroll-wheel zoom stays off until the map is clicked, so page scrolling is not trapped. */
  isEmbed?: boolean;
}

/**
 * The map as the app sees it: declarative `update(state)` and `destroy()`. The real one wraps MapLibre
 * (incident-map.ts); tests use a fake. The container's `data-state="idle"` is set by the implementation once
 * the latest state is rendered, and removed while an update is pending; `data-view` holds the current view as
 * `zoom/lat/lng` after every move.
 */
export interface MapHandle {
  update(state: MapViewState): void;
  destroy(): void;
  /** The map as drawn now, at `scale` pixels per CSS pixel, with the frame around it, as a PNG. */
  exportImage?(frame: ImageFrame, scale: number): Promise<Blob>;
  /** Opens a cluster as a click would: zooms to where it splits, centred on `[lng, lat]` (keyboard access). */
  expandCluster?(cell: number, zoom: number, lng: number, lat: number): void;
  /** Relabels the map's own controls after a language switch (`MapCallbacks.locale` at creation). */
  setLocale?(locale: Record<string, string>): void;
}

/**
 * Basemap files the page has already read (null: not read, or not a FeatureCollection): the map hands them to
 * its worker with the style instead of URLs the worker would fetch only once it has started.
 */
export interface MapBasemapData {
  overview: GeoJSON.FeatureCollection | null;
  departments: GeoJSON.FeatureCollection | null;
}

export type CreateMap = (container: HTMLElement, callbacks: MapCallbacks) => Promise<MapHandle>;

/**
 * CreateMap's failure when the map's code could not be fetched (offline, a dropped connection, a page older than
 * the site's new deployment): worth another try, unlike a browser without WebGL 2 (any other failure).
 */
export class MapCodeUnreachable extends Error {
  override readonly name = 'MapCodeUnreachable';
  /** Read by the components, which import only the port's types: `instanceof` would need its value. */
  readonly reason = 'unreachable';
}

/** The size of a clip's frames and the part of the world they show. */
export interface VideoFrameOptions {
  /** The frame's size in device pixels, frame drawn in (even numbers, for H.264). */
  widthPx: number;
  heightPx: number;
  /** Device pixels per CSS pixel: the frame's text and the map's symbols are drawn at this scale. */
  scale: number;
  /** Any frame of the clip: its legend fixes how much room the footer takes. */
  layout: ImageFrame;
  /** What the map fits, `[west, south, east, north]`; null for all of Peru. */
  fitBox: [number, number, number, number] | null;
}

/**
 * Draws a clip's frames on a map of the clip's size that the reader never sees (the page's own map does not
 * move): each render() applies a state, waits until the map is idle and draws map and frame onto `canvas`.
 * destroy() removes the map and frees its WebGL context.
 */
export interface VideoFrameRenderer {
  /** The map's view once it has fitted `fitBox`: what the clusters are computed for. */
  readonly viewport: MapViewport;
  readonly canvas: HTMLCanvasElement;
  render(state: MapViewState, frame: ImageFrame): Promise<void>;
  destroy(): void;
}

export type CreateVideoFrameRenderer = (options: VideoFrameOptions) => Promise<VideoFrameRenderer>;
