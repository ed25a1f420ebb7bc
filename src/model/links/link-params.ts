import { type DayRange, parseRangeParams, type RangeNotice, writeRangeParams } from '../time/day-range.ts';
import { formatMapCamera, type MapCamera, parseMapCamera } from '../clusters/map-camera.ts';
import { parseViewParams, type ViewParams, writeViewParams } from './view-params.ts';

/** Everything a link to the map carries, besides the language (see i18n/language.ts). */
export interface LinkState {
  range: DayRange;
  view: ViewParams;
  /** The incident whose details are open, by id. */
  selectedId: string | null;
  /** The map's view (`map=zoom/lat/lng`), or null for all of Peru. */
  camera: MapCamera | null;
}

const INCIDENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads a link's parameters: `from`/`to` (see parseRangeParams), `cat`, `context`, `perpetrator`, `region`,
 * `measure` (see parseViewParams), `incident` (an id as in the data) and `map` (zoom/lat/lng). Never throws:
 * whatever cannot be used is left at its default and named in `ignored` (or, for dates, in `rangeNotice`), so
 * the page can say so and apply the rest. Whether the incident exists is checked once the data has loaded.
 */
export function parseLinkParams(
  params: URLSearchParams,
  bounds: DayRange,
): LinkState & { rangeNotice: RangeNotice | null; ignored: string[] } {
  const { range, notice } = parseRangeParams(params, bounds);
  const { ignored, ...view } = parseViewParams(params);
  const camera = parseMapCamera(params.get('map'));
  if (params.has('map') && camera === null) ignored.push('map');
  const incidentText = params.get('incident');
  const selectedId = incidentText !== null && INCIDENT_ID.test(incidentText) ? incidentText : null;
  if (incidentText !== null && selectedId === null) ignored.push('incident');
  return { range, rangeNotice: notice, view, selectedId, camera, ignored };
}

/**
 * Writes the state into a link's parameters, leaving out what is at its default (the whole period, every
 * filter, no region, no incident) and keeping any other parameter (`lang`, `embed`) as it is.
 */
export function writeLinkParams(params: URLSearchParams, state: LinkState, bounds: DayRange): void {
  writeRangeParams(params, state.range, bounds);
  writeViewParams(params, state.view);
  if (state.selectedId) params.set('incident', state.selectedId);
  else params.delete('incident');
  if (state.camera) params.set('map', formatMapCamera(state.camera));
  else params.delete('map');
}
