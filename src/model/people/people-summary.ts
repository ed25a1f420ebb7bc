import type { Incident, Person } from '../../data/schema.ts';
import { CAUSES } from '../../data/vocabulary.ts';

/** How complete the records of a group of people killed are. */
export interface PeopleCounts {
  records: number;
  named: number;
  withAge: number;
  withCause: number;
  minors: number;
}

/** The last day (inclusive, by incident date, the day of the injury) of the HRW and Amnesty 2023 counts. */
export const HRW_CUTOFF = '2023-02-28';

/** Every person record of the incidents, with its incident, in file order. O(p). */
export function peopleOf(incidents: readonly Incident[]): { incident: Incident; person: Person }[] {
  return incidents.flatMap((incident) => (incident.people ?? []).map((person) => ({ incident, person })));
}

/** Counts records, named people, known ages, known causes and minors (`minor: true`). O(p). */
export function countPeople(people: readonly Person[]): PeopleCounts {
  return {
    records: people.length,
    named: people.filter((person) => person.name !== undefined).length,
    withAge: people.filter((person) => person.age !== undefined).length,
    withCause: people.filter((person) => person.cause !== 'unknown').length,
    minors: people.filter((person) => person.minor === true).length,
  };
}

/**
 * The people killed as Markdown tables for data/README.md: how many records are named, aged, with a cause and
 * minors, for everyone and for the civilians killed in clashes up to 28 Feb 2023 (the group HRW and Amnesty
 * 2023 count); then the people by cause for both groups (causes with nobody are left out). O(p).
 */
export function summarizePeople(incidents: readonly Incident[]): string {
  const all = peopleOf(incidents).map(({ person }) => person);
  const comparable = peopleOf(incidents)
    .filter(({ incident, person }) => incident.context === 'clash' && person.role === 'civilian')
    .filter(({ incident }) => incident.date <= HRW_CUTOFF)
    .map(({ person }) => person);
  const countRow = (label: string, counts: PeopleCounts) =>
    `| ${label} | ${counts.records} | ${counts.named} | ${counts.withAge} | ${counts.withCause} | ${counts.minors} |`;
  const causeRows = CAUSES.map((cause) => ({
    cause,
    all: all.filter((person) => person.cause === cause).length,
    comparable: comparable.filter((person) => person.cause === cause).length,
  }))
    .filter((entry) => entry.all > 0)
    .map((entry) => `| ${entry.cause} | ${entry.all} | ${entry.comparable} |`);
  const label = 'civilians killed in clashes to 28 Feb 2023';
  return [
    '| people killed | records | named | with age | with cause | minors |',
    '|---|---:|---:|---:|---:|---:|',
    countRow('all incidents', countPeople(all)),
    countRow(label, countPeople(comparable)),
    '',
    `| cause of death | all incidents | ${label} |`,
    '|---|---:|---:|',
    ...causeRows,
  ].join('\n');
}
