import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import type { Totals } from '../../src/model/time/totals.ts';
import { makeCollection, makeFeature, TOWNS } from '../factories.ts';
import { makeFakeMap } from '../fake-map.ts';

const juliaca = makeFeature({
  id: 'juliaca',
  place: 'Juliaca, San Román',
  date: '2023-01-09',
  killed: 17,
  injured: 80,
  violations: ['life', 'physical_integrity'],
  summary_es: 'Resumen en castellano.',
  summary_en: 'Summary in English.',
  people: [
    {
      name: 'Persona de prueba',
      age: 17,
      role: 'civilian',
      cause: 'firearm',
      sources: [
        { title: 'Informe', publisher: 'Defensoría', url: 'https://example.org/informe', date: '2023-01-10' },
      ],
    },
  ],
  sources: [
    { title: 'Informe', publisher: 'Defensoría', url: 'https://example.org/informe', date: '2023-01-10' },
  ],
});
const huamanga = makeFeature(
  { id: 'huamanga', place: 'Huamanga', department: 'PE-AYA', date: '2022-12-15', killed: 10, injured: 40 },
  { type: 'Point', coordinates: [TOWNS.huamanga.lng, TOWNS.huamanga.lat] },
);

function serve(body: unknown, status = 200) {
  return vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
}

function renderApp(
  options: {
    body?: unknown;
    status?: number;
    language?: 'es' | 'en';
    fails?: boolean;
    unreachableTimes?: number;
    initialTotals?: Totals;
  } = {},
) {
  const map = makeFakeMap({ fails: options.fails, unreachableTimes: options.unreachableTimes });
  const fetchImpl = serve(options.body ?? makeCollection([juliaca, huamanga]), options.status);
  const onUrlStateChange = vi.fn();
  render(
    <App
      language={options.language ?? 'es'}
      dataUrl="data/incidents.geojson"
      createMap={map.create}
      fetchImpl={fetchImpl as unknown as typeof fetch}
      onUrlStateChange={onUrlStateChange}
      initialTotals={options.initialTotals ?? null}
    />,
  );
  return { map, fetchImpl, onUrlStateChange };
}

const totals = () => screen.getByTestId('totals');

describe('App', () => {
  it('shows a loading state with placeholders, never zeros, then the totals of the whole dataset', async () => {
    renderApp();
    expect(screen.getByTestId('loading').textContent).toMatch(/Cargando/);
    expect(totals().getAttribute('data-killed')).toBeNull();
    expect(totals().getAttribute('aria-busy')).toBe('true');
    expect(totals().textContent).not.toMatch(/\d/);
    await waitFor(() => expect(totals().getAttribute('data-incidents')).toBe('2'));
    expect(totals().getAttribute('data-killed')).toBe('27');
    expect(totals().getAttribute('data-injured')).toBe('120');
    expect(screen.queryByTestId('loading')).toBeNull();
  });

  it('keeps the figures the page opened with while loading, then shows its own', async () => {
    renderApp({ initialTotals: { killed: 27, injured: 120, incidents: 2 } });
    expect(totals().getAttribute('data-killed')).toBe('27');
    expect(screen.getByTestId('loading').textContent).toMatch(/Cargando/);
    await waitFor(() => expect(screen.queryByTestId('loading')).toBeNull());
    expect(totals().getAttribute('data-incidents')).toBe('2');
  });

  it('loads the data from the given path on its own origin', async () => {
    const { fetchImpl } = renderApp();
    await waitFor(() => expect(fetchImpl).toHaveBeenCalledWith('data/incidents.geojson'));
  });

  it('hands the map ready-made features that add up to every incident in range', async () => {
    const { map } = renderApp();
    await waitFor(() => expect(map.states.at(-1)?.features.features.length).toBeGreaterThan(0));
    const features = map.states.at(-1)?.features.features ?? [];
    const count = (sum: number, feature: (typeof features)[number]) =>
      sum + (feature.properties.kind === 'cluster' ? feature.properties.incidents : 1);
    expect(features.reduce(count, 0)).toBe(2);
    expect(features.reduce((sum, feature) => sum + feature.properties.killed, 0)).toBe(27);
  });

  it('opens an incident selected on the map with its facts and sources', async () => {
    const { map } = renderApp();
    await waitFor(() => expect(map.states.length).toBeGreaterThan(0));
    act(() => map.callbacks().onSelect('juliaca'));
    const details = screen.getByTestId('incident-details');
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe('Juliaca, San Román');
    expect(details.textContent).toContain('9 de enero de 2023');
    expect(details.textContent).toContain('Resumen en castellano.');
    expect(details.textContent).toContain('Persona de prueba (17 años)');
    expect(details.textContent).toContain('Derecho a la vida');
    const link = within(details).getByRole('link', { name: 'Informe' });
    expect(link.getAttribute('href')).toBe('https://example.org/informe');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(map.states.at(-1)?.selectedId).toBe('juliaca');
  });

  it('opens the same details from the list, in date order, and closes them', async () => {
    renderApp();
    const list = await screen.findByTestId('incident-list');
    const buttons = await within(list).findAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('data-incident'))).toEqual(['huamanga', 'juliaca']);
    fireEvent.click(buttons[1] as HTMLElement);
    expect(screen.getByTestId('incident-details')).toBeTruthy();
    expect(document.activeElement?.id).toBe('details-heading');
    fireEvent.click(screen.getByRole('button', { name: 'Cerrar detalle' }));
    expect(screen.queryByTestId('incident-details')).toBeNull();
  });

  it('switches every string to English, including the open details', async () => {
    const { onUrlStateChange } = renderApp();
    const list = await screen.findByTestId('incident-list');
    fireEvent.click(await within(list).findByRole('button', { name: /Juliaca/ }));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(onUrlStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ language: 'en' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/deaths, injuries/);
    const details = screen.getByTestId('incident-details');
    expect(details.textContent).toContain('9 January 2023');
    expect(details.textContent).toContain('Summary in English.');
    expect(details.textContent).toContain('Right to life');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a tooltip for the incident under the pointer, and hides it on leave', async () => {
    const { map } = renderApp({ language: 'en' });
    await waitFor(() => expect(map.states.length).toBeGreaterThan(0));
    act(() => map.callbacks().onHover({ kind: 'incident', id: 'juliaca', x: 10, y: 20 }));
    expect(screen.getByRole('tooltip').textContent).toBe(
      '9 January 2023 · Juliaca, San Román: 17 killed, 80 injured',
    );
    act(() =>
      map.callbacks().onHover({ kind: 'cluster', incidents: 4, killed: 18, injured: 90, x: 1, y: 1 }),
    );
    expect(screen.getByRole('tooltip').textContent).toBe('4 incidents · 18 killed · 90 injured');
    act(() => map.callbacks().onHover(null));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('lists the features it had to leave out', async () => {
    const broken = makeFeature({ id: 'broken', date: '2024-01-01' });
    renderApp({ body: makeCollection([juliaca, broken]), language: 'en' });
    const notice = await screen.findByTestId('problems');
    expect(notice.textContent).toContain('1 incident could not be shown: broken');
    expect(notice.textContent).toContain('date 2024-01-01 is outside 2022-12-07…2023-03-31');
    expect(totals().getAttribute('data-incidents')).toBe('1');
  });

  it('shows an error screen with the reason when the file is not a FeatureCollection', async () => {
    renderApp({ body: { type: 'Feature' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/no es una colección GeoJSON/);
  });

  it('shows an error screen on an HTTP error and loads again on retry', async () => {
    const { fetchImpl } = renderApp({ status: 500, language: 'en' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('error 500');
    fetchImpl.mockImplementation(async () => new Response(JSON.stringify(makeCollection([juliaca]))));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(totals().getAttribute('data-incidents')).toBe('1'));
  });

  it('keeps the panel and list usable when the map cannot be created', async () => {
    renderApp({ fails: true, language: 'en' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/WebGL 2/);
    expect(await screen.findByTestId('incident-list')).toBeTruthy();
    // No "loading" left over the place of a map that will never come.
    expect(screen.getByTestId('map').hasAttribute('data-loading-label')).toBe(false);
  });

  it('says when the map’s code could not be fetched, not that WebGL is missing, and tries again on request', async () => {
    renderApp({ unreachableTimes: 1, language: 'en' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be loaded: the connection failed/);
    expect(alert.textContent).not.toMatch(/WebGL/);
    expect(screen.getByTestId('map').hasAttribute('data-loading-label')).toBe(false);
    expect(await screen.findByTestId('incident-list')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('map').getAttribute('data-state')).toBe('idle'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('map').getAttribute('data-loading-label')).toBe('Loading the map…');
  });

  it('offers no Try again where the map cannot be drawn at all (no WebGL 2)', async () => {
    renderApp({ fails: true, language: 'es' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/se necesita WebGL 2/);
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('says the map is loading, in the reader’s language, until it can be drawn', async () => {
    renderApp({ language: 'es' });
    expect(screen.getByTestId('map').getAttribute('data-loading-label')).toBe('Cargando el mapa…');
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(screen.getByTestId('map').getAttribute('data-loading-label')).toBe('Loading the map…');
  });

  it('never renders incident text as HTML', async () => {
    const hostile = makeFeature({ id: 'hostile', place: '<img src=x onerror=alert(1)>' });
    renderApp({ body: makeCollection([hostile]) });
    const list = await screen.findByTestId('incident-list');
    await within(list).findByText(/<img src=x onerror=alert\(1\)>/);
    expect(document.querySelector('img')).toBeNull();
  });

  it('toggles the side panel for small screens', async () => {
    renderApp({ language: 'en' });
    const toggle = screen.getByRole('button', { name: 'Show panel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide panel' }).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('App with many incidents', () => {
  it('lists the first 100 incidents and shows more on request', async () => {
    const many = Array.from({ length: 230 }, (_, i) => makeFeature({ id: `many-${i}` }));
    const map = makeFakeMap();
    render(
      <App
        language="en"
        dataUrl="x"
        createMap={map.create}
        fetchImpl={serve(makeCollection(many)) as unknown as typeof fetch}
      />,
    );
    const list = await screen.findByTestId('incident-list');
    expect(await within(list).findAllByRole('button')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more (130 left)' }));
    expect(within(list).getAllByRole('button')).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more (30 left)' }));
    expect(within(list).getAllByRole('button')).toHaveLength(230);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    // 230 rows rendered three times in jsdom: seconds on a loaded 2-core machine, past vitest's 5 s default.
  }, 20_000);
});
