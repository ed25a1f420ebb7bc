import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlayback } from '../../src/app/use-playback.ts';
import type { DayRange } from '../../src/model/time/day-range.ts';

const BOUNDS: DayRange = { fromDay: 100, toDay: 110 };

/** The hook wired as the app wires it: the range and the play state live in React state. */
function renderPlayback(start: { range: DayRange; speed: number; isPlaying: boolean }) {
  const ends = vi.fn();
  const hook = renderHook(() => {
    const [range, setRange] = useState(start.range);
    const [isPlaying, setPlaying] = useState(start.isPlaying);
    usePlayback({
      isPlaying,
      speed: start.speed,
      range,
      bounds: BOUNDS,
      onRangeChange: setRange,
      onEnd: () => {
        ends();
        setPlaying(false);
      },
    });
    return { range, isPlaying, setPlaying };
  });
  return { ...hook, ends };
}

/** Runs the frames of `ms` milliseconds one by one, letting React render between them as a browser does. */
function advance(ms: number) {
  for (let elapsed = 0; elapsed < ms; elapsed += 16)
    act(() => vi.advanceTimersByTime(Math.min(16, ms - elapsed)));
}

describe('usePlayback', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves the window by `speed` whole days per second, keeping its width', () => {
    const { result } = renderPlayback({ range: { fromDay: 100, toDay: 102 }, speed: 2, isPlaying: true });
    advance(400);
    expect(result.current.range).toEqual({ fromDay: 100, toDay: 102 });
    advance(700);
    expect(result.current.range).toEqual({ fromDay: 102, toDay: 104 });
    advance(1000);
    expect(result.current.range).toEqual({ fromDay: 104, toDay: 106 });
  });

  it('does nothing while paused', () => {
    const { result } = renderPlayback({ range: { fromDay: 100, toDay: 102 }, speed: 4, isPlaying: false });
    advance(3000);
    expect(result.current.range).toEqual({ fromDay: 100, toDay: 102 });
  });

  it('stops where it was when paused, and resumes from there', () => {
    const { result } = renderPlayback({ range: { fromDay: 100, toDay: 100 }, speed: 1, isPlaying: true });
    advance(2100);
    const paused = result.current.range;
    expect(paused.fromDay).toBeGreaterThan(100);
    act(() => result.current.setPlaying(false));
    advance(5000);
    expect(result.current.range).toEqual(paused);
    act(() => result.current.setPlaying(true));
    advance(1100);
    expect(result.current.range.fromDay).toBe(paused.fromDay + 1);
  });

  it('stops at the end of the period, with the window whole, and says so once', () => {
    const { result, ends } = renderPlayback({
      range: { fromDay: 100, toDay: 103 },
      speed: 5,
      isPlaying: true,
    });
    advance(10_000);
    expect(result.current.range).toEqual({ fromDay: 107, toDay: 110 });
    expect(result.current.isPlaying).toBe(false);
    expect(ends).toHaveBeenCalledTimes(1);
  });
});
