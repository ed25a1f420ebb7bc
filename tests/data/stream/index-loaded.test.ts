import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DepartmentCollection } from '../../../src/data/department-index.ts';
import { createDepartmentIndex } from '../../../src/data/department-index.ts';
import { placeIncidents } from '../../../src/data/place-incidents.ts';
import type { Incident } from '../../../src/data/schema.ts';
import { indexLoaded } from '../../../src/data/stream/index-loaded.ts';
import { readIncidentStream } from '../../../src/data/stream/stream-incidents.ts';
import {
  MAX_PEOPLE_PER_INCIDENT,
  MAX_RECORDS,
  MAX_TEXT_LENGTH,
  validateCollection,
} from '../../../src/data/validate.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../../../src/data/vocabulary.ts';
import { classOf } from '../../../src/model/incident-columns.ts';
import { buildModelData } from '../../../src/model/incident-model.ts';
import { makeCollection, makeFeature, TOWNS } from '../../factories.ts';
import { pick, randomInt, seededRandom } from '../../random.ts';

const departments: DepartmentCollection = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../public/basemap/peru-departments.simplified.geojson'),
    'utf8',
  ),
);
const index = createDepartmentIndex(departments);
const towns = Object.values(TOWNS);

/** Ways a feature can be wrong, each a change to a valid feature (some leave it valid but misplaced). */
const FLAWS: ((
  feature: Record<string, unknown>,
  properties: Record<string, unknown>,
  random: () => number,
) => void)[] = [
  (_, p) => {
    p.killed = MAX_PEOPLE_PER_INCIDENT + 1;
  },
  (_, p) => {
    p.killed_by_role = { police: 1e9 };
  },
  (_, p) => {
    p['note.killed'] = 2e6;
  },
  (_, p) => {
    p.summary_es = 'x'.repeat(MAX_TEXT_LENGTH + 1);
  },
  (_, p) => {
    p.people = [
      { role: 'civilian', cause: 'unknown', sources: [{ title: 't'.repeat(MAX_TEXT_LENGTH + 2) }] },
    ];
  },
  (_, p) => {
    p.sources = Array(MAX_RECORDS + 1).fill({ title: 'T' });
  },
  (_, p) => {
    for (let k = 0; k <= MAX_RECORDS; k += 1) p[`extra${k}`] = k;
  },
  (f) => {
    f.properties = [1, 'x'.repeat(MAX_TEXT_LENGTH + 1), { killed: 1e7 }];
  },
  (f) => {
    f.geometry = null;
  },
  (f) => {
    f.type = 'Point';
  },
  (_, p) => {
    p.date = '2021-02-30';
  },
  (_, p) => {
    p.killed = 'three';
  },
  (_, p) => {
    delete p.id;
  },
  (_, p, random) => {
    p.id = `dup-${randomInt(random, 0, 3)}`;
  },
  (_, p) => {
    p.department = 'PE-CUS';
  },
  (f) => {
    f.geometry = { type: 'Point', coordinates: [-75.5, -14.5] };
  },
];

/** `count` features, about a third with one or two flaws, in random towns with random classes. */
function randomFeatures(seed: number, count: number): unknown[] {
  const random = seededRandom(seed);
  const features: unknown[] = [];
  for (let k = 0; k < count; k += 1) {
    if (random() < 0.03) {
      features.push(pick(random, [7, 'text', null, []]));
      continue;
    }
    const town = pick(random, towns);
    const violations = VIOLATIONS.filter(() => random() < 0.3);
    const feature = makeFeature(
      {
        id: `f${seed}-${k}`,
        department: town.department,
        date: `2023-01-${String(randomInt(random, 1, 28)).padStart(2, '0')}`,
        violations: violations.length > 0 ? violations : [VIOLATIONS[0]],
        context: pick(random, CONTEXTS),
        perpetrator: pick(random, PERPETRATORS),
      },
      { type: 'Point', coordinates: [town.lng, town.lat] },
    ) as unknown as Record<string, unknown>;
    const flaws = random() < 0.35 ? randomInt(random, 1, 2) : 0;
    for (let f = 0; f < flaws; f += 1) {
      pick(random, FLAWS)(feature, feature.properties as Record<string, unknown>, random);
    }
    features.push(feature);
  }
  return features;
}

function streamOf(text: string, seed: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const random = seededRandom(seed);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; ) {
        const size = 1 + Math.floor(random() * 4096);
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      }
      controller.close();
    },
  });
}

describe('the loading worker pipeline (readIncidentStream, then indexLoaded)', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`gives what validateCollection and placeIncidents give on random good and bad features (seed ${seed})`, async () => {
      const collection = makeCollection(randomFeatures(seed, 400));
      const text = JSON.stringify(collection);
      const whole = validateCollection(JSON.parse(text));
      if (!whole.ok) throw new Error(whole.error);
      const expected = placeIncidents(whole.incidents, departments);

      const kept: Incident[] = [];
      const read = await readIncidentStream(
        streamOf(text, seed),
        { onIncidents: (b) => kept.push(...b) },
        '',
        7,
      );
      if (!read.ok) throw new Error(read.error.kind);
      const got = indexLoaded(kept, index, read.problems);
      const placed = kept.map((incident) => incident);
      for (const move of got.moves)
        placed[move.index] = { ...(placed[move.index] as Incident), department: move.department };

      expect(whole.problems.length).toBeGreaterThan(20);
      expect(got.moves.length).toBeGreaterThan(0);
      expect(read.metadata).toEqual(whole.metadata);
      expect(got.problems).toEqual([...whole.problems, ...expected.problems]);
      expect(placed).toEqual(expected.incidents);
      expect(got.regions).toEqual(expected.regions);
      expect(got.model).toEqual(buildModelData({ incidents: expected.incidents, regions: expected.regions }));
      const { order, classes, leaf } = got.columns;
      expect(Array.from(order, (i) => classOf(placed[i] as Incident))).toEqual(Array.from(classes));
      const leafOrder = got.model.clusters.leaf.order;
      expect(Array.from(leafOrder, (i) => classOf(placed[i] as Incident))).toEqual(Array.from(leaf.classes));
    });
  }
});
