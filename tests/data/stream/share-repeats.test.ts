import { describe, expect, it } from 'vitest';
import { createRepeatSharer, createStringSharer } from '../../../src/data/stream/share-repeats.ts';
import { makeIncident } from '../../factories.ts';

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
