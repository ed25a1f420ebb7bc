import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { parseIsoDay } from '../../../src/data/days.ts';
import { ZERO_COLOUR } from '../../../src/model/regions/choropleth-scale.ts';
import { ALL_FILTERS } from '../../../src/model/regions/filters.ts';
import type { ViewParams } from '../../../src/model/links/view-params.ts';
import { makeCollection, makeFeature, TOWNS } from '../../factories.ts';
import { makeFakeMap } from '../../fake-map.ts';

const boundaries = readFileSync(
  resolve(import.meta.dirname, '../../../public/basemap/peru-departments.simplified.geojson'),
  'utf8',
);
const at = (town: keyof typeof TOWNS) => ({
  type: 'Point' as const,
  coordinates: [TOWNS[town].lng, TOWNS[town].lat],
});
// Juliaca is declared in Cusco on purpose: the app must count it where its point lies, in Puno.
const incidents = [
  makeFeature(
    {
      id: 'juliaca',
      department: 'PE-CUS',
      date: '2023-01-09',
      killed: 17,
      injured: 80,
      violations: ['life', 'physical_integrity'],
    },
    at('juliaca'),
  ),
  makeFeature(
    {
      id: 'juliaca-press',
      department: 'PE-PUN',
      date: '2023-01-10',
      injured: 2,
      violations: ['expression'],
      perpetrator: 'police',
    },
    at('juliaca'),
  ),
  makeFeature(
    {
      id: 'huamanga',
      department: 'PE-AYA',
      date: '2022-12-15',
      killed: 10,
      injured: 40,
      violations: ['life'],
      perpetrator: 'army',
    },
    at('huamanga'),
  ),
  makeFeature(
    {
      id: 'lima',
      department: 'PE-LIM',
      date: '2023-01-19',
      injured: 30,
      violations: ['assembly', 'physical_integrity'],
    },
    at('lima'),
  ),
];

function renderApp(options: { view?: ViewParams; ignored?: string[]; language?: 'es' | 'en' } = {}) {
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
      ignoredParams={options.ignored}
      onUrlStateChange={onUrlStateChange}
    />,
  );
  return { map, onUrlStateChange };
}

const figures = (element: Element) => ({
  killed: Number(element.getAttribute('data-killed')),
  injured: Number(element.getAttribute('data-injured')),
  incidents: Number(element.getAttribute('data-incidents')),
});
const totals = () => figures(screen.getByTestId('totals'));
const row = (iso: string) => document.querySelector(`tr[data-region="${iso}"]`);
const rowOrder = () =>
  Array.from(document.querySelectorAll('tr[data-region]'), (tr) => tr.getAttribute('data-region'));
const ready = () => waitFor(() => expect(totals().incidents).toBe(4));

describe('App regions', () => {
  it('lists each department by the point-in-polygon result, with a total row equal to the totals', async () => {
    renderApp();
    await ready();
    expect(rowOrder()).toEqual(['PE-PUN', 'PE-AYA', 'PE-LIM']);
    expect(figures(row('PE-PUN') as Element)).toEqual({ killed: 17, injured: 82, incidents: 2 });
    expect(row('PE-CUS')).toBeNull();
    expect(figures(screen.getByTestId('region-total'))).toEqual(totals());
  });

  it('breaks each row down by violation category', async () => {
    renderApp({ language: 'en' });
    await ready();
    const breakdown = within(row('PE-PUN') as HTMLElement).getByRole('list');
    expect(
      Array.from(breakdown.querySelectorAll('li'), (li) => [
        li.getAttribute('data-category'),
        li.textContent,
      ]),
    ).toEqual([
      ['life', 'Right to lifeLife 1'],
      ['physical_integrity', 'Physical integrityPhysical 1'],
      ['expression', 'Freedom of expression and the pressExpression 1'],
    ]);
  });

  it('sorts the table by people injured or by incidents', async () => {
    renderApp({ language: 'en' });
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Sort by People injured' }));
    expect(rowOrder()).toEqual(['PE-PUN', 'PE-AYA', 'PE-LIM']);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Incidents' }));
    expect(rowOrder()).toEqual(['PE-PUN', 'PE-AYA', 'PE-LIM']);
    const header = screen.getByRole('button', { name: 'Sort by Incidents' }).closest('th');
    expect(header?.getAttribute('aria-sort')).toBe('descending');
  });

  it('focuses a department from the table: totals, map and histogram show it alone; Escape clears', async () => {
    const { map, onUrlStateChange } = renderApp({ language: 'en' });
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Focus on Puno' }));
    expect(totals()).toEqual({ killed: 17, injured: 82, incidents: 2 });
    expect(screen.getByRole('button', { name: 'Focus on Puno' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('focus-notice').textContent).toContain('Only Puno is shown');
    const state = map.states.at(-1);
    expect(state?.regions.focused).toBe('PE-PUN');
    const [west, south, east, north] = state?.regions.focusBox ?? [];
    expect(west).toBeLessThan(TOWNS.juliaca.lng);
    expect(east).toBeGreaterThan(TOWNS.juliaca.lng);
    expect(south).toBeLessThan(TOWNS.juliaca.lat);
    expect(north).toBeGreaterThan(TOWNS.juliaca.lat);
    const shown = state?.features.features ?? [];
    expect(
      shown.reduce((sum, f) => sum + (f.properties.kind === 'cluster' ? f.properties.incidents : 1), 0),
    ).toBe(2);
    expect(screen.getByTestId('incident-list').querySelectorAll('[data-incident]')).toHaveLength(2);
    expect(onUrlStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ view: expect.objectContaining({ region: 'PE-PUN' }) }),
    );
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(totals().incidents).toBe(4);
    expect(map.states.at(-1)?.regions.focused).toBeNull();
  });

  it('focuses a department clicked on the map and clears it on a second click', async () => {
    const { map } = renderApp();
    await ready();
    act(() => map.callbacks().onRegionClick?.('PE-AYA'));
    expect(totals()).toEqual({ killed: 10, injured: 40, incidents: 1 });
    expect(row('PE-AYA')?.getAttribute('aria-current')).toBe('true');
    act(() => map.callbacks().onRegionClick?.('PE-AYA'));
    expect(totals().incidents).toBe(4);
    expect(screen.queryByTestId('focus-notice')).toBeNull();
  });

  it('opens focused on the department of the link, for the dates of the link', async () => {
    renderApp({ view: { filters: ALL_FILTERS, region: 'PE-PUN', measure: 'killed' } });
    await waitFor(() => expect(totals().incidents).toBe(2));
    expect(figures(row('PE-PUN') as Element)).toEqual(totals());
  });

  it('colours departments by the measure, zero apart, and recolours when a category is switched off', async () => {
    const { map, onUrlStateChange } = renderApp({ language: 'en' });
    await ready();
    const fills = () => map.states.at(-1)?.regions.fills ?? {};
    expect(fills()['PE-PUN']).not.toBe(ZERO_COLOUR);
    expect(fills()['PE-LIM']).toBe(ZERO_COLOUR); // nobody killed in Lima
    expect(fills()['PE-LOR']).toBe(ZERO_COLOUR);
    fireEvent.click(screen.getByRole('radio', { name: 'Incidents' }));
    expect(fills()['PE-LIM']).not.toBe(ZERO_COLOUR);

    const life = screen.getByRole('checkbox', { name: 'Right to life: 2 incidents' });
    fireEvent.click(life);
    // Juliaca's deaths stay: that incident is also a physical-integrity violation. Huamanga's go.
    expect(totals()).toEqual({ killed: 17, injured: 112, incidents: 3 });
    expect(rowOrder()).toEqual(['PE-PUN', 'PE-LIM']);
    expect(fills()['PE-AYA']).toBe(ZERO_COLOUR);
    // The count of a category switched off still tells the reader what switching it on would bring.
    expect(screen.getByTestId('count-life').textContent).toBe('2');
    expect(onUrlStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ view: expect.objectContaining({ measure: 'incidents' }) }),
    );
  });

  it('counts categories for the focused department and the dates shown', async () => {
    renderApp();
    await ready();
    expect(screen.getByTestId('count-life').textContent).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: 'Enfocar Ayacucho' }));
    expect(screen.getByTestId('count-life').textContent).toBe('1');
    expect(screen.getByTestId('count-expression').textContent).toBe('0');
  });

  it('filters by context and perpetrator', async () => {
    renderApp({ language: 'en' });
    await ready();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Army' }));
    expect(totals()).toEqual({ killed: 17, injured: 112, incidents: 3 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Protest and repression' }));
    expect(totals().incidents).toBe(0);
    expect(screen.getByText('No department has incidents in this selection.')).toBeTruthy();
  });

  it('shows the figures of the department under the pointer', async () => {
    const { map } = renderApp({ language: 'en' });
    await ready();
    act(() => map.callbacks().onHover({ kind: 'region', iso: 'PE-PUN', x: 5, y: 5 }));
    expect(screen.getByRole('tooltip').textContent).toBe('Puno: 17 killed · 82 injured · 2 incidents');
    act(() => map.callbacks().onHover({ kind: 'region', iso: 'PE-LOR', x: 5, y: 5 }));
    expect(screen.getByRole('tooltip').textContent).toBe('Loreto: 0 killed · 0 injured · 0 incidents');
  });

  it('says which link parameters it ignored, and lets the reader dismiss it', async () => {
    renderApp({ ignored: ['cat', 'region'], language: 'en' });
    await ready();
    const notice = screen.getByText(/Part of the link was not understood and was ignored \(cat, region\)/);
    expect(notice).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss notice' })[0] as HTMLElement);
    expect(screen.queryByText(/Part of the link/)).toBeNull();
  });

  it('draws the histogram of the focused department only', async () => {
    renderApp();
    await ready();
    const daysWithBars = () =>
      Array.from(document.querySelectorAll('rect.bar'))
        .filter((bar) => Number(bar.getAttribute('height')) > 0)
        .map((bar) => Number(bar.getAttribute('data-day')));
    expect(daysWithBars()).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Enfocar Lima' }));
    expect(daysWithBars()).toEqual([parseIsoDay('2023-01-19')]);
  });
});

describe('App link state', () => {
  function renderWith(props: {
    initialSelectedId?: string;
    initialCamera?: { zoom: number; lat: number; lng: number };
  }) {
    const map = makeFakeMap();
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify(makeCollection(incidents))));
    const onUrlStateChange = vi.fn();
    render(
      <App
        language="en"
        dataUrl="data/incidents.geojson"
        createMap={map.create}
        fetchImpl={fetchImpl as unknown as typeof fetch}
        onUrlStateChange={onUrlStateChange}
        {...props}
      />,
    );
    return { map, onUrlStateChange };
  }

  it('opens the details of the incident named in the link once the data has loaded', async () => {
    const { onUrlStateChange } = renderWith({
      initialSelectedId: 'huamanga',
      initialCamera: { zoom: 8, lat: -13, lng: -74 },
    });
    const details = await screen.findByTestId('incident-details');
    expect(details.textContent).toContain('15 December 2022');
    expect(onUrlStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ selectedId: 'huamanga', camera: { zoom: 8, lat: -13, lng: -74 } }),
    );
  });

  it('says so when the incident of the link is not in the data, and opens nothing', async () => {
    renderWith({ initialSelectedId: 'no-such-incident' });
    await ready();
    expect(screen.queryByTestId('incident-details')).toBeNull();
    expect(screen.getByText(/ignored \(incident\)/)).toBeTruthy();
  });

  it('puts the view the map reports into the link', async () => {
    const { map, onUrlStateChange } = renderWith({});
    await ready();
    act(() =>
      map
        .callbacks()
        .onViewportChange?.({ zoom: 6, bbox: [-75, -16, -69, -12], camera: { zoom: 6, lat: -14, lng: -72 } }),
    );
    expect(onUrlStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ camera: { zoom: 6, lat: -14, lng: -72 } }),
    );
  });
});
