import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { makeCollection, makeFeature } from '../../factories.ts';
import { makeFakeMap } from '../../fake-map.ts';

const incidents = [
  makeFeature({
    id: 'juliaca',
    date: '2023-01-09',
    killed: 17,
    injured: 80,
    place: '=cmd',
    violations: ['life'],
  }),
  makeFeature({ id: 'later', date: '2023-02-09', injured: 3 }),
];
const README = '## Disagreements between sources\n\n- **Juliaca**: 200 or [112](https://example.org/h).\n';

function renderApp(readmeStatus = 200) {
  const map = makeFakeMap();
  const fetchImpl = vi.fn(async (url: string) =>
    url.endsWith('README.md')
      ? new Response(README, { status: readmeStatus })
      : new Response(JSON.stringify(makeCollection(incidents))),
  );
  const range = { fromDay: 19366, toDay: 19366 }; // 2023-01-09 only
  render(
    <App
      language="en"
      dataUrl="data/incidents.geojson"
      createMap={map.create}
      fetchImpl={fetchImpl as unknown as typeof fetch}
      initialRange={range}
    />,
  );
  return { map };
}

/** Catches what the page saves: the blob behind the object URL and the file name of the link clicked. */
function captureSaves() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  return saved;
}

function savedText(file: { blob: Blob } | undefined): Promise<string> {
  if (!file) throw new Error('nothing was saved');
  return file.blob.text();
}

afterEach(() => vi.restoreAllMocks());

describe('Downloads', () => {
  it('saves exactly the incidents shown as GeoJSON, named by the dates', async () => {
    const saved = captureSaves();
    renderApp();
    await waitFor(() => expect(screen.getByTestId('totals').getAttribute('data-incidents')).toBe('1'));
    fireEvent.click(screen.getByTestId('download-geojson'));
    await waitFor(() => expect(saved[0]?.name).toBe('peru-protestas_2023-01-09_2023-01-09.geojson'));
    const collection = JSON.parse(await savedText(saved[0]));
    expect(collection.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([
      'juliaca',
    ]);
    expect(collection.metadata).toMatchObject({ incidents: 1, killed: 17, filters: { from: '2023-01-09' } });
  });

  it('saves the same incidents as CSV with formulas defused', async () => {
    const saved = captureSaves();
    renderApp();
    await waitFor(() => expect(screen.getByTestId('totals').getAttribute('data-incidents')).toBe('1'));
    fireEvent.click(screen.getByTestId('download-csv'));
    await waitFor(() => expect(saved[0]?.name).toBe('peru-protestas_2023-01-09_2023-01-09.csv'));
    const text = await savedText(saved[0]);
    expect(text.trim().split('\r\n')).toHaveLength(2);
    expect(text).toContain(",'=cmd,");
  });

  it('offers the PNG only once the map can export it', async () => {
    renderApp();
    await waitFor(() => expect(screen.getByTestId('totals').getAttribute('data-incidents')).toBe('1'));
    expect((screen.getByTestId('download-png') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('download-full').getAttribute('href')).toBe('data/incidents.geojson');
  });
});

describe('About the data', () => {
  // The Markdown renderer is a chunk of its own that the app imports when About opens: transform it once here,
  // so the test's time goes on the behaviour.
  beforeAll(() => import('../../../src/components/share/markdown-view.tsx'), 60_000);

  it("shows the licence, how to cite and the dataset's README, links opening safely", async () => {
    renderApp();
    await waitFor(() => expect(screen.getByTestId('totals').getAttribute('data-incidents')).toBe('1'));
    screen.getByTestId('about-button').focus();
    fireEvent.click(screen.getByTestId('about-button'));
    const dialog = await screen.findByTestId('about-dialog');
    expect(dialog.textContent).toContain('Data licence: CC BY 4.0');
    expect(screen.getByTestId('citation').textContent).toMatch(
      /^Test dataset \(version of 2026-11-23\)\. http/,
    );
    await screen.findByRole('heading', { name: 'Disagreements between sources' }, { timeout: 3000 });
    const link = screen.getByRole('link', { name: '112' });
    expect(link.getAttribute('href')).toBe('https://example.org/h');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('Disagreements between sources').closest('[lang]')?.getAttribute('lang')).toBe(
      'en',
    );
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('about-dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('about-button'));
  });

  it('says so when the README cannot be loaded', async () => {
    renderApp(404);
    await waitFor(() => expect(screen.getByTestId('totals').getAttribute('data-incidents')).toBe('1'));
    fireEvent.click(screen.getByTestId('about-button'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
  });
});
