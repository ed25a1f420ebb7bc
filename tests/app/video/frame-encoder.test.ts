import { afterEach, describe, expect, it, vi } from 'vitest';
import { H264_CODEC, supportedVideoFormats, VP9_CODEC } from '../../../src/app/video/frame-encoder.ts';

/** A VideoEncoder that supports only the codecs given, and records the sizes it was asked about. */
function stubEncoder(codecs: string[]) {
  const asked: { codec: string; width: number; height: number }[] = [];
  vi.stubGlobal('VideoEncoder', {
    isConfigSupported: async (config: { codec: string; width: number; height: number }) => {
      asked.push(config);
      return { supported: codecs.includes(config.codec) };
    },
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('supportedVideoFormats(widthPx, heightPx)', () => {
  it('offers MP4 and GIF where H.264 High can be encoded', async () => {
    const asked = stubEncoder([H264_CODEC, VP9_CODEC]);
    expect(await supportedVideoFormats(1080, 1920)).toEqual(['mp4', 'gif']);
    expect(asked[0]).toEqual({ codec: 'avc1.640028', width: 1080, height: 1920 });
  });

  it('offers WebM instead where only VP9 can be encoded', async () => {
    stubEncoder([VP9_CODEC]);
    expect(await supportedVideoFormats(1080, 1080)).toEqual(['webm', 'gif']);
  });

  it('offers only GIF where WebCodecs cannot encode either, or is missing', async () => {
    stubEncoder([]);
    expect(await supportedVideoFormats(1080, 1080)).toEqual(['gif']);
    vi.stubGlobal('VideoEncoder', undefined);
    expect(await supportedVideoFormats(1080, 1080)).toEqual(['gif']);
  });

  it('treats a failing check as unsupported', async () => {
    vi.stubGlobal('VideoEncoder', {
      isConfigSupported: async () => {
        throw new TypeError('bad config');
      },
    });
    expect(await supportedVideoFormats(1920, 1080)).toEqual(['gif']);
  });
});
