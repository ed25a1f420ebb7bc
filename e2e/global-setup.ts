import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
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
  writeBenchData(root);
  const server = await startStaticServer({ root: resolve(root, 'dist'), port: 0 });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}

/** Same-origin synthetic datasets for the browser benchmark (dist/bench/, never committed). */
function writeBenchData(root: string): void {
  const folder = resolve(root, 'dist/bench');
  mkdirSync(folder, { recursive: true });
  const boundaries = JSON.parse(
    readFileSync(resolve(root, 'data/boundaries/peru-departments.geojson'), 'utf8'),
  );
  const departments = createDepartmentIndex(boundaries);
  for (const [count, name] of [
    [10, 'synthetic-10.geojson'],
    [100_000, 'synthetic-100k.geojson'],
  ] as const) {
    const file = resolve(folder, name);
    if (existsSync(file)) continue;
    const chunks: string[] = [];
    writeSyntheticGeoJson(generateSynthetic(count, 7, departments), (chunk) => chunks.push(chunk));
    writeFileSync(file, chunks.join(''));
  }
}
