import type { Feature, FeatureCollection, Point } from 'geojson';
import { formatIsoDay } from '../data/days.ts';
import type { Incident, IncidentProperties } from '../data/schema.ts';
import type { DatasetMetadata } from '../data/validate.ts';
import type { DayRange } from './day-range.ts';
import type { Filters } from './filters.ts';
import { sumTotals } from './totals.ts';

/** What the export says about itself: where it comes from and which view of the data it is. */
export interface ExportContext {
  metadata: DatasetMetadata | null;
  range: DayRange;
  region: string | null;
  filters: Filters;
  /** ISO timestamp of the export (passed in, so tests are deterministic). */
  generatedAt: string;
  /** The link to the view exported, and to the dataset's documentation. */
  viewUrl: string;
  readmeUrl: string;
}

const DEFAULT_TITLE = 'Protestas en el Perú, diciembre 2022 – marzo 2023';
const DEFAULT_LICENCE = 'CC-BY-4.0';
const ATTRIBUTION =
  'Peru protest map, compiled from the public sources cited per incident (Defensoría del Pueblo, human-rights organisations, press). Límites: INEI.';

/** An incident's published properties, in the order of data/incidents.geojson, without the point. O(1). */
export function publishedProperties(incident: Incident): IncidentProperties {
  const { lng: _lng, lat: _lat, ...properties } = incident;
  return properties;
}

/**
 * The incidents as an RFC 7946 FeatureCollection (one Point per incident, `[lng, lat]`, all published
 * properties) with a `metadata` foreign member: the dataset's metadata (title, description, licence, update,
 * sources), the attribution, the filters applied, the count and totals of what is exported, the links and the
 * generation time. O(n).
 */
export function toExportCollection(
  incidents: readonly Incident[],
  context: ExportContext,
): FeatureCollection<Point, IncidentProperties> & { metadata: Record<string, unknown> } {
  const totals = sumTotals(incidents);
  const features: Feature<Point, IncidentProperties>[] = incidents.map((incident) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [incident.lng, incident.lat] },
    properties: publishedProperties(incident),
  }));
  return {
    type: 'FeatureCollection',
    metadata: {
      // The dataset's own metadata first (title, description, licence, update, sources), so the export is
      // itself a valid incident file the app and `npm run data:check` can read.
      ...context.metadata,
      title: context.metadata?.title ?? DEFAULT_TITLE,
      license: context.metadata?.license ?? DEFAULT_LICENCE,
      attribution: ATTRIBUTION,
      documentation: context.readmeUrl,
      view: context.viewUrl,
      filters: {
        from: formatIsoDay(context.range.fromDay),
        to: formatIsoDay(context.range.toDay),
        region: context.region,
        categories: [...context.filters.categories],
        contexts: [...context.filters.contexts],
        perpetrators: [...context.filters.perpetrators],
      },
      incidents: totals.incidents,
      killed: totals.killed,
      injured: totals.injured,
      generated: context.generatedAt,
    },
    features,
  };
}

/** The collection as GeoJSON text (UTF-8, two-space indent). O(n). */
export function toExportGeoJson(incidents: readonly Incident[], context: ExportContext): string {
  return `${JSON.stringify(toExportCollection(incidents, context), null, 2)}\n`;
}
