import Papa from 'papaparse';
import { findDepartment } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';

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
 * The incidents as CSV: a header of CSV_COLUMNS, one row per incident, the summary in `language`, lists joined
 * with "; ". UTF-8 with a byte-order mark so Excel reads the accents, CRLF line ends, quoting by papaparse,
 * every text cell formula-safe; coordinates and counts stay numbers. O(n).
 */
export function toCsv(incidents: readonly Incident[], language: 'es' | 'en'): string {
  const rows = incidents.map((incident) => {
    const text = (value: string) => escapeFormula(value);
    return [
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
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}
