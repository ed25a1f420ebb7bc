import { scaleLinear } from 'd3-scale';
import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import { formatCount, formatDayNumber, formatDayNumberShort, formatMonthShort } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { VIOLATION_COLOURS } from '../../theme/colours.ts';
import { type DayRange, moveRangeEnd, shiftRange } from '../../model/time/day-range.ts';
import { keyDateDays } from '../../model/time/key-dates.ts';
import { dayTicks } from './timeline-ticks.ts';

/** One day of the histogram: incidents that started that day and their people killed and injured. */
export interface DayBin {
  day: number;
  incidents: number;
  killed: number;
  injured: number;
}

export const PLAY_SPEEDS = [1, 7, 30] as const;

interface TimelineProps {
  bounds: DayRange;
  range: DayRange;
  histogram: readonly DayBin[];
  shownCount: number;
  totalCount: number;
  isPlaying: boolean;
  speed: number;
  onRangeChange(range: DayRange): void;
  onPlayToggle(): void;
  onSpeedChange(speed: number): void;
}

const HEIGHT_PX = 64;
const KEY_STEPS: Record<string, number> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -7,
  PageUp: 7,
};

/**
 * The daily histogram with a two-handle range over it. Handles are sliders (arrows: a day, PageUp/PageDown:
 * a week, Home/End: the period's ends); the window between them can be dragged; a click on a day selects it.
 * Every change is reported while the pointer moves, not only on release.
 */
export function Timeline(props: TimelineProps) {
  const { bounds, range, histogram, onRangeChange } = props;
  const { language, messages } = useI18n();
  const trackRef = useRef<HTMLDivElement>(null);
  const width = useWidth(trackRef);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([bounds.fromDay, bounds.toDay + 1])
        .range([0, width]),
    [bounds, width],
  );
  const maxIncidents = Math.max(1, ...histogram.map((bin) => bin.incidents));
  const y = scaleLinear().domain([0, maxIncidents]).range([HEIGHT_PX, 4]);
  const dayWidth = width / (bounds.toDay - bounds.fromDay + 1);
  const drag = useRef<{
    kind: 'from' | 'to' | 'window';
    startX: number;
    start: DayRange;
    moved: boolean;
  } | null>(null);

  const pointerX = (event: PointerEvent) =>
    event.clientX - (trackRef.current?.getBoundingClientRect().left ?? 0);
  const dayAt = (px: number) => Math.floor(x.invert(px));

  const startDrag = (kind: 'from' | 'to' | 'window') => (event: PointerEvent<HTMLElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    if (kind !== 'window') event.currentTarget.focus();
    drag.current = { kind, startX: pointerX(event), start: range, moved: false };
  };
  const moveDrag = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current) return;
    const px = pointerX(event);
    if (Math.abs(px - current.startX) >= 3) current.moved = true;
    if (!current.moved) return;
    if (current.kind === 'window') {
      onRangeChange(shiftRange(current.start, Math.round((px - current.startX) / dayWidth), bounds));
    } else {
      const edgeDay = Math.round(x.invert(px));
      onRangeChange(
        moveRangeEnd(range, current.kind, current.kind === 'from' ? edgeDay : edgeDay - 1, bounds),
      );
    }
  };
  const endDrag = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    drag.current = null;
    if (current?.kind === 'window' && !current.moved) selectDay(dayAt(pointerX(event)));
  };
  const selectDay = (day: number) => {
    const clamped = Math.min(bounds.toDay, Math.max(bounds.fromDay, day));
    onRangeChange({ fromDay: clamped, toDay: clamped });
  };
  const onHandleKey = (end: 'from' | 'to') => (event: KeyboardEvent) => {
    const current = end === 'from' ? range.fromDay : range.toDay;
    let next: number | null = null;
    if (event.key in KEY_STEPS) next = current + (KEY_STEPS[event.key] ?? 0);
    else if (event.key === 'Home') next = bounds.fromDay;
    else if (event.key === 'End') next = bounds.toDay;
    if (next === null) return;
    event.preventDefault();
    onRangeChange(moveRangeEnd(range, end, next, bounds));
  };

  const keyDates = placeLabels(
    keyDateDays()
      .filter(({ day }) => day >= bounds.fromDay && day <= bounds.toDay)
      .map(({ id, day }) => ({ id, day, left: x(day) + dayWidth / 2, label: messages.keyDates[id] })),
  );
  const keyDateRows = Math.max(1, ...keyDates.map(({ row }) => row + 1));
  const handles: ['from' | 'to', number, string][] = [
    ['from', range.fromDay, messages.rangeStart],
    ['to', range.toDay, messages.rangeEnd],
  ];
  return (
    <section className="timeline" aria-label={messages.timelineLabel} data-testid="timeline">
      <div className="timeline-controls">
        <button
          type="button"
          className="play"
          aria-label={props.isPlaying ? messages.pause : messages.play}
          aria-pressed={props.isPlaying}
          onClick={props.onPlayToggle}
          data-testid="play"
        >
          <span aria-hidden="true">{props.isPlaying ? '❚❚' : '▶'}</span>
        </button>
        <label className="speed">
          <span className="visually-hidden">{messages.speedLabel}</span>
          <select value={props.speed} onChange={(event) => props.onSpeedChange(Number(event.target.value))}>
            {PLAY_SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {messages.speed(speed)}
              </option>
            ))}
          </select>
        </label>
        <p className="range-text" data-testid="range-text">
          <strong>
            {formatDayNumberShort(range.fromDay, language)}
            {range.toDay !== range.fromDay ? ` – ${formatDayNumberShort(range.toDay, language)}` : ''}
          </strong>{' '}
          <span data-testid="shown-count">
            {messages.rangeSummary(
              formatCount(props.shownCount, language),
              formatCount(props.totalCount, language),
            )}
          </span>
        </p>
      </div>
      <div className="timeline-track" ref={trackRef} style={{ height: HEIGHT_PX + 18 }}>
        <svg width={width} height={HEIGHT_PX + 18} role="img" aria-label={messages.histogramLabel}>
          {histogram.map((bin) => {
            const isIn = bin.day >= range.fromDay && bin.day <= range.toDay;
            const colour =
              bin.killed > 0
                ? VIOLATION_COLOURS.life
                : bin.injured > 0
                  ? VIOLATION_COLOURS.physical_integrity
                  : '#8b8680';
            return (
              <rect
                key={bin.day}
                className="bar"
                data-day={bin.day}
                x={x(bin.day) + 0.5}
                width={Math.max(1, dayWidth - 1)}
                y={y(bin.incidents)}
                height={HEIGHT_PX - y(bin.incidents)}
                fill={colour}
                opacity={isIn ? 1 : 0.3}
              >
                <title>{`${formatDayNumber(bin.day, language)}: ${messages.listItem(
                  messages.incidents,
                  formatCount(bin.killed, language),
                  formatCount(bin.injured, language),
                )} (${formatCount(bin.incidents, language)})`}</title>
              </rect>
            );
          })}
          <line x1={0} x2={width} y1={HEIGHT_PX + 0.5} y2={HEIGHT_PX + 0.5} className="axis" />
          {dayTicks(bounds).map((tick) => (
            <text key={tick} x={x(tick) + 2} y={HEIGHT_PX + 14} className="tick">
              {formatMonthShort(tick, language)}
            </text>
          ))}
        </svg>
        <div
          className="timeline-hit"
          aria-hidden="true"
          onPointerUp={(event) => selectDay(dayAt(pointerX(event)))}
          data-testid="histogram-hit"
        />
        <div
          className="timeline-window"
          aria-hidden="true"
          title={messages.rangeWindow}
          style={{ left: x(range.fromDay), width: x(range.toDay + 1) - x(range.fromDay) }}
          onPointerDown={startDrag('window')}
          onPointerMove={moveDrag}
          onPointerUp={endDrag}
          data-testid="range-window"
        />
        {handles.map(([end, day, label]) => (
          <div
            key={end}
            role="slider"
            tabIndex={0}
            className={`timeline-handle ${end}`}
            data-testid={`handle-${end}`}
            aria-label={label}
            aria-valuemin={bounds.fromDay}
            aria-valuemax={bounds.toDay}
            aria-valuenow={day}
            aria-valuetext={formatDayNumber(day, language)}
            style={{ left: end === 'from' ? x(day) : x(day + 1) }}
            onKeyDown={onHandleKey(end)}
            onPointerDown={startDrag(end)}
            onPointerMove={moveDrag}
            onPointerUp={endDrag}
          />
        ))}
      </div>
      <ul
        className="key-dates"
        aria-label={messages.keyDatesLabel}
        style={{ height: `${keyDateRows * 1.15 + 0.2}rem` }}
      >
        {keyDates.map(({ id, day, left, row }) => (
          <li key={id} style={{ left, top: `${row * 1.15}rem` }}>
            <button type="button" data-key-date={id} onClick={() => selectDay(day)}>
              {messages.keyDates[id]}
              <span className="visually-hidden">, {formatDayNumber(day, language)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Puts each label in the first row where it does not overlap the previous one (labels in x order). */
function placeLabels<T extends { left: number; label: string }>(labels: T[]): (T & { row: number })[] {
  const rowEnds: number[] = [];
  return labels.map((label) => {
    const widthPx = label.label.length * 6.4 + 12;
    let row = rowEnds.findIndex((end) => end <= label.left);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = label.left + widthPx;
    return { ...label, row };
  });
}

/** The element's width in px, kept current with a ResizeObserver (600 px until measured). */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
