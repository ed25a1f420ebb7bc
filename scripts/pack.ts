/**
 * npm run data:pack -- <in.geojson> <out.pack>
 * Writes the incidents of a GeoJSON file as a pack, the compact columnar file the app reads from `?data=`
 * (see scripts/pack-file.ts and data/README.md). Exits 1 when a feature was left out, 2 on bad arguments.
 */
import { packFile } from './pack-file.ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npm run data:pack -- <in.geojson> <out.pack>');
  process.exit(2);
}
const done = await packFile(input, output);
if (!done) process.exit(1);
console.error(
  `${output}: ${done.kept} incidents${done.leftOut > 0 ? `, ${done.leftOut} features left out` : ''}`,
);
if (done.leftOut > 0) process.exit(1);
