/** A map view: zoom level and centre, the `map=zoom/lat/lng` convention of openstreetmap.org. */
export interface MapCamera {
  zoom: number;
  lat: number;
  lng: number;
}

/**
 * Parses `zoom/lat/lng` (e.g. `9/-15.5/-70.13`). Returns null for anything malformed or out of range
 * (zoom 0–22, lat −85…85, lng −180…180). O(1).
 */
export function parseMapCamera(text: string | null): MapCamera | null {
  if (!text) return null;
  const parts = text.split('/');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}

/** Formats a view as `zoom/lat/lng` with 2 decimals of zoom and 4 of degrees (about 11 m). */
export function formatMapCamera(camera: MapCamera): string {
  return `${camera.zoom.toFixed(2)}/${camera.lat.toFixed(4)}/${camera.lng.toFixed(4)}`;
}
