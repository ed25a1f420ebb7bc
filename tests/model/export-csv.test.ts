import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, escapeFormula, toCsv } from '../../src/model/export-csv.ts';
import { makeIncident } from '../factories.ts';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('toCsv(incidents, language)', () => {
  const incident = makeIncident({
    id: 'andahuaylas',
    date: '2022-12-11',
    end_date: '2022-12-12',
    department: 'PE-ANC',
    place: 'Huaraz, "centro"',
    lng: -73.38,
    lat: -13.66,
    killed: 2,
    injured: 5,
    violations: ['life', 'physical_integrity'],
    summary_es: 'Línea uno,\ncon coma y "comillas".',
    summary_en: 'In English.',
    sources: [
      { title: 'A', publisher: 'P', url: 'https://example.org/a', date: '2022-12-12' },
      { title: 'B', publisher: 'P', url: 'https://example.org/b?x=1,2', date: '2022-12-13' },
    ],
  });

  it('starts with a byte-order mark and the ACLED-like header, in order', () => {
    const csv = toCsv([incident], 'es');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parse(csv)[0]).toEqual([...CSV_COLUMNS]);
  });

  it('writes one row per incident that reads back to the same values', () => {
    const rows = parse(toCsv([incident, makeIncident({ id: 'second' })], 'es'));
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.map((column, k) => [column, rows[1]?.[k]]));
    expect(row).toEqual({
      event_id: 'andahuaylas',
      event_date: '2022-12-11',
      end_date: '2022-12-12',
      admin1: 'Áncash',
      admin1_iso: 'PE-ANC',
      location: 'Huaraz, "centro"',
      latitude: '-13.66',
      longitude: '-73.38',
      geo_precision: 'town',
      killed: '2',
      injured: '5',
      violations: 'life; physical_integrity',
      context: 'clash',
      perpetrator: 'police',
      summary: 'Línea uno,\ncon coma y "comillas".',
      sources: 'https://example.org/a; https://example.org/b?x=1,2',
    });
  });

  it('uses the English summary in English and CRLF line ends', () => {
    const csv = toCsv([incident], 'en');
    expect(parse(csv)[1]?.[14]).toBe('In English.');
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });

  it('defuses cells a spreadsheet would run as formulas, but keeps negative coordinates as numbers', () => {
    const hostile = makeIncident({
      place: '=HYPERLINK("https://evil.example","clic")',
      summary_es: '+1+1',
      summary_en: '-2',
      id: 'x',
    });
    const rows = parse(toCsv([{ ...hostile, perpetrator: 'unknown', place: '@SUM(A1)' }], 'es'));
    expect(rows[1]?.[5]).toBe("'@SUM(A1)");
    expect(rows[1]?.[14]).toBe("'+1+1");
    expect(parse(toCsv([hostile], 'es'))[1]?.[5]).toBe('\'=HYPERLINK("https://evil.example","clic")');
    expect(parse(toCsv([hostile], 'en'))[1]?.[14]).toBe("'-2");
    expect(rows[1]?.[6]).toMatch(/^-\d/);
    expect(rows[1]?.[7]).toMatch(/^-\d/);
  });

  it('writes only the header for no incidents', () => {
    expect(parse(toCsv([], 'es'))).toEqual([[...CSV_COLUMNS]]);
  });
});

describe('escapeFormula(text)', () => {
  it('prefixes =, +, -, @, tab and carriage return, and nothing else', () => {
    for (const text of ['=1', '+1', '-1', '@a', '\tx', '\rx']) expect(escapeFormula(text)).toBe(`'${text}`);
    for (const text of ['Juliaca', '1', '', "'quoted"]) expect(escapeFormula(text)).toBe(text);
  });
});
