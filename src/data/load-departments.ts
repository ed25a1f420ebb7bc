import type { DepartmentCollection } from './department-index.ts';

/**
 * Fetches the department boundaries the map draws, to assign incidents to regions and fit the map to one.
 * Returns null, never throws, when the file cannot be fetched or is not a FeatureCollection of polygons with
 * an `iso_3166_2` code: the app then falls back to each incident's declared department. Features that are
 * not such polygons are left out.
 */
export async function loadDepartments(
  url: string,
  fetchImpl: (url: string) => Promise<Response> = fetchShared,
): Promise<DepartmentCollection | null> {
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return null;
    const raw: unknown = JSON.parse(await response.text());
    if (!isRecord(raw) || raw.type !== 'FeatureCollection' || !Array.isArray(raw.features)) return null;
    const features = raw.features.filter(isDepartmentFeature);
    return features.length > 0 ? { type: 'FeatureCollection', features } : null;
  } catch {
    return null;
  }
}

const sharedResponses = new Map<string, Promise<Response>>();

/**
 * `fetch(url)` once per page for a file two parts of the app read (the boundaries: the incidents' regions and
 * the map's layers), so the page's preload serves both; each caller gets its own copy of the one response. A
 * failed or not-ok response is forgotten, so a retry fetches again. A relative `url` is resolved against the
 * document.
 */
export function fetchShared(url: string): Promise<Response> {
  const key = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
  let response = sharedResponses.get(key);
  if (!response) {
    response = fetch(key);
    sharedResponses.set(key, response);
    response.then(
      ({ ok }) => ok || sharedResponses.delete(key),
      () => sharedResponses.delete(key),
    );
  }
  return response.then((shared) => shared.clone());
}

function isDepartmentFeature(value: unknown): value is DepartmentCollection['features'][number] {
  if (!isRecord(value) || !isRecord(value.geometry) || !isRecord(value.properties)) return false;
  const { type, coordinates } = value.geometry;
  return (
    (type === 'Polygon' || type === 'MultiPolygon') &&
    Array.isArray(coordinates) &&
    typeof value.properties.iso_3166_2 === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
