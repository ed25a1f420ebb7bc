import { en } from './en.ts';
import { es } from './es.ts';
import { LANGUAGES, type Language, type Messages } from './messages.ts';

const catalogues: Record<Language, Messages> = { es, en };

/** The message catalogue of a language. */
export function messagesFor(language: Language): Messages {
  return catalogues[language];
}

/** Reads `lang` from a URL query; anything but `es` or `en` gives Spanish, the default. */
export function languageFromSearch(search: string): Language {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : 'es';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
