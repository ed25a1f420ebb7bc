import { describe, expect, it } from 'vitest';
import { createIncidentLookup } from '../../src/model/incident-lookup.ts';
import { makeIncident } from '../factories.ts';

describe('createIncidentLookup', () => {
  const incidents = ['a', 'b', 'c'].map((id, i) => makeIncident({ id, killed: i }));

  it('finds every incident by its id, asked in any order and more than once', () => {
    const find = createIncidentLookup(incidents);
    for (const id of ['c', 'a', 'a', 'b', 'c']) expect(find(id)?.id).toBe(id);
  });

  it('finds nothing for an id not in the data, and still finds the last one found', () => {
    const find = createIncidentLookup(incidents);
    expect(find('b')?.killed).toBe(1);
    expect(find('missing')).toBeUndefined();
    expect(find('b')?.killed).toBe(1);
  });

  it('gives the first of incidents that repeat an id', () => {
    const find = createIncidentLookup([...incidents, makeIncident({ id: 'a', killed: 9 })]);
    expect(find('a')?.killed).toBe(0);
  });
});
