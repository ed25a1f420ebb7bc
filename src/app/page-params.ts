import { isLanguage } from '../i18n/language.ts';
import { dataUrlFromSearch } from './data-url.ts';

/** Every parameter a link to the page may carry; any other name is noticed and ignored. */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set([
  'lang',
  'embed',
  'data',
  'from',
  'to',
  'cat',
  'context',
  'perpetrator',
  'region',
  'measure',
  'incident',
  'map',
  'panel',
]);

/**
 * The page-level parameters of a link that cannot be used, by name, for the "ignored" notice: a `lang`
 * other than es or en, an `embed` other than 1 (or 0), a `data` path the app refuses to load, and any name
 * the app does not know. Each name once, in the link's order; at most 10, each cut to 40 characters, since the
 * link is untrusted. O(length of the query).
 */
export function ignoredPageParams(search: string): string[] {
  const params = new URLSearchParams(search);
  const ignored = new Set<string>();
  const lang = params.get('lang');
  if (lang !== null && !isLanguage(lang)) ignored.add('lang');
  const embed = params.get('embed');
  if (embed !== null && embed !== '1' && embed !== '0') ignored.add('embed');
  const data = params.get('data');
  if (data !== null && dataUrlFromSearch(search) !== data) ignored.add('data');
  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name)) ignored.add(name.length > 40 ? `${name.slice(0, 40)}…` : name);
  }
  return [...ignored].slice(0, 10);
}
