import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS } from '../src/theme/colours.ts';
import { appUrl, capture, hex, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SEA = hex(BASEMAP_COLOURS.sea);
const LAND = hex(BASEMAP_COLOURS.land);

/** Opens the app at `?map=zoom/lat/lng` and waits for the drawn map. */
async function openView(view: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const { page } = await openPage(browser, viewport);
  await page.goto(appUrl(`?map=${view}`));
  // The detail files take a while to tile in software WebGL on a busy machine: wait longer than the app tests.
  await page.waitForSelector('[data-testid="map"][data-state="idle"]', { timeout: 90_000 });
  return page;
}

function pixel(image: PNG, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

const isNear = (a: [number, number, number], b: [number, number, number], tolerance = 6) =>
  a.every((value, i) => Math.abs(value - (b[i] ?? 0)) <= tolerance);

/** Where `[lng, lat]` falls on the map's screenshot, from the view the map reports (`data-view`), Web Mercator. */
async function screenPoint(page: Page, image: PNG, lngLat: [number, number]): Promise<[number, number]> {
  const view = (await page.locator('[data-testid="map"]').getAttribute('data-view')) ?? '';
  const [zoom, lat, lng] = view.split('/').map(Number) as [number, number, number];
  const worldPx = 512 * 2 ** zoom;
  const project = ([x, y]: [number, number]): [number, number] => [
    ((x + 180) / 360) * worldPx,
    ((1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2) * worldPx,
  ];
  const [px, py] = project(lngLat);
  const [cx, cy] = project([lng, lat]);
  return [image.width / 2 + px - cx, image.height / 2 + py - cy];
}

describe('the basemap', () => {
  it('draws Lake Titicaca in the same colour as the Pacific', { timeout: 200_000 }, async () => {
    const lakePage = await openView('9/-15.75/-69.75');
    const lake = await capture(lakePage, '[data-testid="map"]');
    const lakeColour = pixel(lake, lake.width / 2, lake.height / 2);
    await lakePage.close();
    const seaPage = await openView('6/-14/-80');
    const sea = await capture(seaPage, '[data-testid="map"]');
    const seaColour = pixel(sea, sea.width / 2, sea.height / 2);
    await seaPage.close();
    expect(isNear(seaColour, SEA)).toBe(true);
    expect(lakeColour).toEqual(seaColour);
  });

  it('draws land east of Peru (61.5° W, 9° S) at every zoom the map allows, never the sea', async () => {
    const seen: string[] = [];
    for (let zoom = 3; zoom <= 14; zoom += 1) {
      const page = await openView(`${zoom}/-9/-61.5`);
      const image = await capture(page, '[data-testid="map"]');
      const [x, y] = await screenPoint(page, image, [-61.5, -9]);
      const colour = pixel(image, x, y);
      seen.push(`${zoom}: ${colour.join(',')}`);
      expect(x, `zoom ${zoom}`).toBeGreaterThan(0);
      expect(x, `zoom ${zoom}`).toBeLessThan(image.width);
      expect(isNear(colour, SEA, 12), `zoom ${zoom} is sea-coloured`).toBe(false);
      expect(isNear(colour, LAND), `zoom ${zoom}: ${colour.join(',')}`).toBe(true);
      await page.close();
    }
    expect(seen).toHaveLength(12);
  }, 600_000);

  it('labels the towns around Juliaca at zoom 10, capitals and small towns alike', {
    timeout: 120_000,
  }, async () => {
    const page = await openView('10/-15.45/-70.15');
    const towns = ((await page.locator('[data-testid="map"]').getAttribute('data-towns')) ?? '').split('|');
    await page.close();
    expect(towns).toContain('Juliaca');
    expect(towns.filter((name) => name !== '').length).toBeGreaterThanOrEqual(6);
  });

  it('shows only department capitals at the opening zoom', { timeout: 120_000 }, async () => {
    const page = await openView('5/-9.5/-75');
    const towns = ((await page.locator('[data-testid="map"]').getAttribute('data-towns')) ?? '').split('|');
    await page.close();
    expect(towns).toEqual(expect.arrayContaining(['Iquitos', 'Pucallpa', 'Trujillo']));
    expect(towns).not.toContain('Juliaca');
  });

  it('fetches the detail files only once the reader zooms in', { timeout: 300_000 }, async () => {
    const fetched: Record<number, string[]> = {};
    for (const zoom of [5, 7, 9]) {
      const { page, log } = await openPage(browser);
      await page.goto(appUrl(`?map=${zoom}/-13.16/-74.22`));
      await page.waitForSelector('[data-testid="map"][data-state="idle"]', { timeout: 90_000 });
      fetched[zoom] = log.requests.flatMap(
        (url) => /basemap\/(overview|detail-\d+)\.geojson$/.exec(url)?.[1] ?? [],
      );
      await page.close();
    }
    expect(fetched[5]).toEqual(['overview']);
    expect(fetched[7]?.sort()).toEqual(['detail-6', 'overview']);
    expect(fetched[9]?.sort()).toEqual(['detail-8', 'overview']);
  });

  it('takes screenshots at zoom 5, 7, 9 and 11 (Juliaca, Ayacucho, Andahuaylas)', async () => {
    const places: [string, number, number][] = [
      ['juliaca', -15.5, -70.13],
      ['ayacucho', -13.16, -74.22],
      ['andahuaylas', -13.66, -73.39],
    ];
    const page = await openView('5/-9.5/-75');
    await capture(page, '[data-testid="map"]', 'basemap-z5.png');
    await page.close();
    for (const [name, lat, lng] of places) {
      for (const zoom of [7, 9, 11]) {
        const zoomed = await openView(`${zoom}/${lat}/${lng}`);
        await capture(zoomed, '[data-testid="map"]', `basemap-z${zoom}-${name}.png`);
        await zoomed.close();
      }
    }
  }, 900_000);
});
