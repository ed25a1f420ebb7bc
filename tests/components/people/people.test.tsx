import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import type { Person } from '../../../src/data/schema.ts';
import type { Panel } from '../../../src/model/links/link-params.ts';
import type { ViewParams } from '../../../src/model/links/view-params.ts';
import { ALL_FILTERS } from '../../../src/model/regions/filters.ts';
import { makeCollection, makeFeature, TOWNS } from '../../factories.ts';
import { makeFakeMap } from '../../fake-map.ts';

const boundaries = readFileSync(
  resolve(import.meta.dirname, '../../../public/basemap/peru-departments.simplified.geojson'),
  'utf8',
);
const SOURCE = { title: 'Informe', publisher: 'P', url: 'https://example.org/i', date: '2023-01-10' };
const person = (overrides: Partial<Person>): Person => ({
  role: 'civilian',
  cause: 'unknown',
  sources: [SOURCE],
  ...overrides,
});
const at = (town: keyof typeof TOWNS) => ({
  type: 'Point' as const,
  coordinates: [TOWNS[town].lng, TOWNS[town].lat],
});
// Juliaca counts three killed but records two of them; Huamanga has no records at all (a user's file).
const incidents = [
  makeFeature(
    {
      id: 'juliaca',
      date: '2023-01-09',
      killed: 3,
      injured: 5,
      violations: ['life'],
      killed_by_role: { civilian: 2, police: 1 },
      people: [
        person({ name: 'Ana Quispe', age: 17, cause: 'firearm' }),
        person({ name: 'Luis Mamani', role: 'police', cause: 'blunt_force', death_date: '2023-01-20' }),
      ],
    },
    at('juliaca'),
  ),
  makeFeature(
    {
      id: 'huamanga',
      department: 'PE-AYA',
      place: 'Huamanga',
      date: '2022-12-15',
      killed: 2,
      violations: ['life'],
      perpetrator: 'army',
    },
    at('huamanga'),
  ),
  makeFeature({ id: 'lima', department: 'PE-LIM', date: '2023-01-19', injured: 3 }, at('lima')),
];

function renderApp(options: { view?: ViewParams; panel?: Panel; language?: 'es' | 'en' } = {}) {
  const map = makeFakeMap();
  const fetchImpl = vi.fn(async (url: string) =>
    url.includes('departments')
      ? new Response(boundaries)
      : new Response(JSON.stringify(makeCollection(incidents))),
  );
  const onUrlStateChange = vi.fn();
  render(
    <App
      language={options.language ?? 'es'}
      dataUrl="data/incidents.geojson"
      createMap={map.create}
      fetchImpl={fetchImpl as unknown as typeof fetch}
      initialView={options.view}
      initialPanel={options.panel}
      onUrlStateChange={onUrlStateChange}
    />,
  );
  return { map, onUrlStateChange };
}

const killed = () => Number(screen.getByTestId('totals').getAttribute('data-killed'));
const listed = () => Array.from(document.querySelectorAll('[data-person]'));
const ready = () => waitFor(() => expect(killed()).toBe(5));

afterEach(() => vi.restoreAllMocks());

describe('the People killed tab', () => {
  it('lists as many people as the totals count killed, the unrecorded as "name not published"', async () => {
    renderApp();
    await ready();
    fireEvent.click(screen.getByTestId('people-tab'));
    expect(listed()).toHaveLength(killed());
    expect(Number(screen.getByTestId('people-figures').getAttribute('data-total'))).toBe(5);
    expect(listed().map((item) => item.getAttribute('data-name'))).toEqual([
      '',
      '',
      'Ana Quispe',
      'Luis Mamani',
      '',
    ]);
    const unnamed = listed()[0] as HTMLElement;
    expect(unnamed.textContent).toContain('nombre no publicado');
    expect(unnamed.getAttribute('data-role')).toBe('unknown');
    expect(unnamed.getAttribute('data-department')).toBe('PE-AYA');
    // Juliaca's third death takes the role killed_by_role leaves: a civilian.
    expect(listed()[4]?.getAttribute('data-role')).toBe('civilian');
  });

  it('shows age, place, cause, role and a later day of death', async () => {
    renderApp();
    await ready();
    fireEvent.click(screen.getByTestId('people-tab'));
    const ana = document.querySelector('[data-name="Ana Quispe"]') as HTMLElement;
    expect(ana.getAttribute('data-age')).toBe('17');
    expect(ana.getAttribute('data-cause')).toBe('firearm');
    expect(ana.textContent).toContain('17 años · Juliaca, San Román · Bala');
    const luis = document.querySelector('[data-name="Luis Mamani"]') as HTMLElement;
    expect(luis.textContent).toContain('Golpes · Policías · falleció el 20 de enero de 2023');
    const figures = screen.getByTestId('people-figures');
    expect(figures.getAttribute('data-minors')).toBe('1');
    expect(figures.getAttribute('data-firearm')).toBe('1');
    expect(within(figures).getByText('HRW: al menos 39 de 49 por disparos').getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
  });

  it('follows the department focus exactly as the totals do', async () => {
    renderApp({ view: { filters: ALL_FILTERS, region: 'PE-PUN', measure: 'killed' } });
    await waitFor(() => expect(killed()).toBe(3));
    fireEvent.click(screen.getByTestId('people-tab'));
    expect(listed()).toHaveLength(3);
    expect(new Set(listed().map((item) => item.getAttribute('data-incident')))).toEqual(new Set(['juliaca']));
  });

  it('follows the category filter exactly as the totals do', async () => {
    renderApp({
      view: {
        filters: { ...ALL_FILTERS, categories: new Set(['expression']) },
        region: null,
        measure: 'killed',
      },
    });
    await waitFor(() => expect(screen.getByTestId('totals').getAttribute('data-incidents')).not.toBeNull());
    fireEvent.click(screen.getByTestId('people-tab'));
    expect(killed()).toBe(0);
    expect(listed()).toHaveLength(0);
    expect(screen.getByText('Ninguna persona fallecida en la vista actual.')).toBeTruthy();
  });

  it('lists the people of the view as it is now when the tab is opened again after a filter change', async () => {
    renderApp();
    await ready();
    fireEvent.click(screen.getByTestId('people-tab'));
    expect(listed()).toHaveLength(5);
    fireEvent.click(screen.getByTestId('overview-tab'));
    fireEvent.click(document.querySelector('label[data-category="life"] input') as HTMLInputElement);
    await waitFor(() => expect(killed()).not.toBe(5));
    fireEvent.click(screen.getByTestId('people-tab'));
    expect(listed()).toHaveLength(killed());
  });

  it('is an ARIA tab reached by the arrow keys, and remembered in the link', async () => {
    const { onUrlStateChange } = renderApp({ language: 'en' });
    await ready();
    const overview = screen.getByRole('tab', { name: 'Overview' });
    const people = screen.getByRole('tab', { name: 'People killed' });
    expect(overview.getAttribute('aria-selected')).toBe('true');
    expect(people.tabIndex).toBe(-1);
    fireEvent.keyDown(overview, { key: 'ArrowRight' });
    expect(people.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(people);
    expect(screen.getByRole('tabpanel', { name: 'People killed' }).hidden).toBe(false);
    expect((document.getElementById('tabpanel-overview') as HTMLElement).hidden).toBe(true);
    await waitFor(() =>
      expect(onUrlStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ panel: 'people' })),
    );
    fireEvent.keyDown(people, { key: 'Home' });
    expect(overview.getAttribute('aria-selected')).toBe('true');
  });

  it('opens on the people tab from a link (panel=people)', async () => {
    renderApp({ panel: 'people' });
    await ready();
    expect(screen.getByTestId('people-tab').getAttribute('aria-selected')).toBe('true');
    expect(listed()).toHaveLength(5);
  });

  it("opens a person's incident: selected on the map, flown to, its details shown", async () => {
    const { map } = renderApp({ panel: 'people', language: 'en' });
    await ready();
    fireEvent.click(
      screen.getByRole('button', { name: 'Show the incident of Ana Quispe, Juliaca, San Román, on the map' }),
    );
    const details = await screen.findByTestId('incident-details');
    expect(details.textContent).toContain('Juliaca, San Román');
    expect(screen.getByTestId('overview-tab').getAttribute('aria-selected')).toBe('true');
    const state = map.states.at(-1);
    expect(state?.selectedId).toBe('juliaca');
    expect(state?.selectedPoint).toEqual([TOWNS.juliaca.lng, TOWNS.juliaca.lat]);
  });

  it('downloads one CSV row per person listed', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderApp();
    await ready();
    fireEvent.click(screen.getByTestId('download-people-csv'));
    // The people CSV writer is loaded on first use.
    await waitFor(() => expect(names).toEqual(['peru-protestas-personas_2022-12-07_2023-03-31.csv']));
    const text = await (saved[0] as Blob).text();
    expect(text.trim().split('\r\n')).toHaveLength(1 + 5);
  });
});
