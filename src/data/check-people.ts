import { parseIsoDay } from './days.ts';
import type { IncidentProperties } from './schema.ts';
import { ROLES } from './vocabulary.ts';

/** Deaths after the period are still counted (people injured in March died weeks later), up to this bound. */
export const DEATH_GRACE_DAYS = 365;

/** Options of checkPeople. */
export interface PeopleCheckOptions {
  /**
   * True for the real dataset (`npm run data:check`): every incident with `killed > 0` must list its people,
   * consistent with its counts. False for files a user loads in the app: there `people` is optional and only
   * its fields are checked (by the schema), so a short or missing list never hides an incident from the map.
   */
  requirePeople: boolean;
  /** Last day of the period (ISO); a death may be up to DEATH_GRACE_DAYS after it. */
  lastDay: string;
}

/**
 * With `requirePeople` (the real dataset), checks an incident's `people` against its counts: exactly `killed` records, roles adding up to
 * `killed_by_role` role by role, `minor` agreeing with `age`, the injury within the incident's days and the
 * death on or after the injury (and on or after the incident's first day), not long after the period.
 * Field-level rules (age a whole number 0–110, at least one https source) are in the zod schema. O(p).
 * Calls `add(field, message)` once per problem.
 */
export function checkPeople(
  properties: IncidentProperties,
  options: PeopleCheckOptions,
  add: (field: string, message: string) => void,
): void {
  if (!options.requirePeople) return;
  const people = properties.people;
  if (people === undefined) {
    if (properties.killed > 0) {
      add('people', `is missing: killed is ${properties.killed}, so each person needs a record`);
    }
    return;
  }
  if (people.length !== properties.killed) {
    add('people', `lists ${people.length} people but killed is ${properties.killed}`);
  }
  const roles = properties.killed_by_role;
  if (roles) {
    for (const role of ROLES) {
      const listed = people.filter((person) => person.role === role).length;
      const counted = roles[role] ?? 0;
      if (listed !== counted) {
        add('people', `lists ${listed} ${role} but killed_by_role.${role} is ${counted}`);
      }
    }
  }
  const firstDay = parseIsoDay(properties.date);
  const lastIncidentDay = parseIsoDay(properties.end_date ?? properties.date);
  const lastDeathDay = (parseIsoDay(options.lastDay) ?? Number.POSITIVE_INFINITY) + DEATH_GRACE_DAYS;
  people.forEach((person, index) => {
    const at = (field: string) => `people.${index}.${field}`;
    if (person.age !== undefined && person.minor !== undefined && person.minor !== person.age < 18) {
      add(at('minor'), `is ${person.minor} but age is ${person.age}`);
    }
    const injury = person.injury_date === undefined ? null : parseIsoDay(person.injury_date);
    const death = person.death_date === undefined ? null : parseIsoDay(person.death_date);
    if (person.injury_date !== undefined && injury === null) {
      add(at('injury_date'), `${person.injury_date} is not a calendar day`);
    }
    if (person.death_date !== undefined && death === null) {
      add(at('death_date'), `${person.death_date} is not a calendar day`);
    }
    const range = `${properties.date}…${properties.end_date ?? properties.date}`;
    if (injury !== null && firstDay !== null && lastIncidentDay !== null) {
      if (injury < firstDay || injury > lastIncidentDay) {
        add(at('injury_date'), `${person.injury_date} is outside the incident's days ${range}`);
      }
    }
    if (death !== null && injury !== null && death < injury) {
      add(at('death_date'), `${person.death_date} is before injury_date ${person.injury_date}`);
    } else if (death !== null && firstDay !== null && death < firstDay) {
      add(at('death_date'), `${person.death_date} is before the incident's date ${properties.date}`);
    }
    if (death !== null && death > lastDeathDay) {
      add(at('death_date'), `${person.death_date} is more than ${DEATH_GRACE_DAYS} days after the period`);
    }
  });
}
