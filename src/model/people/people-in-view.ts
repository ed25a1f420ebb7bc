import type { Cause, Incident, Person, Role, Source, Wound } from '../../data/schema.ts';
import { ROLES } from '../../data/vocabulary.ts';

/** A person's role, or `unknown` when neither a record nor the incident's `killed_by_role` says it. */
export type PersonRole = Role | 'unknown';

/**
 * One person killed, as the People view and its CSV show them. `isRecorded` is false for the people an
 * incident counts in `killed` but has no record for (a file without `people`, or a shorter list): they are
 * listed as "name not published" with an unknown cause, never hidden and never given invented details. Their
 * role is taken from the incident's `killed_by_role` where the roles left over say it, `unknown` otherwise.
 */
export interface PersonInView {
  /** Unique in a view: `incident id#position`. */
  key: string;
  incident: Incident;
  /** Position among the incident's people (records first, then the ones not recorded). */
  index: number;
  isRecorded: boolean;
  name: string | null;
  otherNames: readonly string[];
  age: number | null;
  /** True when a minor (under 18) by the record's `minor`, or by its age when `minor` is not given. */
  isMinor: boolean;
  role: PersonRole;
  cause: Cause;
  wounds: readonly Wound[];
  /** The day of the injury: the record's `injury_date`, else the incident's start day (ISO). */
  injuryDate: string;
  /** The day of death when the record gives it (ISO), else null. */
  deathDate: string | null;
  noteEs: string | null;
  noteEn: string | null;
  sources: readonly Source[];
}

/** The people of the view, and the records beyond their incident's `killed` that could not be counted. */
export interface PeopleInView {
  people: PersonInView[];
  /** Records past an incident's `killed` (an inconsistent file): not listed, so the list equals the totals. */
  uncounted: number;
}

/**
 * Everyone killed in the given incidents: exactly `killed` people per incident, so the list always equals the
 * sum of `killed` the totals show. An incident's records come first, in file order; if it has fewer records
 * than `killed`, the rest are listed as not recorded (see PersonInView); records beyond `killed` are counted
 * in `uncounted`, not listed. Sorted by injury day, stable (incidents in the order given, then position).
 * Pass exactly the incidents shown (the selection's `shown`). O(n + p log p) for n incidents and p people.
 */
export function listPeople(incidents: readonly Incident[]): PeopleInView {
  const people: PersonInView[] = [];
  let uncounted = 0;
  for (const incident of incidents) {
    const records = incident.people ?? [];
    const counted = records.slice(0, incident.killed);
    uncounted += records.length - counted.length;
    counted.forEach((record, index) => {
      people.push(fromRecord(incident, record, index));
    });
    const leftRoles = rolesLeft(incident, counted);
    for (let index = counted.length; index < incident.killed; index += 1) {
      people.push(notRecorded(incident, index, leftRoles.shift() ?? 'unknown'));
    }
  }
  const order = new Map(people.map((person, position) => [person, position]));
  people.sort(
    (a, b) => compareText(a.injuryDate, b.injuryDate) || (order.get(a) as number) - (order.get(b) as number),
  );
  return { people, uncounted };
}

/** A day's people, in the order listed. */
export interface PeopleOfDay {
  /** ISO day of the injury. */
  day: string;
  people: PersonInView[];
}

/** Groups people already sorted by injury day (listPeople's order) into one group per day. O(p). */
export function groupByDay(people: readonly PersonInView[]): PeopleOfDay[] {
  const groups: PeopleOfDay[] = [];
  for (const person of people) {
    const last = groups.at(-1);
    if (last && last.day === person.injuryDate) last.people.push(person);
    else groups.push({ day: person.injuryDate, people: [person] });
  }
  return groups;
}

function fromRecord(incident: Incident, record: Person, index: number): PersonInView {
  const age = record.age ?? null;
  return {
    key: `${incident.id}#${index}`,
    incident,
    index,
    isRecorded: true,
    name: record.name ?? null,
    otherNames: record.other_names ?? [],
    age,
    isMinor: record.minor ?? (age !== null && age < 18),
    role: record.role,
    cause: record.cause,
    wounds: record.wounds ?? [],
    injuryDate: record.injury_date ?? incident.date,
    deathDate: record.death_date ?? null,
    noteEs: record.note_es ?? null,
    noteEn: record.note_en ?? null,
    sources: record.sources,
  };
}

function notRecorded(incident: Incident, index: number, role: PersonRole): PersonInView {
  return {
    key: `${incident.id}#${index}`,
    incident,
    index,
    isRecorded: false,
    name: null,
    otherNames: [],
    age: null,
    isMinor: false,
    role,
    cause: 'unknown',
    wounds: [],
    injuryDate: incident.date,
    deathDate: null,
    noteEs: null,
    noteEn: null,
    sources: incident.sources,
  };
}

/**
 * The roles of the people not recorded, as far as `killed_by_role` minus the recorded roles tells them (in
 * ROLES order); empty when the incident gives no roles or the records contradict them.
 */
function rolesLeft(incident: Incident, records: readonly Person[]): Role[] {
  const byRole = incident.killed_by_role;
  if (!byRole) return [];
  const left: Role[] = [];
  for (const role of ROLES) {
    const recorded = records.filter((record) => record.role === role).length;
    const remaining = (byRole[role] ?? 0) - recorded;
    if (remaining < 0) return [];
    for (let k = 0; k < remaining; k += 1) left.push(role);
  }
  return left;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
