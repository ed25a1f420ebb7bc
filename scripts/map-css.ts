/**
 * MapLibre's stylesheet styles every control it ships (geolocation, fullscreen, compass, terrain, globe, scale,
 * logo, popups, markers, cooperative gestures), most of them with inline SVG icons in several colour schemes:
 * 71 KB, 8 KB brotli, on the first view's path. The app uses the map, its zoom buttons and the attribution.
 * These are the class names of what it does not use; a rule is kept unless every selector in it names one.
 */
export const UNUSED_MAP_CLASSES = [
  'maplibregl-ctrl-geolocate',
  'maplibregl-user-location',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-pseudo-fullscreen',
  'maplibregl-ctrl-compass',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-globe',
  'maplibregl-ctrl-scale',
  'maplibregl-ctrl-logo',
  'maplibregl-popup',
  'maplibregl-marker',
  'maplibregl-cooperative-gesture',
  'maplibregl-desktop-message',
  'maplibregl-mobile-message',
  'maplibregl-spin',
  'maplibregl-crosshair',
  'maplibregl-track-pointer',
] as const;

/** Splits CSS into its top-level blocks (`selector{…}` or `@media …{…}`), braces counted, strings respected. */
function topLevelBlocks(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index];
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        blocks.push(css.slice(start, index + 1).trim());
        start = index + 1;
      }
    }
  }
  const rest = css.slice(start).trim();
  if (rest) blocks.push(rest);
  return blocks;
}

/** Splits a selector list at its top-level commas (not those inside `:is(…)` or `:not(…)`). */
function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index += 1) {
    const char = list[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** True when the selector names a class that starts with one of `unused` (`maplibregl-popup` → `-popup-tip`). */
function namesUnused(selector: string, unused: readonly string[]): boolean {
  const classes = [...selector.matchAll(/\.([\w-]+)/g)].map((match) => match[1] ?? '');
  return classes.some((name) => unused.some((prefix) => name.startsWith(prefix)));
}

/**
 * Removes from a stylesheet the selectors that name an unused class, the rules left with none, and the
 * `@media` blocks left empty; everything else (other at-rules, comments at the top level) is kept as it is.
 * O(n) in the stylesheet's length.
 */
export function trimMapCss(css: string, unused: readonly string[] = UNUSED_MAP_CLASSES): string {
  return topLevelBlocks(css)
    .map((block) => {
      const open = block.indexOf('{');
      if (open < 0 || !block.endsWith('}')) return block;
      const head = block.slice(0, open);
      const body = block.slice(open + 1, -1);
      if (head.trimStart().startsWith('@media') || head.trimStart().startsWith('@supports')) {
        const inner = trimMapCss(body, unused);
        return inner ? `${head}{${inner}}` : '';
      }
      if (head.trimStart().startsWith('@')) return block;
      const kept = splitSelectors(head).filter((selector) => !namesUnused(selector, unused));
      return kept.length > 0 ? `${kept.join(',')}{${body}}` : '';
    })
    .filter(Boolean)
    .join('');
}
