import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  capture,
  countColours,
  findColour,
  launchBrowser,
  openPage,
  waitForMapIdle,
} from './browser.ts';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/incidents.geojson'), 'utf8'));
const features: {
  properties: { id: string; killed: number; injured: number };
  geometry: { coordinates: [number, number] };
}[] = dataset.features;
const datasetTotals = features.reduce(
  (sum, feature) => ({
    killed: sum.killed + feature.properties.killed,
    injured: sum.injured + feature.properties.injured,
  }),
  { killed: 0, injured: 0 },
);

// Cluster bubbles are #4d1515 at 88% opacity over the map's near-white land: about rgb(98, 48, 48).
const CLUSTER_RGB: [number, number, number] = [98, 48, 48];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function totalsOf(page: import('playwright-core').Page) {
  return page.locator('[data-testid="totals"]').evaluate((element) => ({
    killed: Number(element.getAttribute('data-killed')),
    injured: Number(element.getAttribute('data-injured')),
    incidents: Number(element.getAttribute('data-incidents')),
  }));
}

describe('the map page', () => {
  it('loads with no console errors and no request off its own origin', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(appUrl());
    await waitForMapIdle(page);
    const origin = new URL(appUrl()).origin;
    const offOrigin = log.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
    expect(offOrigin).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.requests.some((url) => url.endsWith('/data/incidents.geojson'))).toBe(true);
    await page.close();
  });

  it('draws Peru, its departments and incident clusters on the canvas', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl());
    // Before it is drawn the map's place says so; idle means drawn and on screen, the canvas shown.
    await page.waitForSelector(
      '[data-testid="map"][data-loading-label="Cargando el mapa…"]:not([data-shown])',
    );
    await waitForMapIdle(page);
    expect(
      await page.$eval('[data-testid="map"] canvas', (canvas) => getComputedStyle(canvas).visibility),
    ).toBe('visible');
    expect(await page.$eval('[data-testid="map"]', (map) => getComputedStyle(map, '::after').content)).toBe(
      'none',
    );
    const image = await capture(page, '[data-testid="map"]', 'map-es.png');
    expect(countColours(image)).toBeGreaterThan(30);
    expect(findColour(image, CLUSTER_RGB).length).toBeGreaterThan(200);
    await page.screenshot({ path: resolve(import.meta.dirname, 'screenshots/page-es.png') });
    await page.close();
  });

  it('shows the whole dataset in the totals', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl());
    await waitForMapIdle(page);
    expect(await totalsOf(page)).toEqual({ ...datasetTotals, incidents: features.length });
    await page.close();
  });

  it('zooms in when a cluster is clicked', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl());
    await waitForMapIdle(page);
    const before = Number(
      (await page.locator('[data-testid="map"]').getAttribute('data-view'))?.split('/')[0],
    );
    const image = await capture(page, '[data-testid="map"]');
    const pixels = findColour(image, CLUSTER_RGB);
    const [x, y] = pixels[Math.floor(pixels.length / 2)] ?? [0, 0];
    const box = await page.locator('[data-testid="map"]').boundingBox();
    await page.mouse.click((box?.x ?? 0) + x, (box?.y ?? 0) + y);
    await page.waitForFunction(
      (zoom) =>
        Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-view')?.split('/')[0]) >
        zoom,
      before,
      { timeout: 10_000 },
    );
    await page.close();
  });

  it('opens the details and sources of an incident clicked on the map', async () => {
    const { page } = await openPage(browser);
    const target = features.find((feature) => feature.properties.killed > 0) ?? features[0];
    if (!target) throw new Error('empty dataset');
    const [lng, lat] = target.geometry.coordinates;
    // At zoom 16 no clusters remain (they stop at 11), so the incident sits alone at the map's centre.
    await page.goto(appUrl(`?map=13/${lat}/${lng}`));
    await waitForMapIdle(page);
    const box = await page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('[data-testid="map-tooltip"]').count()).toBe(1);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const details = page.locator('[data-testid="incident-details"]');
    await details.waitFor();
    const links = details.locator('[data-testid="sources"] a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(await details.locator('[data-field="killed"]').textContent()).toBe(
      String(target.properties.killed),
    );
    await page.screenshot({ path: resolve(import.meta.dirname, 'screenshots/details-es.png') });
    await page.close();
  });

  it('reaches the same details from the keyboard through the list', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl());
    await waitForMapIdle(page);
    const first = page.locator('[data-testid="incident-list"] button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="incident-details"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-heading');
    expect(await first.getAttribute('aria-current')).toBe('true');
    await page.close();
  });

  it('switches the interface to English and back, and keeps the choice in the URL', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl());
    await waitForMapIdle(page);
    expect(await page.locator('h1').textContent()).toMatch(/muertes, heridos/);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toMatch(/deaths, injuries/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('lang') === 'en');
    // The map's own controls follow the switch, though MapLibre reads its labels only when it is made.
    expect(await page.getAttribute('.maplibregl-ctrl-zoom-in', 'aria-label')).toBe('Zoom in');
    expect(await page.getAttribute('.maplibregl-ctrl-zoom-out', 'title')).toBe('Zoom out');
    expect(await page.getAttribute('[data-testid="map"] canvas', 'aria-label')).toBe('Map');
    await page.locator('[data-testid="incident-list"] button').first().click();
    expect(await page.locator('[data-testid="incident-details"]').textContent()).toMatch(/Sources/);
    await page.screenshot({ path: resolve(import.meta.dirname, 'screenshots/page-en.png') });
    await page.getByRole('button', { name: 'Español' }).click();
    expect(await page.locator('[data-testid="incident-details"]').textContent()).toMatch(/Fuentes/);
    expect(await page.getAttribute('.maplibregl-ctrl-zoom-in', 'aria-label')).toBe('Acercar');
    expect(await page.getAttribute('[data-testid="map"] canvas', 'aria-label')).toBe('Mapa');
    await page.close();
  });

  it('opens in English with ?lang=en', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=en'));
    await page.locator('[data-testid="totals"]').waitFor();
    expect(await page.locator('[data-testid="totals"]').textContent()).toMatch(/People killed/);
    await page.close();
  });

  it('shows an error screen with the reason when the data is not a FeatureCollection', async () => {
    const { page } = await openPage(browser);
    await page.route('**/data/incidents.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Feature"}' }),
    );
    await page.goto(appUrl());
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/no es una colección GeoJSON/);
    await page.close();
  });

  it('shows an error screen when the data is not JSON, and retries', async () => {
    const { page } = await openPage(browser);
    let calls = 0;
    await page.route('**/data/incidents.geojson', (route) => {
      calls += 1;
      return calls === 1 ? route.fulfill({ status: 200, body: '{"type": "FeatureCol' }) : route.continue();
    });
    await page.goto(appUrl('?lang=en'));
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not valid JSON/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForMapIdle(page);
    expect((await totalsOf(page)).incidents).toBe(features.length);
    await page.close();
  });

  it('lists features that could not be shown instead of dropping them silently', async () => {
    const { page } = await openPage(browser);
    const broken = structuredClone(dataset);
    broken.features[0].properties.date = '2023-02-30';
    await page.route('**/data/incidents.geojson', (route) =>
      route.fulfill({ status: 200, body: JSON.stringify(broken) }),
    );
    await page.goto(appUrl('?lang=en'));
    await waitForMapIdle(page);
    const notice = page.locator('[data-testid="problems"]');
    expect(await notice.textContent()).toContain('1 incident could not be shown');
    expect(await notice.textContent()).toContain(broken.features[0].properties.id);
    expect((await totalsOf(page)).incidents).toBe(features.length - 1);
    await page.close();
  });

  it('is usable 360 px wide: the panel opens and closes', async () => {
    const { page } = await openPage(browser, { width: 360, height: 740 });
    await page.goto(appUrl());
    await waitForMapIdle(page);
    // The boundaries' attribution keeps to one line instead of covering the bottom of the phone's short map.
    const attribution = await page.locator('.maplibregl-ctrl-attrib-inner').evaluate((element) => ({
      text: element.textContent ?? '',
      height: element.getBoundingClientRect().height,
      fontSize: Number.parseFloat(getComputedStyle(element).fontSize),
    }));
    expect(attribution.text).toContain('GeoNames (CC BY 4.0)');
    expect(attribution.height).toBeLessThan(attribution.fontSize * 2);
    const toggle = page.locator('.panel-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-testid="incident-list"]').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-testid="incident-list"]').isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(import.meta.dirname, 'screenshots/phone-es.png') });
    await page.close();
  });
});
