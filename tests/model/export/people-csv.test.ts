import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/data/schema.ts';
import { PEOPLE_CSV_COLUMNS, toPeopleCsv } from '../../../src/model/export/people-csv.ts';
import { listPeople } from '../../../src/model/people/people-in-view.ts';
import { makeIncident } from '../../factories.ts';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

const SOURCE = { title: 'Fuente', publisher: 'P', url: 'https://example.org/p', date: '2023-01-10' };
const person = (overrides: Partial<Person>): Person => ({
  role: 'civilian',
  cause: 'unknown',
  sources: [SOURCE],
  ...overrides,
});

const incident = makeIncident({
  id: 'juliaca',
  date: '2023-01-09',
  place: 'Juliaca, San Román',
  department: 'PE-PUN',
  killed: 3,
  people: [
    person({
      name: '=HYPERLINK("x")',
      other_names: ['Otra, grafía', 'Tercera'],
      age: 17,
      cause: 'firearm',
      wounds: ['head', 'thorax'],
      injury_date: '2023-01-09',
      death_date: '2023-01-20',
      note_es: 'Nota en castellano.',
      note_en: 'Note in English.',
    }),
    person({ role: 'police', cause: 'blunt_force' }),
  ],
});

function rows(language: 'es' | 'en' = 'es') {
  const [header, ...data] = parse(toPeopleCsv(listPeople([incident]).people, language));
  return {
    header,
    data: data.map((cells) => Object.fromEntries(PEOPLE_CSV_COLUMNS.map((column, k) => [column, cells[k]]))),
  };
}

describe('toPeopleCsv(people, language)', () => {
  it('has a header and one row per person killed, including those without a record', () => {
    const { header, data } = rows();
    expect(header).toEqual([...PEOPLE_CSV_COLUMNS]);
    expect(data).toHaveLength(3);
    expect(data.map((row) => row.recorded)).toEqual(['true', 'true', 'false']);
  });

  it('starts with a byte-order mark and ends every row with CRLF, like the incident CSV', () => {
    const csv = toPeopleCsv(listPeople([incident]).people, 'es');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
  });

  it('writes the incident and the person as recorded', () => {
    const [first] = rows().data;
    expect(first).toMatchObject({
      event_id: 'juliaca',
      event_date: '2023-01-09',
      admin1: 'Puno',
      admin1_iso: 'PE-PUN',
      location: 'Juliaca, San Román',
      other_names: 'Otra, grafía; Tercera',
      age: '17',
      minor: 'true',
      role: 'civilian',
      injury_date: '2023-01-09',
      death_date: '2023-01-20',
      cause: 'firearm',
      wounds: 'head; thorax',
      note: 'Nota en castellano.',
      sources: 'https://example.org/p',
    });
    expect(rows('en').data[0]?.note).toBe('Note in English.');
  });

  it('neutralises a name a spreadsheet would run as a formula', () => {
    expect(rows().data[0]?.name).toBe('\'=HYPERLINK("x")');
  });

  it('leaves the name, age and death date empty when not known, and cites the incident for the unrecorded', () => {
    const third = rows().data[2];
    expect(third).toMatchObject({ name: '', age: '', death_date: '', cause: 'unknown', recorded: 'false' });
    expect(third?.sources).toBe(incident.sources.map((source) => source.url).join('; '));
  });

  it('gives the header alone for nobody', () => {
    expect(parse(toPeopleCsv([], 'es'))).toHaveLength(1);
  });
});
