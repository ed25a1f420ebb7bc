import type {
  MapImageFrame as ImageFrame,
  MapViewport,
  MapViewState,
  VideoFrameOptions,
  VideoFrameRenderer,
} from '../../map/map-port.ts';
import {
  estimateRemainingMs,
  planVideo,
  VIDEO_SIZES,
  type VideoProgress,
  type VideoRequest,
} from '../../model/export/video-plan.ts';
import type { DayRange } from '../../model/time/day-range.ts';
import type { Totals } from '../../model/time/totals.ts';
import { type FrameEncoder, openFrameEncoder } from './frame-encoder.ts';

/** Device pixels per CSS pixel of every clip: the frame's text is as large as in the PNG export. */
export const VIDEO_SCALE = 2;

/** The view being filmed, as the app knows it: its range, department, figures, map states and frame text. */
export interface VideoScene {
  range: DayRange;
  region: string | null;
  /** What the hidden map fits: the focused department's box, or null for all of Peru. */
  fitBox: [number, number, number, number] | null;
  totalsOf(range: DayRange): Totals;
  mapStateOf(range: DayRange, viewport: MapViewport): MapViewState;
  frameOf(range: DayRange, totals: Totals): ImageFrame;
  /** Colours a GIF must keep exactly (legend, violations, text). */
  fixedColours: readonly string[];
}

/** Rejects with the signal's reason as soon as it aborts, whatever `promise` is still waiting for. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((done, fail) => {
    const onAbort = () => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        done(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        fail(error);
      },
    );
  });
}

/**
 * Films `scene`: for every step of the plan, sets the hidden map to that range, waits until it is idle, draws
 * the frame and hands it to the encoder before the next one (memory stays bounded). Aborting `signal` stops
 * at once, drops the encoder's output and removes the hidden map. Resolves with the file and its name.
 * `openEncoder` is replaceable for tests.
 */
export async function exportVideo(
  scene: VideoScene,
  request: VideoRequest,
  createRenderer: (options: VideoFrameOptions) => Promise<VideoFrameRenderer>,
  onProgress: (progress: VideoProgress) => void,
  signal: AbortSignal,
  openEncoder: typeof openFrameEncoder = openFrameEncoder,
): Promise<{ blob: Blob; fileName: string }> {
  const plan = planVideo({ ...request, range: scene.range, region: scene.region }, scene.totalsOf);
  const size = VIDEO_SIZES.find((item) => item.id === request.sizeId) ?? VIDEO_SIZES[0];
  const first = plan.frames[0];
  if (!first) throw new Error('no frames');
  onProgress({ doneFrames: 0, totalFrames: plan.frames.length, remainingMs: null });
  const creating = createRenderer({
    widthPx: size.widthPx,
    heightPx: size.heightPx,
    scale: VIDEO_SCALE,
    layout: scene.frameOf(first.range, first.totals),
    fitBox: scene.fitBox,
  });
  // A map still loading when the reader cancels is removed as soon as it exists.
  signal.addEventListener(
    'abort',
    () =>
      void creating.then(
        (late) => late.destroy(),
        () => undefined,
      ),
    {
      once: true,
    },
  );
  const renderer = await unlessAborted(creating, signal);
  let encoder: FrameEncoder | null = null;
  try {
    encoder = await unlessAborted(openEncoder(request.format, renderer.canvas, scene.fixedColours), signal);
    const startedMs = performance.now();
    for (const frame of plan.frames) {
      const state = scene.mapStateOf(frame.range, renderer.viewport);
      await unlessAborted(renderer.render(state, scene.frameOf(frame.range, frame.totals)), signal);
      await unlessAborted(encoder.add(frame.timestampMs, frame.durationMs), signal);
      const doneFrames = frame.index + 1;
      onProgress({
        doneFrames,
        totalFrames: plan.frames.length,
        remainingMs: estimateRemainingMs(doneFrames, plan.frames.length, performance.now() - startedMs),
      });
    }
    const blob = await unlessAborted(encoder.finish(), signal);
    encoder = null;
    return { blob, fileName: plan.fileName };
  } finally {
    encoder?.cancel();
    renderer.destroy();
  }
}
