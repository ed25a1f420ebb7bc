/**
 * npm run -s data:synth -- --count 100000 --seed 7 > file.geojson   (or: … --out file.geojson)
 * Writes seeded synthetic incidents (see scripts/synthetic.ts), every point checked against the INEI
 * department boundaries, as GeoJSON on stdout or to --out. For load tests and benchmarks only: never
 * publish them. With --out, the same incidents are also written as a pack (`npm run data:pack`) beside it,
 * `file.pack`. Without -s (--silent), npm prints its "> peru-protest-map data:synth" banner on stdout too,
 * which would break the redirected file; --out avoids that.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDepartmentIndex } from '../src/data/department-index.ts';
import { packFile } from './pack-file.ts';
import { generateSyntheticIncidents, writeFeatureCollection } from './synthetic.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run -s data:synth -- --count N --seed S [--out file.geojson] [> file.geojson]');
  process.exit(2);
}
const boundaries = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../data/boundaries/peru-departments.geojson'), 'utf8'),
);
const departments = createDepartmentIndex(boundaries);
const incidents = generateSyntheticIncidents({ count, seed, locate: departments.locate });
if (values.out) {
  const fd = openSync(values.out, 'w');
  writeFeatureCollection(incidents, (chunk) => writeSync(fd, chunk));
  closeSync(fd);
  console.error(`${values.out}: ${count} synthetic incidents (seed ${seed})`);
  const packed = `${values.out.replace(/\.geojson$/, '')}.pack`;
  await packFile(values.out, packed);
  console.error(`${packed}: the same incidents as a pack`);
} else writeFeatureCollection(incidents, (chunk) => process.stdout.write(chunk));
