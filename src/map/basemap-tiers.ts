/**
 * The basemap in three files by zoom (built by `npm run basemap:build`, served from public/basemap/). The opening
 * view loads only the overview; a detail file is fetched once the view comes within half a zoom level of its
 * range, and its layers draw in that range, replacing the lighter file's land, water, borders and towns.
 */
export interface Tier {
  file: string;
  /** The zoom from which this file's land, water and borders are drawn (and its towns labelled). */
  fromZoom: number;
  /** The zoom up to which its land, water and borders are drawn (the next tier takes over there). */
  untilZoom: number;
  /** GSHHG resolution: h (200 m), the one Debian's gmt-gshhg-high ships; simplification does the rest. */
  resolution: 'h';
  /** Lakes and islands smaller than this are left out, in km². */
  minAreaKm2: number;
  /** Douglas–Peucker tolerance in degrees, about half a pixel at `untilZoom`. */
  tolerance: number;
  decimals: number;
  /** WDBII river levels: 1 major permanent, 2 additional major, 3 additional, 4 minor. */
  riverLevels: number[];
  /** Town ranks in this file: 1 department capitals, 2 provincial capitals, 3 all others. */
  townRanks: readonly (1 | 2 | 3)[];
}

/** The department boundaries the map draws (INEI, simplified), in the same folder as the tiers. */
export const DEPARTMENTS_FILE = 'peru-departments.simplified.geojson';

export const TIERS: readonly Tier[] = [
  {
    file: 'overview.geojson',
    fromZoom: 0,
    untilZoom: 6,
    resolution: 'h',
    minAreaKm2: 50,
    tolerance: 0.012,
    decimals: 2,
    riverLevels: [1],
    townRanks: [1],
  },
  {
    file: 'detail-6.geojson',
    fromZoom: 6,
    untilZoom: 8,
    resolution: 'h',
    minAreaKm2: 4,
    tolerance: 0.004,
    decimals: 3,
    riverLevels: [1, 2],
    townRanks: [2],
  },
  {
    file: 'detail-8.geojson',
    fromZoom: 8,
    untilZoom: 24,
    resolution: 'h',
    minAreaKm2: 0,
    tolerance: 0.0008,
    decimals: 4,
    riverLevels: [1, 2, 3, 4],
    townRanks: [2, 3],
  },
];

/** Rivers below the major ones (WDBII level 2 and more) are kept only around Peru, where readers zoom in. */
export const RIVER_DETAIL_BOX = [-83, -20, -67, 1.5] as const;

/** What the basemap covers, `[west, south, east, north]`: a little more than the map may show. */
export const DATA_BOX = [-95, -27, -55, 9] as const;

/** How far the reader may pan, `[[west, south], [east, north]]`, inside DATA_BOX so no edge is ever seen. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [-94, -26],
  [-56, 8],
];
