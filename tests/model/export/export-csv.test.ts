import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/data/schema.ts';
import { CSV_COLUMNS, escapeFormula, toCsv } from '../../../src/model/export/export-csv.ts';
import { makeIncident, TOWNS } from '../../factories.ts';

/** The CSV as a spreadsheet would read it: rows of cells, the byte-order mark set aside. */
const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** The first data row of the CSV of one incident, as column → cell. */
function rowOf(incident: Incident, language: 'es' | 'en' = 'es'): Record<string, string | undefined> {
  const cells = parse(toCsv([incident], language))[1] ?? [];
  return Object.fromEntries(CSV_COLUMNS.map((column, k) => [column, cells[k]]));
}

const andahuaylas = makeIncident({
  id: 'andahuaylas-2022-12-11',
  date: '2022-12-11',
  end_date: '2022-12-12',
  department: 'PE-APU',
  place: 'Andahuaylas, "aeródromo"',
  lng: TOWNS.andahuaylas.lng,
  lat: TOWNS.andahuaylas.lat,
  killed: 2,
  injured: 5,
  violations: ['life', 'physical_integrity'],
  perpetrator: 'police_and_army',
  summary_es: 'Línea uno,\r\ncon coma, "comillas" y ñandú.',
  summary_en: 'In English, with a comma.',
  sources: [
    { title: 'A', publisher: 'P', url: 'https://example.org/a', date: '2022-12-12' },
    { title: 'B', publisher: 'P', url: 'https://example.org/b?x=1,2', date: '2022-12-13' },
  ],
});
const huaraz = makeIncident({ id: 'huaraz', department: 'PE-ANC', place: 'Huaraz' });

describe('toCsv(incidents, language)', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads the accents', () => {
    const csv = toCsv([andahuaylas], 'es');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has the ACLED-like header, exactly in order', () => {
    expect(parse(toCsv([andahuaylas], 'es'))[0]).toEqual([
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
    ]);
  });

  it('writes one row per incident, in the order given', () => {
    const rows = parse(toCsv([huaraz, andahuaylas, makeIncident({ id: 'third' })], 'es'));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['huaraz', 'andahuaylas-2022-12-11', 'third']);
  });

  it('reads back to the incident’s values, quotes, commas and line breaks included', () => {
    expect(rowOf(andahuaylas)).toEqual({
      event_id: 'andahuaylas-2022-12-11',
      event_date: '2022-12-11',
      end_date: '2022-12-12',
      admin1: 'Apurímac',
      admin1_iso: 'PE-APU',
      location: 'Andahuaylas, "aeródromo"',
      latitude: String(TOWNS.andahuaylas.lat),
      longitude: String(TOWNS.andahuaylas.lng),
      geo_precision: 'town',
      killed: '2',
      injured: '5',
      violations: 'life; physical_integrity',
      context: 'clash',
      perpetrator: 'police_and_army',
      summary: 'Línea uno,\r\ncon coma, "comillas" y ñandú.',
      sources: 'https://example.org/a; https://example.org/b?x=1,2',
    });
  });

  it('names the department with its accents, and keeps an unknown code as it is', () => {
    expect(rowOf(huaraz).admin1).toBe('Áncash');
    expect(rowOf(makeIncident({ department: 'PE-XXX' })).admin1).toBe('PE-XXX');
  });

  it('leaves end_date empty for a one-day incident', () => {
    expect(rowOf(huaraz).end_date).toBe('');
  });

  it('uses the summary in the language asked for', () => {
    expect(rowOf(andahuaylas, 'en').summary).toBe('In English, with a comma.');
    expect(rowOf(andahuaylas, 'es').summary).toMatch(/^Línea uno/);
  });

  it('ends every line, the last one too, with CRLF', () => {
    const csv = toCsv([huaraz], 'es');
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes only the header for no incidents', () => {
    expect(parse(toCsv([], 'es'))).toEqual([[...CSV_COLUMNS]]);
  });
});

describe('toCsv and formula injection', () => {
  it('defuses a HYPERLINK formula in a place name', () => {
    const incident = makeIncident({ place: '=HYPERLINK("https://evil.example","clic")' });
    expect(rowOf(incident).location).toBe('\'=HYPERLINK("https://evil.example","clic")');
  });

  it('defuses cells starting with +, -, @, tab or carriage return', () => {
    expect(rowOf(makeIncident({ summary_es: '+1+1' })).summary).toBe("'+1+1");
    expect(rowOf(makeIncident({ summary_en: '-2' }), 'en').summary).toBe("'-2");
    expect(rowOf(makeIncident({ place: '@SUM(A1:A9)' })).location).toBe("'@SUM(A1:A9)");
    expect(rowOf(makeIncident({ place: '\t=1' })).location).toBe("'\t=1");
    expect(rowOf(makeIncident({ place: '\r=1' })).location).toBe("'\r=1");
  });

  it('leaves text that merely contains those characters alone', () => {
    expect(rowOf(makeIncident({ place: 'Puno - Juliaca' })).location).toBe('Puno - Juliaca');
    expect(rowOf(makeIncident({ summary_es: 'Dos heridos (+1 después).' })).summary).toBe(
      'Dos heridos (+1 después).',
    );
  });

  it('writes negative coordinates and the counts as bare numbers, never prefixed or quoted', () => {
    const incident = makeIncident({ lng: -70.13, lat: -15.5, killed: 3, injured: 12, place: '=cmd' });
    const line = toCsv([incident], 'es').split('\r\n')[1] ?? '';
    expect(line).toContain(',-15.5,-70.13,town,3,12,');
    expect(rowOf(incident)).toMatchObject({
      latitude: '-15.5',
      longitude: '-70.13',
      killed: '3',
      injured: '12',
    });
    expect(Papa.parse(line, { dynamicTyping: true }).data[0]).toEqual(
      expect.arrayContaining([-15.5, -70.13, 3, 12]),
    );
  });
});

describe('escapeFormula(text)', () => {
  it('prefixes =, +, -, @, tab and carriage return, and nothing else', () => {
    for (const text of ['=1', '+1', '-1', '@a', '\tx', '\rx']) expect(escapeFormula(text)).toBe(`'${text}`);
    for (const text of ['Juliaca', '1', '', "'quoted", ' =1', 'a=b', '\nx']) {
      expect(escapeFormula(text)).toBe(text);
    }
  });
});
