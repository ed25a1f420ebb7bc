import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { generateSyntheticIncidents } from '../../../scripts/synthetic.ts';
import { checkDictionary } from '../../../src/data/pack/check-values.ts';
import { appendIncidents } from '../../../src/data/pack/incidents-from-columns.ts';
import { copyColumns, isPackBytes } from '../../../src/data/pack/pack-format.ts';
import { readPack } from '../../../src/data/pack/read-pack.ts';
import { encodePack, packRowOf } from '../../../src/data/pack/write-pack.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { validateCollection } from '../../../src/data/validate.ts';
import { buffersOf } from '../../../src/model/incident-model.ts';
import { METADATA, makeCollection, makePerson } from '../../factories.ts';
import { featureOf, makeRaw, type RawIncident, rowOf } from './pack-bad-rows.ts';

function incidentsOf(bytes: Uint8Array) {
  const read = readPack(bytes);
  if (!read.ok) throw new Error(`not read: ${read.error.kind}`);
  const incidents: Incident[] = [];
  appendIncidents(read.columns, 0, read.columns.length, incidents);
  return { ...read, incidents };
}

/** The same raw incidents loaded as GeoJSON and as a pack. */
function loadBoth(raws: RawIncident[]) {
  const geojson = validateCollection(makeCollection(raws.map(featureOf)));
  if (!geojson.ok) throw new Error('not a collection');
  return { geojson, pack: incidentsOf(encodePack(raws.map(rowOf), METADATA)) };
}

describe('readPack(bytes)', () => {
  it('gives the real dataset exactly as the GeoJSON loader does, keys in the same order', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../data/incidents.geojson'), 'utf8');
    const geojson = validateCollection(JSON.parse(text));
    if (!geojson.ok) throw new Error('the dataset does not load');
    const bytes = encodePack(geojson.incidents.map(packRowOf), geojson.metadata);
    const pack = incidentsOf(bytes);
    expect(pack.incidents).toEqual(geojson.incidents);
    expect(pack.incidents.map((incident) => JSON.stringify(incident))).toEqual(
      geojson.incidents.map((incident) => JSON.stringify(incident)),
    );
    expect(pack.metadata).toEqual(geojson.metadata);
    expect(pack.problems).toEqual([]);
  }, 30_000);

  it('gives random synthetic incidents exactly back, for several seeds and sizes', () => {
    for (const [count, seed] of [
      [0, 1],
      [1, 2],
      [57, 3],
      [2_000, 4],
    ] as const) {
      const incidents = generateSyntheticIncidents({ count, seed });
      const pack = incidentsOf(encodePack(incidents.map(packRowOf), null));
      const expected = JSON.parse(JSON.stringify(incidents));
      expect(pack.incidents).toEqual(expected);
      expect(pack.metadata).toBeNull();
    }
  }, 60_000);

  it('shares one value between incidents with equal nested values', () => {
    const incidents = generateSyntheticIncidents({ count: 50, seed: 9 });
    const pack = incidentsOf(encodePack(incidents.map(packRowOf), null));
    const sources = new Set(pack.incidents.map((incident) => incident.sources));
    expect(sources.size).toBe(new Set(incidents.map((incident) => JSON.stringify(incident.sources))).size);
  });

  it('is recognised by its first bytes, and GeoJSON is not', () => {
    expect(isPackBytes(encodePack([], null))).toBe(true);
    expect(isPackBytes(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toBe(false);
    expect(isPackBytes(new Uint8Array([0x41, 0x52]))).toBe(false);
  });
});

const CASES: [string, (raw: RawIncident) => void][] = [
  ['an id that is not lowercase', (r) => (r.properties.id = 'Bad Id')],
  ['a missing id', (r) => (r.properties.id = null)],
  // Well formed but too long: only its length is wrong.
  ['an id too long', (r) => (r.properties.id = 'a'.repeat(10_001))],
  ['a negative count', (r) => (r.properties.injured = -2)],
  ['a count over the bound', (r) => (r.properties.killed = 20_000)],
  ['an empty place', (r) => (r.properties.place = '   ')],
  ['a place too long', (r) => (r.properties.place = 'x'.repeat(10_001))],
  ['a missing summary', (r) => (r.properties.summary_en = null)],
  ['a precision outside the vocabulary', (r) => (r.properties.precision = 'roughly')],
  ['a department code of the wrong shape', (r) => (r.properties.department = 'lima')],
  ['a department that is not Peruvian', (r) => (r.properties.department = 'PE-XXX')],
  ['a violation outside the vocabulary', (r) => (r.properties.violations = ['life', 'bogus'])],
  ['no violation', (r) => (r.properties.violations = [])],
  [
    'an http source',
    (r) =>
      (r.properties.sources = [{ title: 'A', publisher: 'B', url: 'http://a.pe/x', date: '2023-01-09' }]),
  ],
  [
    'a source without a title',
    (r) => (r.properties.sources = [{ publisher: 'B', url: 'https://a.pe/x', date: '2023-01-09' }]),
  ],
  ['a day before the period', (r) => (r.properties.date = '2022-11-30')],
  ['an end before the start', (r) => (r.properties.end_date = '2023-01-01')],
  ['an end after the period', (r) => (r.properties.end_date = '2023-04-02')],
  [
    'roles that do not add up',
    (r) => Object.assign(r.properties, { killed: 2, killed_by_role: { civilian: 1 } }),
  ],
  [
    'a person with an unknown role',
    (r) => (r.properties.people = [makePerson({ role: 'judge' as 'civilian' })]),
  ],
  ['a missing longitude', (r) => (r.lng = null)],
  ['a point outside Peru', (r) => (r.lng = -60)],
  ['several faults at once', (r) => Object.assign(r.properties, { id: 'X', injured: -1, context: 'riot' })],
];

describe('copyColumns(columns)', () => {
  it('gives a copy that builds the same incidents and, transferred, leaves the original whole', () => {
    const incidents = generateSyntheticIncidents({ count: 300, seed: 9 });
    const read = readPack(encodePack(incidents.map(packRowOf), null));
    if (!read.ok) throw new Error('not read');
    const copy = copyColumns(read.columns);
    // What the loading worker does with it: the copy's buffers go to the page, the original stays to index.
    const { port1 } = new MessageChannel();
    port1.postMessage(copy, buffersOf(copy));
    port1.close();
    expect(copy.lng.length).toBe(0);
    const original: Incident[] = [];
    appendIncidents(read.columns, 0, read.columns.length, original);
    expect(original).toEqual(JSON.parse(JSON.stringify(incidents)));
    const fresh = copyColumns(read.columns);
    const fromCopy: Incident[] = [];
    appendIncidents(fresh, 0, fresh.length, fromCopy);
    expect(fromCopy).toEqual(original);
  });
});

describe('readPack(bytes) with bad rows', () => {
  it.each(CASES)('reports %s as the GeoJSON loader does, and leaves the row out', (_name, change) => {
    const raws = [makeRaw(), makeRaw(change), makeRaw()];
    const { geojson, pack } = loadBoth(raws);
    expect(geojson.problems.length).toBeGreaterThan(0);
    expect(pack.problems).toEqual(geojson.problems);
    expect(pack.incidents).toEqual(geojson.incidents);
  });

  it('keeps the first of two incidents with one id and reports the second', () => {
    const first = makeRaw();
    const second = makeRaw((r) => (r.properties.id = first.properties.id));
    const { geojson, pack } = loadBoth([first, second]);
    expect(pack.problems).toEqual(geojson.problems);
    expect(pack.problems[0]?.message).toBe('is used by another incident (feature #1)');
    expect(pack.incidents).toHaveLength(1);
  });

  it('reports nested JSON that does not parse, by field, once per distinct value', () => {
    const checked = checkDictionary('people', ['{', '[]']);
    expect(checked.problems).toEqual([[{ field: 'people', message: 'is not valid JSON' }], null]);
    expect(checked.values).toEqual([undefined, []]);
  });
});

describe('readPack(bytes) on files that are not packs', () => {
  it('explains bytes that are not Arrow at all', () => {
    const read = readPack(new Uint8Array([0x41, 0x52, 0x52, 0x4f, 0x57, 0x31, 0, 0, 1, 2, 3]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.kind).toBe('pack');
  });

  it('explains an Arrow file that is not an incident pack', () => {
    const read = readPack(tableToIPC(tableFromArrays({ x: new Float64Array([1, 2]) }), 'file'));
    expect(read).toEqual({
      ok: false,
      error: { kind: 'pack', detail: expect.stringContaining('mark of a pack') },
    });
  });

  it('names a column of the wrong type', () => {
    const table = tableFromArrays({ id: new Float64Array([1]) });
    table.schema.metadata.set('peru-protest-map', 'incident-pack 1');
    const read = readPack(tableToIPC(table, 'file'));
    expect(read).toEqual({
      ok: false,
      error: { kind: 'pack', detail: 'it column "id" must be Utf8, found Float64' },
    });
  });
});
