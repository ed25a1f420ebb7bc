/** A palette colour as `[r, g, b]`, each 0–255. */
export type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` (any case) as `[r, g, b]`; null for anything else. O(1). */
export function parseHexColour(text: string): Rgb | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short)
    return [short[1], short[2], short[3]].map((digit) => Number.parseInt(`${digit}${digit}`, 16)) as Rgb;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  if (long) return [long[1], long[2], long[3]].map((pair) => Number.parseInt(pair ?? '', 16)) as Rgb;
  return null;
}

/**
 * A GIF palette of at most `size` colours that holds every colour of `fixed` exactly (the legend, the
 * violation palette, the text: what must not shift to a neighbour), then the `quantized` colours of the
 * picture that are not already in it, in their order, until full. Unparsable fixed colours are skipped;
 * duplicates appear once. O((fixed + quantized) × size).
 */
export function buildGifPalette(fixed: readonly string[], quantized: readonly number[][], size = 256): Rgb[] {
  const palette: Rgb[] = [];
  const seen = new Set<number>();
  const add = (rgb: Rgb) => {
    const key = (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
    if (palette.length >= size || seen.has(key)) return;
    seen.add(key);
    palette.push(rgb);
  };
  for (const text of fixed) {
    const rgb = parseHexColour(text);
    if (rgb) add(rgb);
  }
  for (const colour of quantized) add([colour[0] ?? 0, colour[1] ?? 0, colour[2] ?? 0]);
  return palette;
}
