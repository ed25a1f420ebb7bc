import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { ALL_FILTERS } from '../../../src/model/regions/filters.ts';
import { makeCollection, makeFeature } from '../../factories.ts';
import { makeFakeMap } from '../../fake-map.ts';

const incidents = [makeFeature({ id: 'juliaca', killed: 17, injured: 80, violations: ['life'] })];

function renderApp(options: { isEmbed?: boolean } = {}) {
  const map = makeFakeMap();
  const fetchImpl = vi.fn(async () => new Response(JSON.stringify(makeCollection(incidents))));
  render(
    <App
      language="en"
      dataUrl="data/incidents.geojson"
      createMap={map.create}
      fetchImpl={fetchImpl as unknown as typeof fetch}
      initialView={{
        filters: { ...ALL_FILTERS, categories: new Set(['life']) },
        region: 'PE-PUN',
        measure: 'killed',
      }}
      isEmbed={options.isEmbed}
    />,
  );
  return { map };
}

const ready = () =>
  waitFor(() => expect(screen.getByTestId('totals').getAttribute('data-incidents')).toBe('1'));

describe('Share dialog', () => {
  it('offers the link to the current view and both embed codes', async () => {
    renderApp();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' });
    expect(dialog).toBeTruthy();
    const link = new URL((screen.getByTestId('share-link') as HTMLInputElement).value);
    expect(link.searchParams.get('region')).toBe('PE-PUN');
    expect(link.searchParams.get('cat')).toBe('life');
    expect(link.searchParams.get('lang')).toBe('en');
    expect(link.searchParams.has('embed')).toBe(false);
    expect(document.activeElement).toBe(screen.getByTestId('share-link'));
    const responsive = (screen.getByTestId('share-embed') as HTMLTextAreaElement).value;
    expect(responsive).toContain('embed=1');
    expect(responsive).toContain('region=PE-PUN');
    expect(responsive).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>$/);
    expect((screen.getByTestId('share-embed-fixed') as HTMLTextAreaElement).value).not.toContain('<script');
  });

  it('copies the link and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    fireEvent.click((await screen.findAllByRole('button', { name: 'Copy' }))[0] as HTMLElement);
    await screen.findByText('Copied');
    expect(writeText).toHaveBeenCalledWith((screen.getByTestId('share-link') as HTMLInputElement).value);
  });

  it('tells the reader to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    fireEvent.click((await screen.findAllByRole('button', { name: 'Copy' }))[1] as HTMLElement);
    await screen.findByText(/Could not copy/);
  });

  it('closes on Escape without clearing the focused department, and gives focus back', async () => {
    renderApp();
    await ready();
    const button = screen.getByRole('button', { name: 'Share' });
    fireEvent.click(button);
    fireEvent.keyDown(await screen.findByTestId('share-link'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(screen.getByTestId('focus-notice')).toBeTruthy();
  });
});

describe('Embed mode', () => {
  it('shows the map, timeline, totals and a link to the full map, without the side panel', async () => {
    const { map } = renderApp({ isEmbed: true });
    await ready();
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Peru/);
    const full = screen.getByRole('link', { name: 'Open the full map' });
    expect(full.getAttribute('target')).toBe('_blank');
    expect(full.getAttribute('rel')).toBe('noopener noreferrer');
    const url = new URL(full.getAttribute('href') ?? '');
    expect(url.searchParams.get('region')).toBe('PE-PUN');
    expect(url.searchParams.has('embed')).toBe(false);
    expect(map.callbacks().isEmbed).toBe(true);
    expect(screen.getByRole('slider', { name: /start/i })).toBeTruthy();
  });
});
