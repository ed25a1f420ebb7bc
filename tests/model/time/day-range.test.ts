import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/days.ts';
import {
  clampDay,
  moveRangeEnd,
  parseRangeParams,
  rangeLength,
  shiftRange,
  writeRangeParams,
} from '../../../src/model/time/day-range.ts';

const day = (text: string) => parseIsoDay(text) as number;
const bounds = { fromDay: day('2022-12-07'), toDay: day('2023-03-31') };

describe('rangeLength', () => {
  it('counts a single day as one day and the whole period as 115', () => {
    expect(rangeLength({ fromDay: 5, toDay: 5 })).toBe(1);
    expect(rangeLength(bounds)).toBe(115);
  });
});

describe('clampDay', () => {
  it('keeps days inside the bounds', () => {
    expect(clampDay(bounds.fromDay - 10, bounds)).toBe(bounds.fromDay);
    expect(clampDay(bounds.toDay + 10, bounds)).toBe(bounds.toDay);
    expect(clampDay(day('2023-01-09'), bounds)).toBe(day('2023-01-09'));
  });
});

describe('shiftRange', () => {
  it('moves a window keeping its width', () => {
    const week = { fromDay: day('2023-01-01'), toDay: day('2023-01-07') };
    expect(shiftRange(week, 7, bounds)).toEqual({ fromDay: day('2023-01-08'), toDay: day('2023-01-14') });
  });

  it('stops at the end of the period without shrinking', () => {
    const week = { fromDay: day('2023-03-20'), toDay: day('2023-03-26') };
    expect(shiftRange(week, 30, bounds)).toEqual({ fromDay: day('2023-03-25'), toDay: day('2023-03-31') });
  });

  it('stops at the start of the period', () => {
    const week = { fromDay: day('2022-12-10'), toDay: day('2022-12-16') };
    expect(shiftRange(week, -30, bounds)).toEqual({ fromDay: bounds.fromDay, toDay: day('2022-12-13') });
  });
});

describe('moveRangeEnd', () => {
  const range = { fromDay: day('2023-01-01'), toDay: day('2023-01-31') };

  it('moves the start and the end independently', () => {
    expect(moveRangeEnd(range, 'from', day('2023-01-09'), bounds).fromDay).toBe(day('2023-01-09'));
    expect(moveRangeEnd(range, 'to', day('2023-01-09'), bounds).toDay).toBe(day('2023-01-09'));
  });

  it('never lets one end pass the other', () => {
    expect(moveRangeEnd(range, 'from', day('2023-02-15'), bounds)).toEqual({
      fromDay: range.toDay,
      toDay: range.toDay,
    });
    expect(moveRangeEnd(range, 'to', day('2022-12-20'), bounds)).toEqual({
      fromDay: range.fromDay,
      toDay: range.fromDay,
    });
  });
});

describe('parseRangeParams', () => {
  const parse = (query: string) => parseRangeParams(new URLSearchParams(query), bounds);

  it('reads an inclusive single-day range', () => {
    expect(parse('from=2023-01-09&to=2023-01-09')).toEqual({
      range: { fromDay: day('2023-01-09'), toDay: day('2023-01-09') },
      notice: null,
    });
  });

  it('gives the whole period without parameters', () => {
    expect(parse('')).toEqual({ range: bounds, notice: null });
  });

  it('takes a missing end as the end of the period', () => {
    expect(parse('from=2023-01-09').range).toEqual({ fromDay: day('2023-01-09'), toDay: bounds.toDay });
    expect(parse('to=2023-01-09').range).toEqual({ fromDay: bounds.fromDay, toDay: day('2023-01-09') });
  });

  it('falls back to the whole period with a notice for invalid dates', () => {
    expect(parse('from=2023-02-30&to=2023-03-01')).toEqual({ range: bounds, notice: 'invalid-date' });
    expect(parse('from=ayer')).toEqual({ range: bounds, notice: 'invalid-date' });
  });

  it('falls back to the whole period with a notice for a reversed range', () => {
    expect(parse('from=2023-02-01&to=2023-01-01')).toEqual({ range: bounds, notice: 'reversed' });
  });

  it('falls back with a notice for a range wholly outside the period, and clamps one partly outside', () => {
    expect(parse('from=2024-01-01&to=2024-02-01').notice).toBe('outside');
    expect(parse('from=2022-11-01&to=2022-12-10').range).toEqual({
      fromDay: bounds.fromDay,
      toDay: day('2022-12-10'),
    });
  });
});

describe('writeRangeParams', () => {
  it('writes ISO days and round-trips through parseRangeParams', () => {
    const params = new URLSearchParams('lang=en');
    const range = { fromDay: day('2023-01-09'), toDay: day('2023-01-28') };
    writeRangeParams(params, range, bounds);
    expect(params.toString()).toBe('lang=en&from=2023-01-09&to=2023-01-28');
    expect(parseRangeParams(params, bounds).range).toEqual(range);
  });

  it('removes the parameters for the whole period', () => {
    const params = new URLSearchParams('from=2023-01-09&to=2023-01-10');
    writeRangeParams(params, bounds, bounds);
    expect(params.toString()).toBe('');
  });
});
