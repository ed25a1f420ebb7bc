import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCountRange,
  formatDay,
  formatDaySpan,
  formatSeconds,
} from '../../src/i18n/format.ts';

describe('formatDay', () => {
  it('writes a long Spanish date for es', () => {
    expect(formatDay('2023-01-09', 'es')).toBe('9 de enero de 2023');
  });

  it('writes a long English date for en', () => {
    expect(formatDay('2023-01-09', 'en')).toBe('9 January 2023');
  });

  it('keeps the calendar day whatever the time zone of the reader', () => {
    expect(new Date(0).getTimezoneOffset()).not.toBe(0);
    expect(formatDay('2022-12-07', 'es')).toBe('7 de diciembre de 2022');
    expect(formatDay('2023-03-31', 'en')).toBe('31 March 2023');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDay('pronto', 'es')).toBe('pronto');
  });
});

describe('formatDaySpan', () => {
  it('writes one day when there is no end date or the same one', () => {
    expect(formatDaySpan('2023-01-09', undefined, 'en')).toBe('9 January 2023');
    expect(formatDaySpan('2023-01-09', '2023-01-09', 'en')).toBe('9 January 2023');
  });

  it('writes both days of a multi-day event', () => {
    expect(formatDaySpan('2023-01-19', '2023-01-21', 'es')).toBe('19 de enero de 2023 – 21 de enero de 2023');
  });
});

describe('formatCount', () => {
  it('groups thousands per language', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'es').replace(/\s/g, ' ')).toMatch(/^1[ ,.]?234$/);
  });
});

describe('formatSeconds(ms, language)', () => {
  it('gives seconds with up to two decimals, as Peru writes them (a point, like English)', () => {
    expect(formatSeconds(250, 'es')).toBe('0.25');
    expect(formatSeconds(250, 'en')).toBe('0.25');
    expect(formatSeconds(11_500, 'en')).toBe('11.5');
    expect(formatSeconds(1000, 'es')).toBe('1');
  });
});

describe('formatCountRange', () => {
  it('writes one value alone', () => {
    expect(formatCountRange(7, 7, 'es')).toBe('7');
  });

  it('writes a span with an en dash and the language digit grouping', () => {
    expect(formatCountRange(1001, 2000, 'en')).toBe('1,001–2,000');
    expect(formatCountRange(1, 5, 'es')).toBe('1–5');
  });
});
