import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type DayBin, Timeline } from '../../../src/components/timeline/timeline.tsx';
import { parseIsoDay } from '../../../src/data/days.ts';
import { I18nProvider } from '../../../src/i18n/i18n-context.tsx';
import type { Language } from '../../../src/i18n/messages.ts';
import type { DayRange } from '../../../src/model/time/day-range.ts';

const day = (text: string) => parseIsoDay(text) as number;
const bounds = { fromDay: day('2022-12-07'), toDay: day('2023-03-31') };
const histogram: DayBin[] = Array.from({ length: 115 }, (_, i) => ({
  day: bounds.fromDay + i,
  incidents: i % 5,
  killed: i === 33 ? 17 : 0,
  injured: i % 3,
}));

function Harness({
  initial = bounds,
  language = 'es',
  onPlayToggle = () => {},
}: {
  initial?: DayRange;
  language?: Language;
  onPlayToggle?(): void;
}) {
  const [range, setRange] = useState(initial);
  return (
    <I18nProvider language={language}>
      <Timeline
        bounds={bounds}
        range={range}
        histogram={histogram}
        shownCount={12}
        totalCount={150}
        isPlaying={false}
        speed={7}
        onRangeChange={setRange}
        onPlayToggle={onPlayToggle}
        onSpeedChange={() => {}}
      />
    </I18nProvider>
  );
}

const sliders = () => screen.getAllByRole('slider');
const value = (slider: HTMLElement) => Number(slider.getAttribute('aria-valuenow'));

describe('Timeline', () => {
  it('has two sliders with the period as their bounds and dates as their text', () => {
    render(<Harness />);
    const [from, to] = sliders() as [HTMLElement, HTMLElement];
    expect(from.getAttribute('aria-valuemin')).toBe(String(bounds.fromDay));
    expect(to.getAttribute('aria-valuemax')).toBe(String(bounds.toDay));
    expect(from.getAttribute('aria-valuetext')).toBe('7 de diciembre de 2022');
    expect(to.getAttribute('aria-valuetext')).toBe('31 de marzo de 2023');
    expect(from.getAttribute('aria-label')).toBe('Inicio del periodo mostrado');
  });

  it('moves a handle a day with the arrow keys and a week with PageUp/PageDown', () => {
    render(<Harness />);
    const [from, to] = sliders() as [HTMLElement, HTMLElement];
    fireEvent.keyDown(from, { key: 'ArrowRight' });
    expect(value(from)).toBe(bounds.fromDay + 1);
    fireEvent.keyDown(from, { key: 'PageUp' });
    expect(value(from)).toBe(bounds.fromDay + 8);
    fireEvent.keyDown(to, { key: 'PageDown' });
    fireEvent.keyDown(to, { key: 'ArrowLeft' });
    expect(value(to)).toBe(bounds.toDay - 8);
    expect(to.getAttribute('aria-valuetext')).toBe('23 de marzo de 2023');
  });

  it('sends a handle to the period ends with Home and End, never past the other handle', () => {
    render(<Harness initial={{ fromDay: day('2023-01-09'), toDay: day('2023-01-28') }} />);
    const [from, to] = sliders() as [HTMLElement, HTMLElement];
    fireEvent.keyDown(from, { key: 'End' });
    expect(value(from)).toBe(day('2023-01-28'));
    fireEvent.keyDown(to, { key: 'Home' });
    expect(value(to)).toBe(day('2023-01-28'));
    fireEvent.keyDown(from, { key: 'Home' });
    expect(value(from)).toBe(bounds.fromDay);
    fireEvent.keyDown(to, { key: 'End' });
    expect(value(to)).toBe(bounds.toDay);
  });

  it('selects a single day when its bar is clicked', () => {
    render(<Harness />);
    // happy-dom lays nothing out: the track's left edge is 0 and its width the 600 px default.
    const dayWidth = 600 / 115;
    fireEvent.pointerUp(screen.getByTestId('histogram-hit'), {
      clientX: (day('2023-01-09') - bounds.fromDay + 0.5) * dayWidth,
    });
    const [from, to] = sliders() as [HTMLElement, HTMLElement];
    expect([value(from), value(to)]).toEqual([day('2023-01-09'), day('2023-01-09')]);
  });

  it('jumps to a key date, labelled in the current language', () => {
    render(<Harness language="en" />);
    fireEvent.click(screen.getByRole('button', { name: /Juliaca/ }));
    const [from, to] = sliders() as [HTMLElement, HTMLElement];
    expect([value(from), value(to)]).toEqual([day('2023-01-09'), day('2023-01-09')]);
    expect(screen.getByRole('button', { name: /Castillo removed/ })).toBeTruthy();
  });

  it('says how many of all incidents are shown, and the range, in words', () => {
    render(<Harness language="en" initial={{ fromDay: day('2023-01-09'), toDay: day('2023-01-10') }} />);
    expect(screen.getByTestId('range-text').textContent).toBe('9 Jan 2023 – 10 Jan 2023 12 of 150 incidents');
  });

  it('has a labelled play button', () => {
    const onPlayToggle = vi.fn();
    render(<Harness onPlayToggle={onPlayToggle} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reproducir la línea de tiempo' }));
    expect(onPlayToggle).toHaveBeenCalledOnce();
  });

  it('draws one bar per day of the period, dimming days outside the range', () => {
    const { container } = render(
      <Harness initial={{ fromDay: day('2023-01-01'), toDay: day('2023-01-31') }} />,
    );
    const bars = [...container.querySelectorAll('rect.bar')];
    expect(bars).toHaveLength(115);
    expect(bars.filter((bar) => bar.getAttribute('opacity') === '1')).toHaveLength(31);
  });
});
