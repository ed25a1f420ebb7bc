import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSyntheticIncidents, writeFeatureCollection } from '../../../scripts/synthetic.ts';
import { createDepartmentIndex, type DepartmentCollection } from '../../../src/data/department-index.ts';
import { loadIncidents } from '../../../src/data/load.ts';
import { indexPack, indexPackColumns } from '../../../src/data/pack/index-pack.ts';
import { readPack } from '../../../src/data/pack/read-pack.ts';
import { encodePack, packRowOf } from '../../../src/data/pack/write-pack.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { indexLoaded } from '../../../src/data/stream/index-loaded.ts';
import { appendInSlices } from '../../../src/data/stream/load-in-worker.ts';
import { createRepeatSharer } from '../../../src/data/stream/share-repeats.ts';
import { readIncidentStream } from '../../../src/data/stream/stream-incidents.ts';
import { METADATA } from '../../factories.ts';
import { seededRandom } from '../../random.ts';
import { makeRaw, rowOf } from './pack-bad-rows.ts';

const departments: DepartmentCollection = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../public/basemap/peru-departments.simplified.geojson'),
    'utf8',
  ),
);
const index = createDepartmentIndex(departments);

/** The loading worker's GeoJSON path and the page's handling of its messages, in one function. */
async function loadGeoJson(incidents: readonly Incident[]) {
  let text = '';
  writeFeatureCollection(incidents, (piece) => {
    text += piece;
  });
  const kept: Incident[] = [];
  const share = createRepeatSharer();
  const result = await readIncidentStream(new Response(text).body as ReadableStream<Uint8Array>, {
    onIncidents: (batch) => {
      for (const incident of batch) {
        share(incident);
        kept.push(incident);
      }
    },
  });
  if (!result.ok) throw new Error('the GeoJSON did not load');
  const { moves, ...indexes } = indexLoaded(kept, index, result.problems);
  const placed = JSON.parse(JSON.stringify(kept)) as Incident[];
  for (const move of moves)
    placed[move.index] = { ...(placed[move.index] as Incident), department: move.department };
  return { incidents: placed, metadata: result.metadata, ...indexes };
}

/**
 * The loading worker's pack path and the page's: the page builds the incidents in slices from a clone of the
 * columns as read (the worker's message), the worker places and indexes its own, then the page applies the moves.
 */
async function loadPack(bytes: Uint8Array) {
  const read = readPack(bytes);
  if (!read.ok) throw new Error('the pack did not load');
  const sent = structuredClone(read.columns);
  const { moves, ...indexes } = indexPackColumns(read, index);
  const incidents: Incident[] = [];
  const counts: number[] = [];
  expect(
    await appendInSlices(
      sent,
      incidents,
      () => false,
      (count) => counts.push(count),
    ),
  ).toBe(true);
  expect(counts.at(-1) ?? 0).toBe(sent.length);
  for (const move of moves)
    incidents[move.index] = { ...(incidents[move.index] as Incident), department: move.department };
  return {
    incidents: JSON.parse(JSON.stringify(incidents)) as Incident[],
    metadata: read.metadata,
    ...indexes,
  };
}

describe('indexPack(bytes, index)', () => {
  it('gives the same placed incidents, problems, regions and model as the GeoJSON worker, for random synthetic files', async () => {
    for (const seed of [1, 2, 3]) {
      // Without `locate`, many points fall in another department than their town's, or in the sea: moves and warnings.
      const incidents = generateSyntheticIncidents({ count: 1_500, seed });
      const geojson = await loadGeoJson(incidents);
      const pack = await loadPack(encodePack(incidents.map(packRowOf), geojson.metadata));
      expect(geojson.problems.some((problem) => problem.field === 'department')).toBe(true);
      expect(pack).toEqual(geojson);
    }
  }, 60_000);

  it('leaves bad rows out and reports them as the GeoJSON worker does, with placement warnings after', async () => {
    const random = seededRandom(5);
    const raws = Array.from({ length: 200 }, (_, k) =>
      makeRaw((raw) => {
        if (random() < 0.2) raw.properties.injured = -k;
        if (random() < 0.2) raw.lng = -75.5 + random();
      }),
    );
    const indexed = indexPack(encodePack(raws.map(rowOf), METADATA), index);
    if (!indexed.ok) throw new Error('the pack did not load');
    const negative = raws.filter((raw) => (raw.properties.injured as number) < 0).length;
    expect(indexed.pack.length).toBe(raws.length - negative);
    expect(indexed.problems.filter((problem) => !problem.isKept)).toHaveLength(negative);
    const warnings = indexed.problems.filter((problem) => problem.isKept);
    expect(warnings.length).toBeGreaterThan(0);
    expect(indexed.problems.slice(-warnings.length)).toEqual(warnings);
  });

  it('stops building the incidents when the load is cancelled', async () => {
    const indexed = indexPack(
      encodePack(generateSyntheticIncidents({ count: 3_000, seed: 4 }).map(packRowOf), null),
      null,
    );
    if (!indexed.ok) throw new Error('the pack did not load');
    expect(
      await appendInSlices(
        indexed.pack,
        [],
        () => true,
        () => {},
      ),
    ).toBe(false);
  });
});

describe('loadIncidents(url) with a pack', () => {
  const respond = (body: Uint8Array) =>
    (async () => new Response(body as Uint8Array<ArrayBuffer>)) as unknown as typeof fetch;

  it('reads a pack on the page as it reads the same GeoJSON', async () => {
    const incidents = generateSyntheticIncidents({ count: 30, seed: 8 });
    const result = await loadIncidents('data.pack', respond(encodePack(incidents.map(packRowOf), METADATA)));
    expect(result).toEqual({
      ok: true,
      incidents: JSON.parse(JSON.stringify(incidents)),
      problems: [],
      metadata: METADATA,
    });
  });

  it('explains a file that starts as a pack but is not one', async () => {
    const bytes = new TextEncoder().encode('ARROW1\0\0not really');
    const result = await loadIncidents('data.pack', respond(bytes));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('pack');
  });
});
