/**
 * The data file to load: `data/incidents.geojson`, or, for tests and benchmarks, a `?data=` path on the app's
 * own origin (it must start with a single `/` and name a .geojson file, or a .pack or .arrow file made by
 * `npm run data:pack`; the loader tells the format by the file's first bytes, not by its name). Anything else is
 * ignored, so a link can never make the app load data from another site.
 */
export function dataUrlFromSearch(search: string): string {
  const requested = new URLSearchParams(search).get('data');
  if (requested && /^\/(?!\/)[\w./-]+\.(geojson|pack|arrow)$/.test(requested) && !requested.includes('..'))
    return requested;
  return 'data/incidents.geojson';
}
