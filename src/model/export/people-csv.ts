import Papa from 'papaparse';
import { findDepartment } from '../../data/departments.ts';
import type { PersonInView } from '../people/people-in-view.ts';
import { escapeFormula } from './export-csv.ts';

/** The columns of the people CSV: the incident, then the person as recorded. */
export const PEOPLE_CSV_COLUMNS = [
  'event_id',
  'event_date',
  'admin1',
  'admin1_iso',
  'location',
  'name',
  'other_names',
  'age',
  'minor',
  'role',
  'injury_date',
  'death_date',
  'cause',
  'wounds',
  'recorded',
  'note',
  'sources',
] as const;

/**
 * The people as CSV, one row a person in the order given (pass listPeople's people for the view): `name` is
 * empty when not published, `age` and `death_date` when unknown; `minor` and `recorded` are `true`/`false`
 * (`recorded` is false for people an incident counts without a record of them); lists are joined with "; ";
 * the note is in `language`. The same conventions as the incident CSV (toCsv): a byte-order mark, CRLF line
 * ends with a final one, papaparse quoting, every text cell formula-safe, numbers as numbers. O(p).
 */
export function toPeopleCsv(people: readonly PersonInView[], language: 'es' | 'en'): string {
  const text = escapeFormula;
  const rows = people.map((person) => {
    const incident = person.incident;
    return [
      text(incident.id),
      text(incident.date),
      text(findDepartment(incident.department)?.name ?? incident.department),
      text(incident.department),
      text(incident.place),
      text(person.name ?? ''),
      text(person.otherNames.join('; ')),
      person.age ?? '',
      String(person.isMinor),
      text(person.role),
      text(person.injuryDate),
      text(person.deathDate ?? ''),
      text(person.cause),
      text(person.wounds.join('; ')),
      String(person.isRecorded),
      text((language === 'es' ? person.noteEs : person.noteEn) ?? ''),
      text(person.sources.map((source) => source.url).join('; ')),
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: [...PEOPLE_CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}
