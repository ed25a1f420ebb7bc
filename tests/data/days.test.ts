import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/data/days.ts';

describe('parseIsoDay', () => {
  it('parseIsoDay("1970-01-01") is day 0', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
  });

  it('counts consecutive days across a year change', () => {
    expect((parseIsoDay('2023-01-01') ?? 0) - (parseIsoDay('2022-12-31') ?? 0)).toBe(1);
  });

  it('rejects impossible calendar days', () => {
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2022-13-01')).toBeNull();
    expect(parseIsoDay('2023-04-31')).toBeNull();
  });

  it('rejects text that is not YYYY-MM-DD', () => {
    for (const text of ['2023-1-9', '09/01/2023', '2023-01-09T00:00:00Z', '', 'enero']) {
      expect(parseIsoDay(text)).toBeNull();
    }
  });

  it('does not depend on the time zone the tests run in', () => {
    expect(new Date(0).getTimezoneOffset()).not.toBe(0);
    expect(formatIsoDay(parseIsoDay('2023-01-09') ?? 0)).toBe('2023-01-09');
  });
});

describe('formatIsoDay', () => {
  it('is the inverse of parseIsoDay for every day of the period', () => {
    const first = parseIsoDay('2022-12-07') ?? 0;
    const last = parseIsoDay('2023-03-31') ?? 0;
    for (let day = first; day <= last; day += 1) expect(parseIsoDay(formatIsoDay(day))).toBe(day);
    expect(last - first + 1).toBe(115);
  });
});
