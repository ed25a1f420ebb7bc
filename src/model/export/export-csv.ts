import Papa from 'papaparse';
import { findDepartment } from '../../data/departments.ts';
import type { Incident } from '../../data/schema.ts';

/** The CSV columns, modelled on ACLED's export. */
export const CSV_COLUMNS = [
  'event_id',
  'event_date',
  'end_date',
  'admin1',
  'admin1_iso',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'killed',
  'injured',
  'violations',
  'context',
  'perpetrator',
  'summary',
  'sources',
] as const;

/**
 * Neutralises a text cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) by putting an apostrophe first, the OWASP advice. Numbers are never passed here. O(1).
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The incidents as CSV: a header of CSV_COLUMNS, one row per incident in the order given, the summary in
 * `language`, violations and source URLs joined with "; ". Starts with a byte-order mark so Excel reads the
 * accents as UTF-8; CRLF line ends (RFC 4180), the last row ends with one too; fields quoted by papaparse only
 * where needed (a comma, a quote, a line break, a space at either end). Every text cell is formula-safe (escapeFormula); latitude,
 * longitude, killed and injured are written as plain numbers, so a negative coordinate is never prefixed.
 * `admin1` is the department's name, or its code when the code is unknown; `end_date` is empty for a
 * one-day incident. No incidents gives the header alone. O(n).
 */
export function toCsv(incidents: readonly Incident[], language: 'es' | 'en'): string {
  const text = escapeFormula;
  const rows = incidents.map((incident) => [
    text(incident.id),
    text(incident.date),
    text(incident.end_date ?? ''),
    text(findDepartment(incident.department)?.name ?? incident.department),
    text(incident.department),
    text(incident.place),
    incident.lat,
    incident.lng,
    text(incident.precision),
    incident.killed,
    incident.injured,
    text(incident.violations.join('; ')),
    text(incident.context),
    text(incident.perpetrator),
    text(language === 'es' ? incident.summary_es : incident.summary_en),
    text(incident.sources.map((source) => source.url).join('; ')),
  ]);
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}
