import { describe, expect, it } from 'vitest';
import type { Incident, Source } from '../../../src/data/schema.ts';
import { createRepeatSharer, createStringSharer } from '../../../src/data/stream/share-repeats.ts';
import { VIOLATIONS } from '../../../src/data/vocabulary.ts';
import { makeIncident } from '../../factories.ts';
import { pick, randomInt, seededRandom } from '../../random.ts';

/** Sources that differ in one field at a time, most with the same url, so only a full comparison tells them apart. */
const SOURCES: Source[] = [
  { title: 'A', publisher: 'P', url: 'https://example.org/1', date: '2023-01-10' },
  { title: 'B', publisher: 'P', url: 'https://example.org/1', date: '2023-01-10' },
  { title: 'A', publisher: 'Q', url: 'https://example.org/1', date: '2023-01-10' },
  { title: 'A', publisher: 'P', url: 'https://example.org/1', date: '2023-01-11' },
  { title: 'A', publisher: 'P', url: 'https://example.org/2', date: '2023-01-10' },
];

/** An incident with fresh copies of randomly chosen repeated values (role counts sometimes in another key order). */
function randomIncident(random: () => number, k: number): Incident {
  const sources = Array.from({ length: randomInt(random, 1, 2) }, () => ({ ...pick(random, SOURCES) }));
  const violations = Array.from({ length: randomInt(random, 1, 3) }, () =>
    pick(random, VIOLATIONS.slice(0, 3)),
  );
  const civilian = randomInt(random, 0, 1);
  const police = randomInt(random, 0, 1);
  const roles = pick(random, [{ civilian, police }, { police, civilian }, { civilian }, undefined]);
  return makeIncident({ id: `i${k}`, sources, violations, killed_by_role: roles });
}

describe('createRepeatSharer', () => {
  it('makes incidents with equal sources and violations share one copy, and keeps their values', () => {
    const share = createRepeatSharer();
    const a = makeIncident({ id: 'a', violations: ['life', 'liberty'] });
    const b = makeIncident({ id: 'b', violations: ['life', 'liberty'] });
    const before = structuredClone(b);
    share(a);
    share(b);
    expect(b.sources).toBe(a.sources);
    expect(b.violations).toBe(a.violations);
    expect(b).toEqual(before);
  });

  it('shares two values exactly when they are equal as JSON, on random incidents', () => {
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      const incidents = Array.from({ length: 150 }, (_, k) => randomIncident(random, k));
      const before = structuredClone(incidents);
      const share = createRepeatSharer();
      for (const incident of incidents) share(incident);
      expect(incidents).toEqual(before);
      let shared = 0;
      const wrong: string[] = [];
      for (const field of ['sources', 'violations', 'killed_by_role'] as const) {
        for (let i = 0; i < incidents.length; i += 1) {
          for (let j = i + 1; j < incidents.length; j += 1) {
            const [a, b] = [(incidents[i] as Incident)[field], (incidents[j] as Incident)[field]];
            if (a === undefined || b === undefined) continue;
            // As received: once shared, one object reads the same as itself whatever it was.
            const [receivedA, receivedB] = [(before[i] as Incident)[field], (before[j] as Incident)[field]];
            const isEqual = JSON.stringify(receivedA) === JSON.stringify(receivedB);
            if ((a === b) !== isEqual) wrong.push(`${field} of ${i} and ${j}`);
            if (isEqual) shared += 1;
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(shared).toBeGreaterThan(100);
    }
  });

  it('keeps different values apart', () => {
    const share = createRepeatSharer();
    const a = makeIncident({ id: 'a', violations: ['life'] });
    const b = makeIncident({ id: 'b', violations: ['liberty'] });
    share(a);
    share(b);
    expect(b.violations).toEqual(['liberty']);
    expect(b.violations).not.toBe(a.violations);
  });
});

describe('createStringSharer', () => {
  it('leaves every incident reading exactly as received, repeated and distinct strings alike', () => {
    const share = createStringSharer();
    const incidents = [
      makeIncident({ id: 'a', place: 'Juliaca', department: 'PE-PUN', date: '2023-01-09' }),
      makeIncident({ id: 'b', place: 'Juliaca', department: 'PE-PUN', date: '2023-01-10' }),
      makeIncident({ id: 'c', place: 'Lima', department: 'PE-LIM', date: '2023-01-09', killed: 2 }),
    ];
    const before = structuredClone(incidents);
    for (const incident of incidents) share(incident);
    expect(incidents).toEqual(before);
  });
});
