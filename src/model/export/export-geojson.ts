import type { Feature, FeatureCollection, Point } from 'geojson';
import { formatIsoDay } from '../../data/days.ts';
import type { Incident, IncidentProperties } from '../../data/schema.ts';
import type { DatasetMetadata } from '../../data/validate.ts';
import {
  CONTEXTS,
  type Context,
  PERPETRATORS,
  type Perpetrator,
  VIOLATIONS,
  type Violation,
} from '../../data/vocabulary.ts';
import type { DayRange } from '../time/day-range.ts';
import type { Filters } from '../regions/filters.ts';
import { sumTotals } from '../time/totals.ts';

/** What the export says about itself: where it comes from and which view of the data it is. */
export interface ExportContext {
  /** The dataset's own `metadata` member; null when the file had none (defaults are used). */
  metadata: DatasetMetadata | null;
  /** The days shown, inclusive of both ends. */
  range: DayRange;
  /** The focused department's ISO 3166-2 code (`PE-PUN`), or null for all of Peru. */
  region: string | null;
  filters: Filters;
  /** ISO timestamp of the export (passed in, so tests are deterministic). */
  generatedAt: string;
  /** The link to the view exported, and to the dataset's documentation. */
  viewUrl: string;
  readmeUrl: string;
}

/** The filters an export was made with, as plain JSON: ISO days inclusive, lists in vocabulary order. */
export interface ExportFilters {
  from: string;
  to: string;
  region: string | null;
  categories: Violation[];
  contexts: Context[];
  perpetrators: Perpetrator[];
}

/**
 * The `metadata` foreign member of an export: the dataset's metadata (description, update, sources, when
 * known), then what identifies this export. `incidents`, `killed` and `injured` count the exported features.
 */
export type ExportMetadata = Partial<Omit<DatasetMetadata, 'title' | 'license'>> & {
  title: string;
  license: string;
  attribution: string;
  citation: string;
  documentation: string;
  view: string;
  filters: ExportFilters;
  incidents: number;
  killed: number;
  injured: number;
  generated: string;
};

/** An export: the incidents as Points with their published properties, and the metadata member. */
export type ExportCollection = FeatureCollection<Point, IncidentProperties> & { metadata: ExportMetadata };

export const DEFAULT_TITLE = 'Protestas en el Perú, diciembre 2022 – marzo 2023';
export const DEFAULT_LICENCE = 'CC-BY-4.0';
const ATTRIBUTION =
  'Peru protest map, compiled from the public sources cited per incident (Defensoría del Pueblo, human-rights organisations, press). Límites: INEI.';

/** An incident's published properties, in the order of data/incidents.geojson, without the point. O(1). */
export function publishedProperties(incident: Incident): IncidentProperties {
  const { lng: _lng, lat: _lat, ...properties } = incident;
  return properties;
}

/**
 * The incidents as an RFC 7946 FeatureCollection (one Point per incident, `[lng, lat]`, every published
 * property and nothing else) with a `metadata` foreign member (see ExportMetadata). The dataset's title and
 * licence are used when `context.metadata` has them, DEFAULT_TITLE and DEFAULT_LICENCE otherwise. The filter
 * lists follow the vocabularies' order whatever order the reader toggled them in, so the same view always
 * gives the same file. An empty selection gives a valid collection with no features. The incidents are not
 * filtered here: pass exactly what is shown. O(n).
 */
export function toExportCollection(incidents: readonly Incident[], context: ExportContext): ExportCollection {
  const totals = sumTotals(incidents);
  const features: Feature<Point, IncidentProperties>[] = incidents.map((incident) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [incident.lng, incident.lat] },
    properties: publishedProperties(incident),
  }));
  const title = context.metadata?.title ?? DEFAULT_TITLE;
  const license = context.metadata?.license ?? DEFAULT_LICENCE;
  return {
    type: 'FeatureCollection',
    metadata: {
      // The dataset's own metadata first (title, description, licence, update, sources), so the export is
      // itself a valid incident file the app and `npm run data:check` can read.
      ...context.metadata,
      title,
      license,
      attribution: ATTRIBUTION,
      citation: citationOf(title, license, context.metadata?.updated ?? null, context.readmeUrl),
      documentation: context.readmeUrl,
      view: context.viewUrl,
      filters: exportFilters(context),
      incidents: totals.incidents,
      killed: totals.killed,
      injured: totals.injured,
      generated: context.generatedAt,
    },
    features,
  };
}

/** The collection as GeoJSON text (UTF-8, two-space indent, a final newline). O(n). */
export function toExportGeoJson(incidents: readonly Incident[], context: ExportContext): string {
  return `${JSON.stringify(toExportCollection(incidents, context), null, 2)}\n`;
}

/** One line to quote in an article or a paper. */
function citationOf(title: string, license: string, updated: string | null, readmeUrl: string): string {
  const version = updated ? ` Updated ${updated}.` : '';
  return `${title}. Peru protest map.${version} Licence ${license}. ${readmeUrl}`;
}

function exportFilters(context: ExportContext): ExportFilters {
  const { categories, contexts, perpetrators } = context.filters;
  return {
    from: formatIsoDay(context.range.fromDay),
    to: formatIsoDay(context.range.toDay),
    region: context.region,
    categories: VIOLATIONS.filter((value) => categories.has(value)),
    contexts: CONTEXTS.filter((value) => contexts.has(value)),
    perpetrators: PERPETRATORS.filter((value) => perpetrators.has(value)),
  };
}
