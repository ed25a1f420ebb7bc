import { applyPalette, GIFEncoder, quantize } from 'gifenc';
import { buildGifPalette } from '../../model/export/gif-palette.ts';
import type { FrameEncoder } from './frame-encoder.ts';

/**
 * A looping GIF of the canvas's frames. One palette for the whole clip, so colours do not flicker between
 * frames: the fixed colours (legend, violations, text) exactly, then the first frame's own colours. Each
 * frame is indexed and LZW-compressed as it comes; only the compressed bytes are kept.
 */
export function createGifEncoder(canvas: HTMLCanvasElement, fixedColours: readonly string[]): FrameEncoder {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('2D canvas unavailable');
  let gif: ReturnType<typeof GIFEncoder> | null = GIFEncoder();
  let palette: number[][] | null = null;
  return {
    async add(_timestampMs, durationMs) {
      if (!gif) throw new Error('GIF encoder closed');
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      const isFirst = palette === null;
      palette ??= buildGifPalette(fixedColours, quantize(data, 256));
      gif.writeFrame(applyPalette(data, palette), width, height, {
        ...(isFirst ? { palette, repeat: 0 } : {}),
        delay: durationMs,
      });
      // Yields to the page between frames: the encoding runs on the main thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    async finish() {
      if (!gif) throw new Error('GIF encoder closed');
      gif.finish();
      const blob = new Blob([gif.bytes().slice()], { type: 'image/gif' });
      gif = null;
      return blob;
    },
    cancel() {
      gif = null;
      palette = null;
    },
  };
}
