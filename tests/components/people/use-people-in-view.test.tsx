import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePeopleInView } from '../../../src/components/people/use-people-in-view.ts';
import { type ShownIncidents, shownIncidents } from '../../../src/model/incident-model.ts';
import { makeIncident } from '../../factories.ts';

const incidents = [makeIncident({ id: 'a', killed: 1 }), makeIncident({ id: 'b', killed: 2 })];
/** The first `count` incidents as a ShownIncidents that records whether all of them were read. */
function shownOf(count: number) {
  const reads = { all: 0 };
  const shown = shownIncidents(incidents, count, (limit) => {
    if (limit === Number.POSITIVE_INFINITY) reads.all += 1;
    return Int32Array.from({ length: Math.min(count, limit) }, (_, i) => i);
  });
  return { shown, reads };
}

describe('usePeopleInView(shown, isVisible)', () => {
  it('lists nobody, and reads no incident, while the tab has never been visible', () => {
    const { shown, reads } = shownOf(2);
    const { result } = renderHook(() => usePeopleInView(shown, false));
    expect(result.current.people).toEqual([]);
    expect(reads.all).toBe(0);
  });

  it('lists the people of the shown incidents while visible, and follows them', () => {
    const first = shownOf(1);
    const { result, rerender } = renderHook(
      ({ shown }: { shown: ShownIncidents }) => usePeopleInView(shown, true),
      { initialProps: { shown: first.shown } },
    );
    expect(result.current.people.map((person) => person.key)).toEqual(['a#0']);
    rerender({ shown: shownOf(2).shown });
    expect(result.current.people.map((person) => person.key)).toEqual(['a#0', 'b#0', 'b#1']);
  });

  it('keeps the last list while hidden, without reading the new incidents, and catches up when shown', () => {
    const first = shownOf(1);
    const second = shownOf(2);
    const { result, rerender } = renderHook(
      ({ shown, isVisible }: { shown: ShownIncidents; isVisible: boolean }) =>
        usePeopleInView(shown, isVisible),
      { initialProps: { shown: first.shown, isVisible: true } },
    );
    rerender({ shown: second.shown, isVisible: false });
    expect(result.current.people.map((person) => person.key)).toEqual(['a#0']);
    expect(second.reads.all).toBe(0);
    rerender({ shown: second.shown, isVisible: true });
    expect(result.current.people).toHaveLength(3);
    expect(second.reads.all).toBe(1);
  });
});
