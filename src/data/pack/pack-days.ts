import type { Table } from 'apache-arrow';
import { formatIsoDay, parseIsoDay } from '../days.ts';
import { readNumbers } from './arrow-columns.ts';
import type { DictionaryColumn } from './pack-format.ts';

/** A day column of a pack as a dictionary of ISO days (each distinct day formatted once), −1 for null. */
export interface DayColumn extends DictionaryColumn {
  days: Float64Array;
  values: string[];
}

/** The pack's `date` and `end_date`, and the per-row check of validateCollection's dates. */
export interface PackDays {
  date: DayColumn & { valid: Uint8Array | null };
  endDate: DayColumn;
  /** Reports row `row`'s date problems with validateCollection's words (the date is known to be present). */
  check(row: number, add: (field: string, message: string) => void): void;
  /** Sets `suspect[row]` to 1 for each row whose date is missing or that `check` may report. O(rows). */
  mark(suspect: Uint8Array): void;
}

/** Day numbers a Date can hold (±100,000,000 days around 1970); beyond them a day cannot be written as ISO. */
const MAX_DAY = 100_000_000;

/** Reads the Date32<DAY> columns `date` and `end_date`; checks them against the inclusive `period`. O(rows). */
export function readDays(table: Table, period: { first: string; last: string }): PackDays {
  const firstDay = parseIsoDay(period.first) ?? Number.NEGATIVE_INFINITY;
  const lastDay = parseIsoDay(period.last) ?? Number.POSITIVE_INFINITY;
  const range = `${period.first}…${period.last}`;
  const date = dayColumn(table, 'date');
  const endDate = dayColumn(table, 'end_date');
  const isCalendar = (day: number) => Number.isInteger(day) && Math.abs(day) <= MAX_DAY;
  const iso = (column: DayColumn, row: number) => column.values[column.codes[row] as number] as string;
  return {
    date,
    endDate,
    check(row, add) {
      const day = date.days[row] as number;
      const isDay = isCalendar(day);
      if (!isDay) add('date', `day number ${day} is not a calendar day`);
      else if (day < firstDay || day > lastDay) add('date', `${iso(date, row)} is outside ${range}`);
      if ((endDate.codes[row] as number) < 0) return;
      const endDay = endDate.days[row] as number;
      if (!isCalendar(endDay)) add('end_date', `day number ${endDay} is not a calendar day`);
      else if (isDay && endDay < day)
        add('end_date', `${iso(endDate, row)} is before date ${iso(date, row)}`);
      else if (endDay > lastDay) add('end_date', `${iso(endDate, row)} is outside ${range}`);
    },
    mark(suspect) {
      for (let row = 0; row < suspect.length; row += 1) {
        const day = date.days[row] as number;
        const isBad =
          (date.valid !== null && date.valid[row] === 0) ||
          !isCalendar(day) ||
          day < firstDay ||
          day > lastDay ||
          ((endDate.codes[row] as number) >= 0 && !isEndGood(endDate.days[row] as number, day));
        if (isBad) suspect[row] = 1;
      }
    },
  };
  function isEndGood(endDay: number, day: number): boolean {
    return isCalendar(endDay) && endDay >= day && endDay <= lastDay;
  }
}

function dayColumn(table: Table, name: string): DayColumn & { valid: Uint8Array | null } {
  const { values: days, valid } = readNumbers(table, name, 'day');
  const codes = new Int32Array(days.length);
  const values: string[] = [];
  const seen = new Map<number, number>();
  for (let row = 0; row < days.length; row += 1) {
    if (valid !== null && valid[row] === 0) {
      codes[row] = -1;
      continue;
    }
    const day = days[row] as number;
    let code = seen.get(day);
    if (code === undefined) {
      code = values.length;
      values.push(Math.abs(day) <= MAX_DAY ? formatIsoDay(day) : String(day));
      seen.set(day, code);
    }
    codes[row] = code;
  }
  return { days, valid, codes, values };
}

/** The kept rows of a day column, as the dictionary column the page reads. O(kept). */
export function keepRows(column: DayColumn, kept: readonly number[]): DictionaryColumn {
  const codes = new Int32Array(kept.length);
  for (let k = 0; k < kept.length; k += 1) codes[k] = column.codes[kept[k] as number] as number;
  return { codes, values: column.values };
}
