import { describe, expect, it, vi } from 'vitest';
import type { FrameEncoder } from '../../../src/app/video/frame-encoder.ts';
import { exportVideo, type VideoScene } from '../../../src/app/video/video-export.ts';
import { parseIsoDay } from '../../../src/data/days.ts';
import type { VideoFrameOptions, VideoFrameRenderer } from '../../../src/map/map-port.ts';
import type { VideoProgress } from '../../../src/model/export/video-plan.ts';

const day = (iso: string) => parseIsoDay(iso) as number;
const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** A scene whose frames name their last day, so the order of what is drawn can be read back. */
const scene: VideoScene = {
  range: { fromDay: day('2023-01-01'), toDay: day('2023-01-05') },
  region: null,
  fitBox: null,
  totalsOf: (r) => ({ killed: r.toDay - r.fromDay, injured: 0, incidents: 0 }),
  mapStateOf: () => ({
    features: EMPTY,
    selectedId: null,
    regions: { fills: {}, focused: null, focusBox: null },
  }),
  frameOf: (r, totals) => ({
    title: 'title',
    subtitle: `${r.toDay}:${totals.killed}`,
    legend: [],
    legendTitle: '',
    attribution: '',
  }),
  fixedColours: [],
};

/** A renderer that records what it draws; `hang` makes render() wait for ever from that frame on. */
function makeRenderer(hang = Number.POSITIVE_INFINITY) {
  const drawn: string[] = [];
  const state = { options: null as VideoFrameOptions | null, destroyed: 0 };
  const create = async (options: VideoFrameOptions): Promise<VideoFrameRenderer> => {
    state.options = options;
    return {
      viewport: { zoom: 5, bbox: [-82, -19, -68, 1] },
      canvas: {} as HTMLCanvasElement,
      render: (_state, frame) => {
        if (drawn.length >= hang) return new Promise(() => undefined);
        drawn.push(frame.subtitle);
        return Promise.resolve();
      },
      destroy: () => {
        state.destroyed += 1;
      },
    };
  };
  return { create, drawn, state };
}

function makeEncoder() {
  const added: [number, number][] = [];
  const encoder: FrameEncoder & { cancelled: number } = {
    cancelled: 0,
    add: async (timestampMs, durationMs) => {
      added.push([timestampMs, durationMs]);
    },
    finish: async () => new Blob(['video']),
    cancel() {
      encoder.cancelled += 1;
    },
  };
  return { encoder, added, open: vi.fn(async () => encoder) };
}

const request = { format: 'mp4', sizeId: 'landscape', step: 'day', paceMs: 500 } as const;

describe('exportVideo(scene, request, createRenderer, onProgress, signal)', () => {
  it('draws and encodes every day in order, then frees the hidden map', async () => {
    const renderer = makeRenderer();
    const encoder = makeEncoder();
    const progress: VideoProgress[] = [];
    const result = await exportVideo(
      scene,
      request,
      renderer.create,
      (p) => progress.push(p),
      new AbortController().signal,
      encoder.open,
    );
    expect(result.fileName).toBe('peru-protestas_2023-01-01_2023-01-05.mp4');
    expect(renderer.drawn).toEqual([0, 1, 2, 3, 4].map((k) => `${scene.range.fromDay + k}:${k}`));
    expect(encoder.added.map(([timestampMs]) => timestampMs)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(encoder.added.at(-1)?.[1]).toBe(2000);
    expect(progress.map((p) => p.doneFrames)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(progress.every((p) => p.totalFrames === 5)).toBe(true);
    expect(renderer.state.destroyed).toBe(1);
    expect(encoder.encoder.cancelled).toBe(0);
  });

  it('sizes the hidden map to the chosen size, framed at twice the CSS pixels', async () => {
    const renderer = makeRenderer();
    await exportVideo(
      scene,
      request,
      renderer.create,
      () => undefined,
      new AbortController().signal,
      makeEncoder().open,
    );
    expect(renderer.state.options).toMatchObject({ widthPx: 1920, heightPx: 1080, scale: 2, fitBox: null });
  });

  it('stops at once on cancel, even while a frame is being drawn, and frees map and encoder', async () => {
    const renderer = makeRenderer(2);
    const encoder = makeEncoder();
    const abort = new AbortController();
    const done = exportVideo(scene, request, renderer.create, () => undefined, abort.signal, encoder.open);
    await vi.waitFor(() => expect(renderer.drawn).toHaveLength(2));
    abort.abort(new Error('cancelled'));
    await expect(done).rejects.toThrow('cancelled');
    expect(renderer.state.destroyed).toBeGreaterThanOrEqual(1);
    expect(encoder.encoder.cancelled).toBe(1);
    expect(encoder.added).toHaveLength(2);
  });

  it('frees a hidden map that finishes loading after the cancel', async () => {
    let resolveRenderer: (renderer: VideoFrameRenderer) => void = () => undefined;
    let destroyed = 0;
    const abort = new AbortController();
    const done = exportVideo(
      scene,
      request,
      () => new Promise((resolve) => (resolveRenderer = resolve)),
      () => undefined,
      abort.signal,
      makeEncoder().open,
    );
    abort.abort(new Error('cancelled'));
    await expect(done).rejects.toThrow('cancelled');
    resolveRenderer({
      viewport: { zoom: 5, bbox: [0, 0, 1, 1] },
      canvas: {} as HTMLCanvasElement,
      render: async () => undefined,
      destroy: () => {
        destroyed += 1;
      },
    });
    await vi.waitFor(() => expect(destroyed).toBe(1));
  });

  it('frees the hidden map when the encoder cannot be opened', async () => {
    const renderer = makeRenderer();
    const failing = vi.fn(async () => {
      throw new Error('no encoder');
    });
    await expect(
      exportVideo(scene, request, renderer.create, () => undefined, new AbortController().signal, failing),
    ).rejects.toThrow('no encoder');
    expect(renderer.state.destroyed).toBe(1);
  });
});
