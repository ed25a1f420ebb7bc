import { describe, expect, it } from 'vitest';
import { CAUSES, type Incident, type Person, ROLES } from '../../../src/data/schema.ts';
import { groupByDay, listPeople } from '../../../src/model/people/people-in-view.ts';
import { makeIncident } from '../../factories.ts';
import { randomInt, seededRandom } from '../../random.ts';

const SOURCE = { title: 'Fuente', publisher: 'P', url: 'https://example.org/p', date: '2023-01-10' };

function makePerson(overrides: Partial<Person> = {}): Person {
  return { role: 'civilian', cause: 'unknown', sources: [SOURCE], ...overrides };
}

describe('listPeople(incidents)', () => {
  it('lists every record of an incident with its name, age, role and cause', () => {
    const incident = makeIncident({
      id: 'juliaca',
      killed: 2,
      people: [
        makePerson({ name: 'Ana', age: 17, cause: 'firearm' }),
        makePerson({ name: 'Luis', role: 'police', cause: 'blunt_force' }),
      ],
    });
    const { people, uncounted } = listPeople([incident]);
    expect(people.map((p) => [p.name, p.age, p.role, p.cause, p.isRecorded])).toEqual([
      ['Ana', 17, 'civilian', 'firearm', true],
      ['Luis', null, 'police', 'blunt_force', true],
    ]);
    expect(people.map((p) => p.key)).toEqual(['juliaca#0', 'juliaca#1']);
    expect(uncounted).toBe(0);
  });

  it('lists the people an incident counts but has no record for as not recorded, with nothing invented', () => {
    const incident = makeIncident({ killed: 3, people: [makePerson({ name: 'Ana', cause: 'firearm' })] });
    const { people } = listPeople([incident]);
    expect(people).toHaveLength(3);
    const [, second, third] = people;
    for (const person of [second, third]) {
      expect(person?.isRecorded).toBe(false);
      expect(person?.name).toBeNull();
      expect(person?.age).toBeNull();
      expect(person?.isMinor).toBe(false);
      expect(person?.cause).toBe('unknown');
      expect(person?.wounds).toEqual([]);
      expect(person?.sources).toEqual(incident.sources);
    }
  });

  it('lists a file without people records as one not-recorded person per death', () => {
    const { people } = listPeople([makeIncident({ killed: 4 })]);
    expect(people).toHaveLength(4);
    expect(people.every((person) => !person.isRecorded && person.role === 'unknown')).toBe(true);
  });

  it('takes the roles of the people not recorded from what killed_by_role leaves', () => {
    const incident = makeIncident({
      killed: 3,
      killed_by_role: { civilian: 1, police: 1, military: 1 },
      people: [makePerson({ role: 'police' })],
    });
    expect(listPeople([incident]).people.map((p) => p.role)).toEqual(['police', 'civilian', 'military']);
  });

  it('leaves the role unknown when the records contradict killed_by_role', () => {
    const incident = makeIncident({
      killed: 2,
      killed_by_role: { civilian: 2 },
      people: [makePerson({ role: 'military' })],
    });
    expect(listPeople([incident]).people[1]?.role).toBe('unknown');
  });

  it('never lists more people than the incident has killed, and counts the records left out', () => {
    const incident = makeIncident({
      killed: 1,
      people: [makePerson({ name: 'A' }), makePerson({ name: 'B' })],
    });
    const { people, uncounted } = listPeople([incident]);
    expect(people.map((p) => p.name)).toEqual(['A']);
    expect(uncounted).toBe(1);
  });

  it('sorts by the day of the injury, which may differ from the incident day', () => {
    const late = makeIncident({ id: 'late', date: '2023-01-11', killed: 1 });
    const early = makeIncident({
      id: 'early',
      date: '2023-01-09',
      end_date: '2023-01-12',
      killed: 2,
      people: [makePerson({ name: 'B', injury_date: '2023-01-12' }), makePerson({ name: 'A' })],
    });
    const { people } = listPeople([early, late]);
    expect(people.map((p) => [p.injuryDate, p.incident.id])).toEqual([
      ['2023-01-09', 'early'],
      ['2023-01-11', 'late'],
      ['2023-01-12', 'early'],
    ]);
  });

  it('counts a record marked minor, or under 18 when minor is not given', () => {
    const incident = makeIncident({
      killed: 4,
      people: [
        makePerson({ age: 17 }),
        makePerson({ minor: true }),
        makePerson({ age: 18 }),
        makePerson({ age: 16, minor: false }),
      ],
    });
    expect(listPeople([incident]).people.map((p) => p.isMinor)).toEqual([true, true, false, false]);
  });

  it('keeps death dates and other names from the record', () => {
    const incident = makeIncident({
      killed: 1,
      people: [makePerson({ name: 'Rosalino', other_names: ['Rosalino Flores'], death_date: '2023-03-21' })],
    });
    const [person] = listPeople([incident]).people;
    expect(person?.deathDate).toBe('2023-03-21');
    expect(person?.otherNames).toEqual(['Rosalino Flores']);
  });

  it('gives exactly as many people as the incidents have killed, for any file (seeded random)', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 200; trial += 1) {
      const incidents: Incident[] = Array.from({ length: randomInt(random, 0, 12) }, (_, k) => {
        const killed = randomInt(random, 0, 6);
        const records = randomInt(random, 0, 8);
        return makeIncident({
          id: `i-${trial}-${k}`,
          date: `2023-01-${String(randomInt(random, 1, 28)).padStart(2, '0')}`,
          killed,
          people: Array.from({ length: records }, () =>
            makePerson({
              role: ROLES[randomInt(random, 0, ROLES.length - 1)],
              cause: CAUSES[randomInt(random, 0, CAUSES.length - 1)],
            }),
          ),
        });
      });
      const { people, uncounted } = listPeople(incidents);
      const killed = incidents.reduce((sum, incident) => sum + incident.killed, 0);
      const records = incidents.reduce((sum, incident) => sum + (incident.people?.length ?? 0), 0);
      expect(people).toHaveLength(killed);
      expect(new Set(people.map((p) => p.key)).size).toBe(killed);
      const recorded = people.filter((p) => p.isRecorded).length;
      expect(recorded + uncounted).toBe(records);
      for (const incident of incidents) {
        expect(people.filter((p) => p.incident === incident)).toHaveLength(incident.killed);
      }
      const days = people.map((p) => p.injuryDate);
      expect(days).toEqual([...days].sort());
    }
  });
});

describe('groupByDay(people)', () => {
  it('puts each day once, in date order, with its people in list order', () => {
    const incidents = [
      makeIncident({ id: 'a', date: '2022-12-15', killed: 2 }),
      makeIncident({ id: 'b', date: '2023-01-09', killed: 1 }),
      makeIncident({ id: 'c', date: '2022-12-15', killed: 1 }),
    ];
    const groups = groupByDay(listPeople(incidents).people);
    expect(groups.map((g) => [g.day, g.people.map((p) => p.key)])).toEqual([
      ['2022-12-15', ['a#0', 'a#1', 'c#0']],
      ['2023-01-09', ['b#0']],
    ]);
  });

  it('gives no groups for no people', () => {
    expect(groupByDay([])).toEqual([]);
  });
});
