import { fetchShared } from '../data/load-departments.ts';
import { DEPARTMENTS_FILE, TIERS } from '../map/basemap-tiers.ts';
import { type CreateMap, type MapBasemapData, MapCodeUnreachable } from '../map/map-port.ts';

/**
 * Loads MapLibre lazily, in its own chunk, so the first paint (loading state, panel) does not wait for it.
 * Meanwhile the page reads the basemap's overview and the departments (the page's own preload or cache), so
 * the map's worker gets them with the style: left to fetch them itself, it would ask only once MapLibre's
 * chunk has run and the worker has started, seconds later on a phone, and wait a round trip more. The chunk's
 * evaluation and the map's construction (a WebGL context, the style) run in separate tasks: together they
 * made one of the page's longest tasks while loading.
 */
export const createDefaultMap: CreateMap = async (container, callbacks) => {
  const data = readBasemap(document.baseURI);
  let module: typeof import('../map/incident-map.ts');
  try {
    module = await import('../map/incident-map.ts');
  } catch (error) {
    throw new MapCodeUnreachable(error instanceof Error ? error.message : String(error));
  }
  const { createIncidentMap } = module;
  const basemap = await data;
  await new Promise((resolve) => window.setTimeout(resolve));
  return createIncidentMap(container, callbacks, basemap);
};

async function readBasemap(baseUrl: string): Promise<MapBasemapData> {
  const file = (name: string) => new URL(`basemap/${name}`, baseUrl).href;
  const [overview, departments] = await Promise.all([
    readFeatureCollection(file(TIERS[0]?.file ?? ''), (url) => fetch(url)),
    // The same request as the incidents' placing (loadDepartments), which takes the page's preload.
    readFeatureCollection(file(DEPARTMENTS_FILE), fetchShared),
  ]);
  return { overview, departments };
}

/** The FeatureCollection at `url`, or null (the map then gives its worker the URL): never throws. */
async function readFeatureCollection(
  url: string,
  read: (url: string) => Promise<Response>,
): Promise<GeoJSON.FeatureCollection | null> {
  try {
    const response = await read(url);
    if (!response.ok) return null;
    const json: unknown = await response.json();
    const isCollection =
      typeof json === 'object' && json !== null && (json as { type?: unknown }).type === 'FeatureCollection';
    return isCollection ? (json as GeoJSON.FeatureCollection) : null;
  } catch {
    return null;
  }
}
