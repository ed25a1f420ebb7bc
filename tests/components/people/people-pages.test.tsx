import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PEOPLE_PAGE, PeopleView } from '../../../src/components/people/people-view.tsx';
import { I18nProvider } from '../../../src/i18n/i18n-context.tsx';
import { listPeople } from '../../../src/model/people/people-in-view.ts';
import { makeIncident } from '../../factories.ts';

// 1M synthetic incidents kill tens of thousands: the list renders them a page at a time.
const incidents = [
  makeIncident({ id: 'a', date: '2023-01-09', killed: PEOPLE_PAGE - 10 }),
  makeIncident({ id: 'b', date: '2023-01-10', killed: 40 }),
  makeIncident({ id: 'c', date: '2023-01-11', killed: PEOPLE_PAGE + 5 }),
];
const total = 2 * PEOPLE_PAGE + 35;

function renderView() {
  render(
    <I18nProvider language="en">
      <PeopleView inView={listPeople(incidents)} selectedId={null} onOpenIncident={vi.fn()} />
    </I18nProvider>,
  );
}
const listed = () => document.querySelectorAll('[data-person]');
const dayHeadings = () => Array.from(document.querySelectorAll('.people-day h3'), (h) => h.textContent);

describe('the people list of a big file', () => {
  it('renders the first page of people, each day heading counting all of that day', () => {
    renderView();
    expect(listed()).toHaveLength(PEOPLE_PAGE);
    expect(dayHeadings()).toHaveLength(2);
    expect(dayHeadings()[1]).toContain('40');
    expect(Number(screen.getByTestId('people-figures').getAttribute('data-total'))).toBe(total);
  }, 30_000);

  it('adds a page per "show more" until everyone is listed, then offers no more', () => {
    renderView();
    fireEvent.click(
      screen.getByRole('button', { name: `Show ${PEOPLE_PAGE} more (${total - PEOPLE_PAGE} left)` }),
    );
    expect(listed()).toHaveLength(2 * PEOPLE_PAGE);
    expect(dayHeadings()).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show 35 more (35 left)' }));
    expect(listed()).toHaveLength(total);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
    // Hundreds of list items: slow in jsdom on a busy machine, not in a browser.
  }, 30_000);
});
