import type { DayRange } from '../time/day-range.ts';
import type { Totals } from '../time/totals.ts';
import { exportFileName } from './export-names.ts';

/** How far the story moves between two frames: one day or one week. */
export type VideoStep = 'day' | 'week';
/** The containers offered: H.264 in MP4, VP9 in WebM (where H.264 cannot be encoded) and GIF. */
export type VideoFormat = 'mp4' | 'webm' | 'gif';

export const VIDEO_STEPS: readonly VideoStep[] = ['day', 'week'];
export const VIDEO_FORMATS: readonly VideoFormat[] = ['mp4', 'webm', 'gif'];

/** The sizes offered, in device pixels: square for feeds, landscape, and portrait for stories. */
export const VIDEO_SIZES = [
  { id: 'square', widthPx: 1080, heightPx: 1080 },
  { id: 'landscape', widthPx: 1920, heightPx: 1080 },
  { id: 'portrait', widthPx: 1080, heightPx: 1920 },
] as const;
export type VideoSizeId = (typeof VIDEO_SIZES)[number]['id'];

/** How long each frame shows, in ms: slow, normal, fast. */
export const VIDEO_PACES_MS = [1000, 500, 250] as const;
/** How long the last frame holds, so the final figures can be read before the clip ends or loops. */
export const VIDEO_HOLD_MS = 1500;

const STEP_DAYS: Record<VideoStep, number> = { day: 1, week: 7 };

/** What the reader chose in the dialog. */
export interface VideoRequest {
  format: VideoFormat;
  sizeId: VideoSizeId;
  step: VideoStep;
  paceMs: number;
}

export interface VideoProgress {
  doneFrames: number;
  totalFrames: number;
  /** null until the first frame is done. */
  remainingMs: number | null;
}

/** One frame of the clip: what the map shows (from the first day to this step's last), and when. */
export interface VideoFrameStep {
  index: number;
  /** Inclusive: always from the clip's first day, so figures and the map accumulate as the story goes. */
  range: DayRange;
  /** The running totals of `range`. */
  totals: Totals;
  timestampMs: number;
  durationMs: number;
}

export interface VideoPlan {
  frames: VideoFrameStep[];
  fileName: string;
  durationMs: number;
}

export interface VideoPlanInput {
  /** The range shown, inclusive of both days. */
  range: DayRange;
  region: string | null;
  step: VideoStep;
  format: VideoFormat;
  /** How long each frame shows, in ms (> 0). */
  paceMs: number;
  /** How much longer the last frame shows, in ms (≥ 0). */
  holdMs?: number;
}

/**
 * The frames of a clip of `input.range`: one per day (or per week, the last one ending on the range's last
 * day, however short), each covering the range's first day to its own last day, with the running totals
 * that `totalsOf` gives for that inclusive range and its place on the clip's time line. Every frame lasts
 * `paceMs`; the last one `paceMs + holdMs`. A one-day range gives one frame. O(frames × cost of totalsOf).
 */
export function planVideo(input: VideoPlanInput, totalsOf: (range: DayRange) => Totals): VideoPlan {
  const { range, step, paceMs } = input;
  const holdMs = input.holdMs ?? VIDEO_HOLD_MS;
  const stepDays = STEP_DAYS[step];
  const frames: VideoFrameStep[] = [];
  let timestampMs = 0;
  for (let endDay = range.fromDay + stepDays - 1; ; endDay += stepDays) {
    const toDay = Math.min(endDay, range.toDay);
    const isLast = toDay === range.toDay;
    const durationMs = isLast ? paceMs + holdMs : paceMs;
    const frameRange = { fromDay: range.fromDay, toDay };
    frames.push({
      index: frames.length,
      range: frameRange,
      totals: totalsOf(frameRange),
      timestampMs,
      durationMs,
    });
    timestampMs += durationMs;
    if (isLast) break;
  }
  return {
    frames,
    fileName: exportFileName(range, input.region, input.format),
    durationMs: timestampMs,
  };
}

/**
 * The time left, in ms, if the remaining frames take as long as the done ones did on average; null before
 * the first frame is done (nothing to go on). O(1).
 */
export function estimateRemainingMs(
  doneFrames: number,
  totalFrames: number,
  elapsedMs: number,
): number | null {
  if (doneFrames <= 0) return null;
  return Math.max(0, Math.round((elapsedMs / doneFrames) * (totalFrames - doneFrames)));
}
