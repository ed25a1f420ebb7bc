import { CAUSES, type Cause } from '../../data/vocabulary.ts';
import type { PersonInView, PersonRole } from './people-in-view.ts';

/** The roles the figures count, `unknown` last (people whose role no record or incident gives). */
export const PERSON_ROLES = [
  'civilian',
  'police',
  'military',
  'unknown',
] as const satisfies readonly PersonRole[];

/** The small figures above the People list, all from the same people. */
export interface PeopleFigures {
  total: number;
  byRole: Record<PersonRole, number>;
  /** Under 18 (see PersonInView.isMinor). */
  minors: number;
  byCause: Record<Cause, number>;
  /** Killed by gunfire: bullets (`firearm`) and pellets (`pellets`) together, as HRW counts. */
  firearm: number;
  named: number;
  withAge: number;
  /** With a cause other than `unknown`. */
  withCause: number;
  /** Counted by an incident but without a record of their own. */
  notRecorded: number;
}

/** Counts the people by role, minors, cause, and how many are named, aged and with a known cause. O(p). */
export function countPeople(people: readonly PersonInView[]): PeopleFigures {
  const byRole = Object.fromEntries(PERSON_ROLES.map((role) => [role, 0])) as Record<PersonRole, number>;
  const byCause = Object.fromEntries(CAUSES.map((cause) => [cause, 0])) as Record<Cause, number>;
  let minors = 0;
  let named = 0;
  let withAge = 0;
  let notRecorded = 0;
  for (const person of people) {
    byRole[person.role] += 1;
    byCause[person.cause] += 1;
    if (person.isMinor) minors += 1;
    if (person.name !== null) named += 1;
    if (person.age !== null) withAge += 1;
    if (!person.isRecorded) notRecorded += 1;
  }
  return {
    total: people.length,
    byRole,
    minors,
    byCause,
    firearm: byCause.firearm + byCause.pellets,
    named,
    withAge,
    withCause: people.length - byCause.unknown,
    notRecorded,
  };
}
