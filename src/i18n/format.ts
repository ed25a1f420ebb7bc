import { dayToUtcDate, parseIsoDay } from '../data/days.ts';
import type { Language } from './messages.ts';

const locales: Record<Language, string> = { es: 'es-PE', en: 'en-GB' };
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

/**
 * Formats an ISO calendar day (`YYYY-MM-DD`) as a long date in the language, e.g. "9 de enero de 2023" or
 * "9 January 2023". Formatted in UTC on purpose: the day is a day in Peru, not an instant, so the reader's
 * time zone must not shift it. Unparseable text is returned as is.
 */
export function formatDay(isoDay: string, language: Language): string {
  const day = parseIsoDay(isoDay);
  if (day === null) return isoDay;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(dayToUtcDate(day));
}

/** Formats a day span: one day, or "first – last" when `end` is a later day. */
export function formatDaySpan(start: string, end: string | undefined, language: Language): string {
  if (!end || end === start) return formatDay(start, language);
  return `${formatDay(start, language)} – ${formatDay(end, language)}`;
}

/** Formats an integer with the language's digit grouping (1 000 / 1,000). */
export function formatCount(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(locales[language], { maximumFractionDigits: 0 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** A duration in ms as seconds with at most two decimals, in the language's notation (0,25 / 0.25). */
export function formatSeconds(ms: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(ms / 1000);
}

/** Labels a class of whole numbers from `min` to `max` inclusive: "7" for one value, "1–5" otherwise. */
export function formatCountRange(min: number, max: number, language: Language): string {
  return min === max
    ? formatCount(min, language)
    : `${formatCount(min, language)}–${formatCount(max, language)}`;
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();

function shortFormat(
  language: Language,
  options: Intl.DateTimeFormatOptions,
  key: string,
): Intl.DateTimeFormat {
  const id = `${language}|${key}`;
  let format = shortFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { ...options, timeZone: 'UTC' });
    shortFormats.set(id, format);
  }
  return format;
}

/** A day number as a short date, e.g. "9 ene 2023" / "9 Jan 2023". */
export function formatDayNumberShort(dayNumber: number, language: Language): string {
  return shortFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }, 'dmy').format(
    dayToUtcDate(dayNumber),
  );
}

/** A day number as a long date, e.g. "9 de enero de 2023" (for aria-valuetext). */
export function formatDayNumber(dayNumber: number, language: Language): string {
  return shortFormat(language, { dateStyle: 'long' }, 'long').format(dayToUtcDate(dayNumber));
}

/** The short month name of a day number, e.g. "ene" / "Jan", for axis ticks. */
export function formatMonthShort(dayNumber: number, language: Language): string {
  return shortFormat(language, { month: 'short' }, 'm').format(dayToUtcDate(dayNumber));
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of a noun for a count, chosen by the language's Intl.PluralRules ("1 incidente", "2 incidentes"). */
export function pluralOf(count: number, language: Language, forms: { one: string; other: string }): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(locales[language]);
    pluralRules.set(language, rules);
  }
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/** A count with its digit grouping and the noun in the right plural form: "1 incidente", "1 000 incidents". */
export function countNoun(count: number, language: Language, forms: { one: string; other: string }): string {
  return `${formatCount(count, language)} ${pluralOf(count, language, forms)}`;
}

/**
 * Creates the formatters of `language` that the page's first render uses (dates short and long, months,
 * counts, plurals), so that render does not pay for them. The first Intl object of a page loads ICU's data:
 * 60–400 ms in headless Chromium here, whichever formatter comes first, 1–10 ms for each one after it. The
 * caller runs this in a task of its own.
 */
export function prepareFormats(language: Language): void {
  formatDayNumberShort(0, language);
  formatDayNumber(0, language);
  formatMonthShort(0, language);
  formatCount(0, language);
  pluralOf(0, language, { one: '', other: '' });
}
