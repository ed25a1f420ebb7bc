import type { DayRange } from '../time/day-range.ts';
import { type LinkState, writeLinkParams } from './link-params.ts';

/** The script publishers include beside the iframe so it takes the height the map asks for. */
export const EMBED_SCRIPT = 'embed.js';

/**
 * The link to a view: `pageUrl` (the app's address, any query) with the view's parameters, the language, and
 * `embed=1` when `isEmbed` (without the side panel's tab, which the embed does not have), every other parameter
 * dropped. O(parameters).
 */
export function viewUrl(
  pageUrl: string,
  state: LinkState & { language: string },
  bounds: DayRange,
  isEmbed = false,
): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lang', state.language);
  writeLinkParams(url.searchParams, state, bounds);
  if (isEmbed) {
    url.searchParams.delete('panel');
    url.searchParams.set('embed', '1');
  }
  return url.href;
}

/**
 * The two embed codes the share dialog offers for an embed URL: a responsive one (an iframe plus embed.js,
 * which applies the height the map posts, as Datawrapper and Flourish embeds do) and a plain iframe of fixed
 * height. Attribute values are HTML-escaped, so no title or URL can break out of the markup.
 */
export function embedSnippets(
  embedUrl: string,
  title: string,
  heightPx = 640,
): { responsive: string; fixed: string } {
  const src = escapeAttribute(embedUrl);
  const name = escapeAttribute(title);
  const script = escapeAttribute(new URL(EMBED_SCRIPT, embedUrl).href);
  const iframe = (style: string, height: number) =>
    `<iframe src="${src}" title="${name}" style="${style}" height="${height}" loading="lazy" allow="clipboard-write"></iframe>`;
  return {
    responsive: `${iframe('width:100%;border:0;', heightPx)}\n<script src="${script}" async></script>`,
    fixed: iframe('width:100%;border:0;', heightPx),
  };
}

/** Escapes text for a double-quoted HTML attribute. O(length). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
