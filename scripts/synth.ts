/** npm run data:synth -- --count 100000 --seed 7 > file.geojson: seeded synthetic incidents for benchmarks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDepartmentIndex } from '../src/data/department-index.ts';
import { generateSynthetic, writeSyntheticGeoJson } from './synthetic.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '7' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run data:synth -- --count N --seed S > file.geojson');
  process.exit(2);
}
const boundaries = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../data/boundaries/peru-departments.geojson'), 'utf8'),
);
const chunks: string[] = [];
writeSyntheticGeoJson(generateSynthetic(count, seed, createDepartmentIndex(boundaries)), (chunk) =>
  chunks.push(chunk),
);
process.stdout.write(chunks.join(''));
