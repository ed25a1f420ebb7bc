import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
} from 'mediabunny';
import { type FrameEncoder, H264_CODEC, VP9_CODEC } from './frame-encoder.ts';

/**
 * H.264 in MP4 (or VP9 in WebM) through the browser's WebCodecs VideoEncoder, muxed by mediabunny into
 * memory. Each frame is encoded when added and waits for the encoder's backpressure, so frames never pile up.
 */
export async function createWebCodecsEncoder(
  canvas: HTMLCanvasElement,
  format: 'mp4' | 'webm',
): Promise<FrameEncoder> {
  const target = new BufferTarget();
  const output = new Output({
    format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target,
  });
  const source = new CanvasSource(canvas, {
    codec: format === 'mp4' ? 'avc' : 'vp9',
    fullCodecString: format === 'mp4' ? H264_CODEC : VP9_CODEC,
    bitrate: QUALITY_HIGH,
    keyFrameInterval: 2,
  });
  output.addVideoTrack(source);
  await output.start();
  let isCancelled = false;
  return {
    add: (timestampMs, durationMs) => source.add(timestampMs / 1000, durationMs / 1000),
    async finish() {
      source.close();
      await output.finalize();
      if (!target.buffer) throw new Error('the video is empty');
      return new Blob([target.buffer], { type: format === 'mp4' ? 'video/mp4' : 'video/webm' });
    },
    cancel() {
      if (isCancelled) return;
      isCancelled = true;
      void output.cancel().catch(() => undefined);
    },
  };
}
