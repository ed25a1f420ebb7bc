import type { VideoFormat } from '../../model/export/video-plan.ts';

/**
 * Takes a clip's frames one by one from a canvas and gives the file at the end. Frames are encoded as they
 * come, so only the encoded file grows; cancel() drops everything.
 */
export interface FrameEncoder {
  /** Encodes what the canvas shows now, at `timestampMs` for `durationMs`; resolves when it can take more. */
  add(timestampMs: number, durationMs: number): Promise<void>;
  finish(): Promise<Blob>;
  cancel(): void;
}

/** H.264 High profile, level 4.0: enough for 1920 × 1080 and 1080 × 1920. */
export const H264_CODEC = 'avc1.640028';
/** VP9 profile 0, level 4.0, 8 bits: WebM where H.264 cannot be encoded (Chromium without proprietary codecs). */
export const VP9_CODEC = 'vp09.00.40.08';

async function canEncode(codec: string, widthPx: number, heightPx: number): Promise<boolean> {
  if (typeof VideoEncoder === 'undefined') return false;
  try {
    const support = await VideoEncoder.isConfigSupported({ codec, width: widthPx, height: heightPx });
    return support.supported === true;
  } catch {
    return false;
  }
}

/**
 * The formats this browser can make at that size: MP4 when it encodes H.264, else WebM when it encodes VP9;
 * GIF always (encoded in JavaScript). WebCodecs needs a secure context (https, or http on 127.0.0.1).
 */
export async function supportedVideoFormats(widthPx: number, heightPx: number): Promise<VideoFormat[]> {
  if (await canEncode(H264_CODEC, widthPx, heightPx)) return ['mp4', 'gif'];
  if (await canEncode(VP9_CODEC, widthPx, heightPx)) return ['webm', 'gif'];
  return ['gif'];
}

/**
 * Opens an encoder for `format` that reads `canvas`. The encoders' libraries (mediabunny, gifenc) are loaded
 * here, on first use, in their own chunks: the page's first view never downloads them.
 */
export async function openFrameEncoder(
  format: VideoFormat,
  canvas: HTMLCanvasElement,
  fixedColours: readonly string[],
): Promise<FrameEncoder> {
  if (format === 'gif') {
    const { createGifEncoder } = await import('./gif-encoder.ts');
    return createGifEncoder(canvas, fixedColours);
  }
  const { createWebCodecsEncoder } = await import('./webcodecs-encoder.ts');
  return createWebCodecsEncoder(canvas, format);
}
