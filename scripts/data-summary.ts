/** npm run data:summary: rewrites the totals tables in data/README.md from data/incidents.geojson. */
import { readFileSync, writeFileSync } from 'node:fs';
import { validateCollection } from '../src/data/validate.ts';
import { replaceSummary, summarizeDataset } from '../src/model/export/dataset-summary.ts';

const result = validateCollection(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
if (!result.ok || result.problems.length > 0) {
  console.error('data/incidents.geojson has problems: run npm run data:check');
  process.exit(1);
}
const readme = readFileSync('data/README.md', 'utf8');
writeFileSync('data/README.md', replaceSummary(readme, summarizeDataset(result.incidents)));
console.log(`data/README.md: totals of ${result.incidents.length} incidents written`);
