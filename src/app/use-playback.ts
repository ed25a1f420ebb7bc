import { useEffect, useRef } from 'react';
import { type DayRange, shiftRange } from '../model/time/day-range.ts';

/**
 * While `isPlaying`, advances the range by `speed` days per second (whole days, window width kept) on
 * animation frames, and calls `onEnd` once the range reaches the end of the bounds.
 */
export function usePlayback(options: {
  isPlaying: boolean;
  speed: number;
  range: DayRange;
  bounds: DayRange;
  onRangeChange(range: DayRange): void;
  onEnd(): void;
}): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    if (!options.isPlaying) return;
    let frame = 0;
    let last: number | null = null;
    let carriedDays = 0;
    const tick = (now: number) => {
      const { speed, range, bounds, onRangeChange, onEnd } = latest.current;
      if (last !== null) carriedDays += ((now - last) / 1000) * speed;
      last = now;
      const wholeDays = Math.floor(carriedDays);
      if (wholeDays >= 1) {
        carriedDays -= wholeDays;
        const next = shiftRange(range, wholeDays, bounds);
        onRangeChange(next);
        if (next.toDay >= bounds.toDay) {
          onEnd();
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [options.isPlaying]);
}
