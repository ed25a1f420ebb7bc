import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packFile } from '../scripts/pack-file.ts';
import { startStaticServer } from '../scripts/serve.ts';
import { generateSynthetic, writeSyntheticGeoJson } from '../scripts/synthetic.ts';
import { createDepartmentIndex } from '../src/data/department-index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app (`scripts/serve.ts`, as `npm start` does) on a free loopback port for the whole e2e run. */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  }
  await writeBenchData(root);
  const server = await startStaticServer({ root: resolve(root, 'dist'), port: 0 });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}

/**
 * Same-origin synthetic datasets for the browser benchmark (dist/bench/, never committed): 10 and 100k
 * incidents, and 1M when PERF_1M=1 (about 630 MB, a minute to write). Beside each, `*.sums.json` holds the
 * file's own totals, which the page must show after loading it, and `*.pack` the same incidents as a pack
 * (written by `npm run data:pack`'s own code from the GeoJSON).
 */
async function writeBenchData(root: string): Promise<void> {
  const folder = resolve(root, 'dist/bench');
  mkdirSync(folder, { recursive: true });
  const boundaries = JSON.parse(
    readFileSync(resolve(root, 'data/boundaries/peru-departments.geojson'), 'utf8'),
  );
  const departments = createDepartmentIndex(boundaries);
  const sizes: [number, string][] = [
    [10, 'synthetic-10'],
    [100_000, 'synthetic-100k'],
  ];
  if (process.env.PERF_1M === '1') sizes.push([1_000_000, 'synthetic-1m']);
  for (const [count, name] of sizes) {
    const file = resolve(folder, `${name}.geojson`);
    const sumsFile = resolve(folder, `${name}.sums.json`);
    const packed = resolve(folder, `${name}.pack`);
    if (existsSync(file) && existsSync(sumsFile)) {
      if (!existsSync(packed)) await packFile(file, packed);
      continue;
    }
    const incidents = generateSynthetic(count, 7, departments);
    const sums = { incidents: incidents.length, killed: 0, injured: 0 };
    for (const { properties } of incidents) {
      sums.killed += properties.killed;
      sums.injured += properties.injured;
    }
    // Written a chunk at a time: 1M incidents make more text than one string can hold.
    const fd = openSync(file, 'w');
    writeSyntheticGeoJson(incidents, (chunk) => writeSync(fd, chunk));
    closeSync(fd);
    writeFileSync(sumsFile, `${JSON.stringify(sums)}\n`);
    await packFile(file, packed);
  }
}
