import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/data/schema.ts';
import { FeatureSplitter } from '../../../src/data/stream/feature-splitter.ts';
import { readIncidentStream } from '../../../src/data/stream/stream-incidents.ts';
import { validateCollection } from '../../../src/data/validate.ts';
import { makeCollection, makeFeature } from '../../factories.ts';
import { seededRandom } from '../../random.ts';

const fixtures = resolve(import.meta.dirname, '../../fixtures');

/** The text as a byte stream cut at random places (inside multi-byte characters too). */
function streamOf(text: string, seed: number, maxChunk = 64): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const random = seededRandom(seed);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; ) {
        const size = 1 + Math.floor(random() * maxChunk);
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      }
      controller.close();
    },
  });
}

async function readAll(text: string, seed = 1, batchSize = 3) {
  const incidents: Incident[] = [];
  const batches: number[] = [];
  const result = await readIncidentStream(
    streamOf(text, seed),
    {
      onIncidents: (batch) => {
        batches.push(batch.length);
        incidents.push(...batch);
      },
    },
    '',
    batchSize,
  );
  return { result, incidents, batches };
}

function splitAll(text: string, chunk: number): { features: string[]; rest: string } {
  const splitter = new FeatureSplitter();
  const features: string[] = [];
  for (let at = 0; at < text.length; at += chunk)
    splitter.push(text.slice(at, at + chunk), (f) => features.push(f));
  splitter.finish((f) => features.push(f));
  return { features, rest: splitter.rest() };
}

describe('FeatureSplitter', () => {
  it('gives each feature as its own text and keeps the rest with an empty features list', () => {
    const text =
      '{"type":"FeatureCollection","features":[{"a":"}]"}, 1 ,"x\\"",[2,{}],null],"metadata":{"features":[3]}}';
    for (const chunk of [1, 2, 5, 1000]) {
      const { features, rest } = splitAll(text, chunk);
      expect(features).toEqual(['{"a":"}]"}', '1', '"x\\""', '[2,{}]', 'null']);
      expect(JSON.parse(rest)).toEqual({
        type: 'FeatureCollection',
        features: [],
        metadata: { features: [3] },
      });
    }
  });

  it('splits features whose strings hold quotes, backslashes and brackets, cut anywhere', () => {
    const random = seededRandom(15);
    const pieces = ['"', '\\', '\\"', '}', ']', '{', '[', ',', 'a', 'ñ', ' '];
    const text = () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
    for (let round = 0; round < 40; round += 1) {
      const features = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => ({
        id: text(),
        properties: { [text()]: [text(), { deep: text() }], n: i },
      }));
      const metadata = { x: text() };
      const json = JSON.stringify({ type: 'FeatureCollection', name: text(), features, metadata });
      const { features: split, rest } = splitAll(json, 1 + Math.floor(random() * 20));
      expect(split.map((feature) => JSON.parse(feature))).toEqual(features);
      expect(JSON.parse(rest).metadata).toEqual(metadata);
    }
  });

  it('leaves a features member that is not a list in the rest', () => {
    const { features, rest } = splitAll('{"type":"FeatureCollection","features":{"a":[1]}}', 4);
    expect(features).toEqual([]);
    expect(JSON.parse(rest)).toEqual({ type: 'FeatureCollection', features: { a: [1] } });
  });
});

describe('readIncidentStream', () => {
  it('reports a web page served in place of the file as missing, at the URL it was given', async () => {
    for (const seed of [1, 2, 3]) {
      const body = streamOf(
        '<!doctype html><html><head><title>App</title></head><body></body></html>',
        seed,
        8,
      );
      const result = await readIncidentStream(body, { onIncidents: () => {} }, '/bad/file.geojson');
      expect(result).toEqual({ ok: false, error: { kind: 'missing', url: '/bad/file.geojson' } });
    }
  });

  for (const name of [
    'valid.geojson',
    ...readdirSync(resolve(fixtures, 'broken')).map((f) => `broken/${f}`),
  ]) {
    it(`reads ${name} as validateCollection reads the whole file`, async () => {
      const text = readFileSync(resolve(fixtures, name), 'utf8');
      let expected: unknown;
      try {
        const whole = validateCollection(JSON.parse(text));
        expected = whole.ok
          ? { ok: true, incidents: whole.incidents, problems: whole.problems, metadata: whole.metadata }
          : { ok: false, kind: 'shape' };
      } catch {
        expected = { ok: false, kind: 'json' };
      }
      for (const seed of [1, 2, 3]) {
        const { result, incidents } = await readAll(text, seed);
        const got = result.ok
          ? { ok: true, incidents, problems: result.problems, metadata: result.metadata }
          : { ok: false, kind: result.error.kind };
        expect(got).toEqual(expected);
      }
    });
  }

  it('keeps accents split across chunks and hands incidents over in batches of the given size', async () => {
    const features = Array.from({ length: 7 }, (_, i) =>
      makeFeature({ id: `a${i}`, place: 'Juliaca, Puno — ñ' }),
    );
    const { result, incidents, batches } = await readAll(JSON.stringify(makeCollection(features)), 9);
    expect(result.ok && result.count).toBe(7);
    expect(batches).toEqual([3, 3, 1]);
    expect(incidents.map((incident) => incident.place)).toEqual(Array(7).fill('Juliaca, Puno — ñ'));
  });

  it('refuses a document that is not a FeatureCollection', async () => {
    for (const raw of [[], { type: 'Feature' }, { type: 'FeatureCollection' }]) {
      const { result } = await readAll(JSON.stringify(raw));
      expect(result.ok ? 'ok' : result.error.kind).toBe('shape');
    }
  });

  it('reports text that is not JSON', async () => {
    const { result } = await readAll('{"type":"FeatureCollection","features":[{"a":1,}]}');
    expect(result.ok ? 'ok' : result.error.kind).toBe('json');
  });
});
