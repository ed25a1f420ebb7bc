import { describe, expect, it } from 'vitest';
import { countPeople, peopleOf, summarizePeople } from '../../../src/model/people/people-summary.ts';
import { makeIncident, makePerson } from '../../factories.ts';

describe('countPeople', () => {
  it('counts named, aged, caused and minor records separately', () => {
    const people = [
      makePerson({ name: 'A', age: 17, minor: true, cause: 'firearm' }),
      makePerson({ minor: true }),
      makePerson({ name: 'B', age: 30, cause: 'unknown' }),
    ];
    expect(countPeople(people)).toEqual({ records: 3, named: 2, withAge: 2, withCause: 1, minors: 2 });
  });
});

describe('peopleOf', () => {
  it('lists every person with its incident and skips incidents without a list', () => {
    const first = makeIncident({ killed: 2, people: [makePerson({ name: 'A' }), makePerson()] });
    const second = makeIncident({ killed: 1 });
    expect(peopleOf([first, second]).map(({ incident }) => incident.id)).toEqual([first.id, first.id]);
  });
});

describe('summarizePeople', () => {
  const incidents = [
    makeIncident({
      date: '2023-01-09',
      context: 'clash',
      killed: 2,
      people: [makePerson({ name: 'A', cause: 'firearm' }), makePerson({ cause: 'pellets', minor: true })],
    }),
    makeIncident({
      date: '2023-03-05',
      context: 'other',
      killed: 1,
      people: [makePerson({ role: 'military', cause: 'drowning' })],
    }),
    makeIncident({
      date: '2023-03-14',
      context: 'clash',
      killed: 1,
      people: [makePerson({ cause: 'blunt_force' })],
    }),
    makeIncident({
      date: '2022-12-12',
      context: 'blockade',
      killed: 1,
      people: [makePerson({ cause: 'road_accident' })],
    }),
  ];
  const lines = summarizePeople(incidents).split('\n');

  it('counts everyone, and apart the civilians killed in clashes up to 28 February 2023', () => {
    expect(lines[2]).toBe('| all incidents | 5 | 1 | 0 | 5 | 1 |');
    expect(lines[3]).toBe('| civilians killed in clashes to 28 Feb 2023 | 2 | 1 | 0 | 2 | 1 |');
  });

  it('lists causes in vocabulary order, leaving out causes with nobody', () => {
    expect(lines.slice(7)).toEqual([
      '| firearm | 1 | 1 |',
      '| pellets | 1 | 1 |',
      '| blunt_force | 1 | 0 |',
      '| drowning | 1 | 0 |',
      '| road_accident | 1 | 0 |',
    ]);
  });
});
