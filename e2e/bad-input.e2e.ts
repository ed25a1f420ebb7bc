import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdleLong } from './axe.ts';
import { appUrl, launchBrowser, openPage } from './browser.ts';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/incidents.geojson'), 'utf8'));
const indexHtml = readFileSync(resolve(import.meta.dirname, '../dist/index.html'), 'utf8');
type Feature = {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] };
  properties: Record<string, unknown>;
};
const real: Feature[] = dataset.features;
const clone = (
  feature: Feature,
  properties: Record<string, unknown> = {},
  coordinates?: number[],
): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: coordinates ?? feature.geometry.coordinates },
  properties: { ...feature.properties, ...properties },
});
const a = real[0] as Feature;
const b = real[1] as Feature;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the page on `?data=/bad/<name>.geojson`, answered with `body` (and `status`) instead of a real file. */
async function openWith(body: string, options: { status?: number; type?: string; search?: string } = {}) {
  const { page, log } = await openPage(browser);
  await page.route(
    (url) => url.pathname.startsWith('/bad/'),
    (route) =>
      route.fulfill({ status: options.status ?? 200, contentType: options.type ?? 'application/json', body }),
  );
  await page.goto(appUrl(`?lang=en&data=/bad/file.geojson${options.search ?? ''}`));
  await page.waitForSelector('[data-testid="problems"], [data-testid="error"], [data-testid="totals"]');
  return { page, log };
}

const collection = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', metadata: dataset.metadata, ...extra, features });

async function expectNotBlank(page: Page) {
  expect(((await page.textContent('body')) ?? '').trim().length).toBeGreaterThan(20);
}

describe('bad input: what the reader sees', { timeout: 240_000 }, () => {
  it('leaves out an incident with an absurd count, names it, and draws the rest', async () => {
    const { page, log } = await openWith(collection([clone(a, { killed: 1e12 }), b]));
    await waitForMapIdleLong(page);
    const notice = await page.textContent('[data-testid="problems"]');
    expect(notice).toContain('1 incident could not be shown');
    expect(notice).toContain(String(a.properties.id));
    expect(await page.getAttribute('[data-testid="totals"]', 'data-incidents')).toBe('1');
    expect(log.consoleErrors.filter((e) => !/WebGL|GL Driver/.test(e))).toEqual([]);
    await page.close();
  });

  it('reports a department the point is not in and a point in the sea, with their ids, and counts them once', async () => {
    const wrong = clone(a, {
      id: 'test-wrong-department',
      department: a.properties.department === 'PE-CUS' ? 'PE-PUN' : 'PE-CUS',
    });
    const sea = clone(b, { id: 'test-in-the-sea' }, [-80.5, -12.5]);
    const { page } = await openWith(collection([wrong, sea]));
    await waitForMapIdleLong(page);
    expect(await page.getAttribute('[data-testid="problems"]', 'data-kept')).toBe('2');
    expect(await page.textContent('[data-testid="problems-kept"]')).toMatch(
      /2 incidents are shown with a warning/,
    );
    await page.click('[data-testid="problems"] summary');
    const listed = await page.textContent('[data-testid="problems-list"]');
    expect(listed).toContain('test-wrong-department');
    expect(listed).toContain(`but point lies in ${a.properties.department}`);
    expect(listed).toContain('test-in-the-sea');
    expect(await page.getAttribute('[data-testid="totals"]', 'data-incidents')).toBe('2');
    await page.close();
  });

  it('counts every duplicate left out: three features with one id leave out two', async () => {
    const { page } = await openWith(collection([a, clone(a), clone(a), b]));
    expect(await page.textContent('[data-testid="problems-left-out"]')).toContain(
      '2 incidents could not be shown',
    );
    await page.close();
  });

  it('bounds the records inside a feature', async () => {
    const manySources = clone(a, { sources: Array(501).fill((a.properties.sources as unknown[])[0]) });
    const longSummary = clone(b, { summary_en: 'x'.repeat(20_000) });
    const { page } = await openWith(collection([manySources, longSummary]));
    await page.click('[data-testid="problems"] summary');
    const listed = await page.textContent('[data-testid="problems-list"]');
    expect(listed).toContain('sources has 501 entries; at most 500 are accepted');
    expect(listed).toContain('summary_en is 20000 characters long');
    await page.close();
  });

  it('summarises 50,000 junk features: counts by field, the first 50 in full, a text file of all', async () => {
    const junk = Array.from({ length: 50_000 }, (_, k) => ({
      type: 'Feature',
      properties: { id: `junk-${k}` },
    }));
    const started = Date.now();
    const { page } = await openWith(collection([a, ...junk]));
    await page.waitForSelector('[data-testid="problems-left-out"]');
    console.log(`50,000 junk features: notice after ${Date.now() - started} ms`);
    expect(await page.textContent('[data-testid="problems-left-out"]')).toContain(
      '50,000 incidents could not be shown',
    );
    expect(await page.locator('[data-testid="problems"] li').count()).toBeLessThanOrEqual(70);
    await page.click('[data-testid="problems"] summary');
    expect(await page.locator('[data-testid="problems-list"] li').count()).toBe(50);
    expect(await page.textContent('[data-testid="problems-by-kind"]')).toMatch(/geometry: 50,000/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="problems-download"]'),
    ]);
    expect(download.suggestedFilename()).toBe('problems.txt');
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.split('\n').filter(Boolean).length).toBeGreaterThan(50_000);
    await page.close();
  });

  it('says plainly that the data file was not found when the server answers with its web page', async () => {
    const { page } = await openWith(indexHtml, { type: 'text/html' });
    await page.waitForSelector('[data-testid="error"]');
    expect(await page.getAttribute('[data-testid="error"]', 'role')).toBe('alert');
    expect(await page.textContent('[data-testid="error"]')).toContain(
      'The data file was not found (/bad/file.geojson)',
    );
    await page.close();
  });

  it("says so when a big pack's reader cannot be fetched, instead of loading for ever", async () => {
    const { page } = await openPage(browser);
    // The loading worker imports the pack's reader (its own chunk) while the file arrives: the chunk fails.
    const isReader = (url: URL) => /\/assets\/read-pack-[^/]*\.js$/.test(url.pathname);
    let isAborted = false;
    await page.context().route(isReader, (route) => {
      isAborted = true;
      return route.abort();
    });
    await page.goto(appUrl('?lang=en&data=/bench/synthetic-100k.pack'));
    const error = await page.waitForSelector('[data-testid="error"]', { timeout: 60_000 });
    expect(isAborted).toBe(true);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toContain('The server could not be reached');
    await page.close();
  });

  it("says the map's code could not be fetched, keeps the panel, and draws the map on Try again", async () => {
    const { page } = await openPage(browser);
    // MapLibre's page side (its chunks, preloaded by the page and imported by the app) fails, then comes back.
    const isMapCode = (url: URL) => /\/assets\/(incident-map|tile_cache)-[^/]*\.js$/.test(url.pathname);
    let isOffline = true;
    await page.context().route(isMapCode, (route) => (isOffline ? route.abort() : route.continue()));
    await page.goto(appUrl('?lang=en'));
    const alert = page.locator('[data-testid="map"] ~ [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The map could not be loaded: the connection failed.');
    expect(await alert.textContent()).not.toContain('WebGL');
    expect(await page.getAttribute('[data-testid="totals"]', 'data-incidents')).toBe('103');
    isOffline = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('[data-testid="map"][data-shown]', { timeout: 60_000 });
    expect(await alert.count()).toBe(0);
    await page.close();
  });

  it("says in About's place that its text's code could not be fetched, keeps the page, and shows it on Try again", async () => {
    const { page } = await openPage(browser);
    const isMarkdownCode = (url: URL) => /\/assets\/markdown-view-[^/]*\.js$/.test(url.pathname);
    let isOffline = true;
    await page.context().route(isMarkdownCode, (route) => (isOffline ? route.abort() : route.continue()));
    await page.goto(appUrl('?lang=es'));
    await page.waitForSelector('[data-testid="map"][data-shown]', { timeout: 60_000 });
    await page.click('[data-testid="about-button"]');
    const dialog = page.locator('[data-testid="about-dialog"]');
    const alert = dialog.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Esta parte no se pudo cargar: falló la conexión.');
    // Before, the whole page gave way to "No se pudieron cargar los datos" (the page's own error screen).
    expect(await page.locator('[data-testid="error"]').count()).toBe(0);
    expect(await page.getAttribute('[data-testid="totals"]', 'data-incidents')).toBe('103');
    isOffline = false;
    await alert.getByRole('button', { name: 'Reintentar' }).click();
    await dialog.locator('.markdown table').first().waitFor({ timeout: 30_000 });
    expect(await alert.count()).toBe(0);
    await page.close();
  });

  it('notices parameters it does not understand and shows the rest', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=fr&embed=2&data=https://example.org/x.geojson'));
    await page.waitForSelector('[data-testid="notice"]');
    expect(await page.textContent('[data-testid="notice"]')).toContain('(lang, embed, data)');
    await expectNotBlank(page);
    await page.close();
  });

  it('names bad metadata without calling it an incident, and cites a file with none without "(version of )"', async () => {
    const { page } = await openWith(collection([a], { metadata: { title: 1 } }));
    expect(await page.textContent('[data-testid="problems-metadata"]')).toContain('metadata has problems');
    expect(await page.locator('[data-testid="problems-left-out"]').count()).toBe(0);
    await page.close();
    const none = await openWith(JSON.stringify({ type: 'FeatureCollection', features: [a] }));
    await none.page.click('[data-testid="about-button"]');
    const citation = await none.page.textContent('[data-testid="citation"]');
    expect(citation).not.toContain('(version of )');
    await none.page.close();
  });
});
