import { describe, expect, it } from 'vitest';
import { CAUSES, type Person, ROLES } from '../../../src/data/schema.ts';
import { countPeople, PERSON_ROLES } from '../../../src/model/people/people-figures.ts';
import { listPeople } from '../../../src/model/people/people-in-view.ts';
import { makeIncident } from '../../factories.ts';
import { randomInt, seededRandom } from '../../random.ts';

const SOURCE = { title: 'Fuente', publisher: 'P', url: 'https://example.org/p', date: '2023-01-10' };
const person = (overrides: Partial<Person> = {}): Person => ({
  role: 'civilian',
  cause: 'unknown',
  sources: [SOURCE],
  ...overrides,
});

describe('countPeople(people)', () => {
  it('counts bullets and pellets together as killed by gunfire', () => {
    const incident = makeIncident({
      killed: 4,
      people: [person({ cause: 'firearm' }), person({ cause: 'pellets' }), person({ cause: 'drowning' })],
    });
    const figures = countPeople(listPeople([incident]).people);
    expect(figures.total).toBe(4);
    expect(figures.firearm).toBe(2);
    expect(figures.byCause.unknown).toBe(1);
    expect(figures.withCause).toBe(3);
    expect(figures.notRecorded).toBe(1);
  });

  it('counts roles, minors, names and ages', () => {
    const incident = makeIncident({
      killed: 3,
      killed_by_role: { civilian: 2, police: 1 },
      people: [person({ name: 'Ana', age: 15 }), person({ role: 'police', age: 30 })],
    });
    const figures = countPeople(listPeople([incident]).people);
    expect(figures.byRole).toEqual({ civilian: 2, police: 1, military: 0, unknown: 0 });
    expect(figures.minors).toBe(1);
    expect(figures.named).toBe(1);
    expect(figures.withAge).toBe(2);
  });

  it('gives zeros for nobody', () => {
    const figures = countPeople([]);
    expect(figures.total).toBe(0);
    expect(Object.values(figures.byCause).every((n) => n === 0)).toBe(true);
  });

  it('equals a naive recount of the incidents, for any file (seeded random)', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 200; trial += 1) {
      const incidents = Array.from({ length: randomInt(random, 0, 10) }, () => {
        const killed = randomInt(random, 0, 5);
        return makeIncident({
          killed,
          people: Array.from({ length: randomInt(random, 0, killed) }, () =>
            person({
              role: ROLES[randomInt(random, 0, ROLES.length - 1)],
              cause: CAUSES[randomInt(random, 0, CAUSES.length - 1)],
              ...(random() < 0.5 ? { age: randomInt(random, 0, 90) } : {}),
            }),
          ),
        });
      });
      const figures = countPeople(listPeople(incidents).people);
      const records = incidents.flatMap((incident) => incident.people ?? []);
      const killed = incidents.reduce((sum, incident) => sum + incident.killed, 0);
      expect(figures.total).toBe(killed);
      expect(figures.minors).toBe(records.filter((r) => r.age !== undefined && r.age < 18).length);
      expect(figures.firearm).toBe(
        records.filter((r) => r.cause === 'firearm' || r.cause === 'pellets').length,
      );
      for (const cause of CAUSES) {
        const missing = cause === 'unknown' ? killed - records.length : 0;
        expect(figures.byCause[cause]).toBe(records.filter((r) => r.cause === cause).length + missing);
      }
      for (const role of ROLES) {
        expect(figures.byRole[role]).toBe(records.filter((r) => r.role === role).length);
      }
      expect(PERSON_ROLES.reduce((sum, role) => sum + figures.byRole[role], 0)).toBe(killed);
    }
  });
});
