import { BASEMAP_COLOURS } from '../theme/colours.ts';

/** What is drawn around the map in an exported image: a title, the dates, a legend and the attribution. */
export interface ImageFrame {
  title: string;
  subtitle: string;
  /** Legend entries: a colour swatch and its label (choropleth classes, for example). */
  legend: { colour: string; label: string }[];
  legendTitle: string;
  attribution: string;
}

const PADDING_PX = 16;
const TITLE_PX = 20;
const TEXT_PX = 13;
const FONT = 'system-ui, "DejaVu Sans", "Liberation Sans", sans-serif';

/** The heights, in device pixels, of the band above the map (title, subtitle) and below it (legend, attribution). */
export function frameInsets(frame: ImageFrame, scale: number): { headerPx: number; footerPx: number } {
  const s = (px: number) => Math.round(px * scale);
  const legendRows = Math.max(1, Math.ceil(frame.legend.length / 4));
  return {
    headerPx: s(PADDING_PX * 2 + TITLE_PX + TEXT_PX + 6),
    footerPx: s(PADDING_PX * 2 + (TEXT_PX + 8) * (legendRows + 2)),
  };
}

/**
 * Draws `map` (a canvas already at `scale` device pixels per CSS pixel) with the frame around it onto a new
 * canvas: title and subtitle above, legend and attribution below, all at the same scale. Text is drawn with
 * fillText, never parsed as markup. Returns the canvas; the caller encodes it.
 */
export function composeMapImage(map: HTMLCanvasElement, frame: ImageFrame, scale: number): HTMLCanvasElement {
  const { headerPx, footerPx } = frameInsets(frame, scale);
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = headerPx + map.height + footerPx;
  drawFramedMap(canvas, map, frame, scale);
  return canvas;
}

/**
 * Draws the frame onto `canvas` (its whole size) with `map` between the header and the footer, the footer
 * against the bottom edge: the same drawing as the PNG export, for a canvas of a fixed size (a video frame).
 */
export function drawFramedMap(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  map: HTMLCanvasElement,
  frame: ImageFrame,
  scale: number,
): void {
  const width = canvas.width;
  const s = (px: number) => Math.round(px * scale);
  const { headerPx: header, footerPx: footer } = frameInsets(frame, scale);
  const legendRows = Math.max(1, Math.ceil(frame.legend.length / 4));
  const context = canvas.getContext('2d') as
    | CanvasRenderingContext2D
    | OffscreenCanvasRenderingContext2D
    | null;
  if (!context) throw new Error('2D canvas unavailable');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1d1b18';
  context.textBaseline = 'top';
  context.font = `600 ${s(TITLE_PX)}px ${FONT}`;
  context.fillText(frame.title, s(PADDING_PX), s(PADDING_PX), width - s(PADDING_PX * 2));
  context.font = `${s(TEXT_PX)}px ${FONT}`;
  context.fillStyle = '#5d5953';
  context.fillText(frame.subtitle, s(PADDING_PX), s(PADDING_PX + TITLE_PX + 6), width - s(PADDING_PX * 2));
  // The map's canvas is clear where nothing is drawn (style.ts draws no background): the sea goes beneath it.
  context.fillStyle = BASEMAP_COLOURS.sea;
  context.fillRect(0, header, map.width, map.height);
  context.drawImage(map, 0, header);

  let y = canvas.height - footer + s(PADDING_PX);
  context.fillStyle = '#1d1b18';
  context.fillText(frame.legendTitle, s(PADDING_PX), y, width - s(PADDING_PX * 2));
  y += s(TEXT_PX + 8);
  const column = (width - s(PADDING_PX * 2)) / 4;
  frame.legend.forEach((entry, k) => {
    const x = s(PADDING_PX) + (k % 4) * column;
    const rowY = y + Math.floor(k / 4) * s(TEXT_PX + 8);
    context.fillStyle = entry.colour;
    context.fillRect(x, rowY, s(TEXT_PX * 1.4), s(TEXT_PX));
    context.strokeStyle = '#8d8a83';
    context.lineWidth = Math.max(1, scale / 2);
    context.strokeRect(x, rowY, s(TEXT_PX * 1.4), s(TEXT_PX));
    context.fillStyle = '#1d1b18';
    context.fillText(entry.label, x + s(TEXT_PX * 1.4 + 6), rowY, column - s(TEXT_PX * 1.4 + 10));
  });
  y += legendRows * s(TEXT_PX + 8);
  context.fillStyle = '#5d5953';
  context.fillText(frame.attribution, s(PADDING_PX), y, width - s(PADDING_PX * 2));
}
