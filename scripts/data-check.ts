/**
 * npm run data:check [-- file.geojson]: validates an incident file with the app's own schema and the INEI
 * department boundaries. Prints one line per problem and exits 1 on any.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDataset, formatReport } from '../src/data/check-dataset.ts';
import { checkGeography } from '../src/data/check-geography.ts';
import { createDepartmentIndex } from '../src/data/department-index.ts';

const file = process.argv[2] ?? 'data/incidents.geojson';
const readJson = (path: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '..', path), 'utf8'));
const boundaries = readJson('data/boundaries/peru-departments.geojson');
// The app assigns regions with the simplified boundaries it draws: a point must fall in its department there too.
const simplified = createDepartmentIndex(readJson('public/basemap/peru-departments.simplified.geojson'));
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  process.exit(1);
}
const report = checkDataset(text, createDepartmentIndex(boundaries));
const known = new Set(report.problems.map((problem) => `${problem.id} ${problem.field}`));
for (const problem of checkGeography(report.incidents, simplified)) {
  if (known.has(`${problem.id} ${problem.field}`)) continue;
  report.problems.push({ ...problem, message: `${problem.message} (in the app's simplified boundaries)` });
}
const lines = formatReport(report, file);
const isClean = report.fatal === null && report.problems.length === 0;
for (const line of lines) (isClean ? console.log : console.error)(line);
process.exit(isClean ? 0 : 1);
