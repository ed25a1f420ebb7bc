import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  countNoun,
  formatCount,
  formatDayNumber,
  formatDayNumberShort,
  formatMonthShort,
  prepareFormats,
} from '../../src/i18n/format.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Intl with its formatters counted each time one is created. */
function countingIntl(): { created: () => number } {
  let created = 0;
  const counted = <T extends object>(formatter: T): T =>
    new Proxy(formatter, {
      construct(target, args) {
        created += 1;
        return Reflect.construct(target as new (...a: unknown[]) => object, args);
      },
    });
  vi.stubGlobal(
    'Intl',
    Object.assign(Object.create(Intl), {
      DateTimeFormat: counted(Intl.DateTimeFormat),
      NumberFormat: counted(Intl.NumberFormat),
      PluralRules: counted(Intl.PluralRules),
    }),
  );
  return { created: () => created };
}

describe('prepareFormats(language)', () => {
  it('creates every formatter the first render uses, so that render creates none', () => {
    const intl = countingIntl();
    prepareFormats('en');
    const prepared = intl.created();
    expect(prepared).toBeGreaterThan(0);
    const day = 19_366;
    expect(formatDayNumberShort(day, 'en')).toBe('9 Jan 2023');
    expect(formatDayNumber(day, 'en')).toBe('9 January 2023');
    expect(formatMonthShort(day, 'en')).toBe('Jan');
    expect(formatCount(1_234, 'en')).toBe('1,234');
    expect(countNoun(2, 'en', { one: 'incident', other: 'incidents' })).toBe('2 incidents');
    expect(intl.created()).toBe(prepared);
  });
});
