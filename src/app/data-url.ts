/**
 * The data file to load: `data/incidents.geojson`, or, for tests and benchmarks, a `?data=` path on the app's
 * own origin (it must start with a single `/` and name a .geojson file). Anything else is ignored, so a link
 * can never make the app load data from another site.
 */
export function dataUrlFromSearch(search: string): string {
  const requested = new URLSearchParams(search).get('data');
  if (requested && /^\/(?!\/)[\w./-]+\.geojson$/.test(requested) && !requested.includes('..'))
    return requested;
  return 'data/incidents.geojson';
}
