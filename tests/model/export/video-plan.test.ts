import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/days.ts';
import { estimateRemainingMs, planVideo } from '../../../src/model/export/video-plan.ts';
import type { DayRange } from '../../../src/model/time/day-range.ts';

const day = (iso: string) => parseIsoDay(iso) as number;
const range = (from: string, to: string): DayRange => ({ fromDay: day(from), toDay: day(to) });
/** Totals that reveal the range they were asked for: one person killed per day, the first day as injured. */
const totalsOf = (r: DayRange) => ({ killed: r.toDay - r.fromDay + 1, injured: r.fromDay, incidents: 1 });
const january = range('2023-01-01', '2023-01-20');

describe('planVideo(input, totalsOf)', () => {
  it('gives one frame per day, each from the first day to its own', () => {
    const plan = planVideo(
      { range: january, region: null, step: 'day', format: 'mp4', paceMs: 500 },
      totalsOf,
    );
    expect(plan.frames).toHaveLength(20);
    expect(plan.frames.map((frame) => frame.range.toDay)).toEqual(
      Array.from({ length: 20 }, (_, k) => january.fromDay + k),
    );
    expect(plan.frames.every((frame) => frame.range.fromDay === january.fromDay)).toBe(true);
    expect(plan.frames.map((frame) => frame.index)).toEqual(Array.from({ length: 20 }, (_, k) => k));
  });

  it('gives each frame the running totals of its range', () => {
    const plan = planVideo(
      { range: january, region: null, step: 'day', format: 'mp4', paceMs: 500 },
      totalsOf,
    );
    expect(plan.frames.map((frame) => frame.totals.killed)).toEqual(
      Array.from({ length: 20 }, (_, k) => k + 1),
    );
    expect(plan.frames.every((frame) => frame.totals.injured === january.fromDay)).toBe(true);
  });

  it('steps by weeks, the last frame ending on the last day however short its week', () => {
    const plan = planVideo(
      { range: january, region: null, step: 'week', format: 'gif', paceMs: 500 },
      totalsOf,
    );
    expect(plan.frames.map((frame) => frame.range.toDay)).toEqual([
      day('2023-01-07'),
      day('2023-01-14'),
      day('2023-01-20'),
    ]);
  });

  it('ends a range of whole weeks on its last day without an extra frame', () => {
    const twoWeeks = range('2023-01-01', '2023-01-14');
    const plan = planVideo(
      { range: twoWeeks, region: null, step: 'week', format: 'gif', paceMs: 500 },
      totalsOf,
    );
    expect(plan.frames.map((frame) => frame.range.toDay)).toEqual([day('2023-01-07'), day('2023-01-14')]);
  });

  it('makes one frame of a single day', () => {
    const one = range('2023-01-09', '2023-01-09');
    const plan = planVideo({ range: one, region: null, step: 'week', format: 'mp4', paceMs: 250 }, totalsOf);
    expect(plan.frames).toHaveLength(1);
    expect(plan.frames[0]?.range).toEqual(one);
  });

  it('places frames back to back at the pace and holds the last one longer', () => {
    const plan = planVideo(
      {
        range: range('2023-01-01', '2023-01-03'),
        region: null,
        step: 'day',
        format: 'mp4',
        paceMs: 250,
        holdMs: 1500,
      },
      totalsOf,
    );
    expect(plan.frames.map((frame) => [frame.timestampMs, frame.durationMs])).toEqual([
      [0, 250],
      [250, 250],
      [500, 1750],
    ]);
    expect(plan.durationMs).toBe(2250);
  });

  it('holds the last frame for one to two seconds by default', () => {
    const plan = planVideo(
      { range: january, region: null, step: 'day', format: 'mp4', paceMs: 500 },
      totalsOf,
    );
    const last = plan.frames.at(-1);
    expect((last?.durationMs ?? 0) - 500).toBeGreaterThanOrEqual(1000);
    expect((last?.durationMs ?? 0) - 500).toBeLessThanOrEqual(2000);
  });

  it('names the file by the whole range, department and format', () => {
    const input = { range: january, region: null, step: 'day', format: 'mp4', paceMs: 500 } as const;
    expect(planVideo(input, totalsOf).fileName).toBe('peru-protestas_2023-01-01_2023-01-20.mp4');
    expect(planVideo({ ...input, region: 'PE-PUN', format: 'gif' }, totalsOf).fileName).toBe(
      'peru-protestas_PE-PUN_2023-01-01_2023-01-20.gif',
    );
  });

  it('asks for the totals once per frame', () => {
    let calls = 0;
    planVideo({ range: january, region: null, step: 'day', format: 'webm', paceMs: 500 }, (r) => {
      calls += 1;
      return totalsOf(r);
    });
    expect(calls).toBe(20);
  });
});

describe('estimateRemainingMs(done, total, elapsedMs)', () => {
  it('has no estimate before the first frame', () => {
    expect(estimateRemainingMs(0, 20, 1234)).toBeNull();
  });

  it('extrapolates the average time per frame to the frames left', () => {
    expect(estimateRemainingMs(5, 20, 1000)).toBe(3000);
  });

  it('is zero once every frame is done', () => {
    expect(estimateRemainingMs(20, 20, 9000)).toBe(0);
  });
});
