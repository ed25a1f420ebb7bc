import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartmentIndex } from '../src/data/department-index.ts';
import { appUrl, capture, launchBrowser, openPage, SCREENSHOTS, waitForMapIdle } from './browser.ts';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/incidents.geojson'), 'utf8'));
const features: {
  properties: { date: string; end_date?: string; department: string; killed: number; injured: number };
}[] = dataset.features;
const departments = createDepartmentIndex(
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '../public/basemap/peru-departments.simplified.geojson'),
      'utf8',
    ),
  ),
);

/** What the page must show for a department and an inclusive range, recounted from the file (data:check
 * guarantees each point lies in its declared department). */
function expected(department: string, from: string, to: string) {
  const inRange = features.filter(
    ({ properties: p }) => p.department === department && p.date <= to && (p.end_date ?? p.date) >= from,
  );
  return {
    killed: inRange.reduce((sum, { properties }) => sum + properties.killed, 0),
    injured: inRange.reduce((sum, { properties }) => sum + properties.injured, 0),
    incidents: inRange.length,
  };
}

function figures(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => ({
    killed: Number(element.getAttribute('data-killed')),
    injured: Number(element.getAttribute('data-injured')),
    incidents: Number(element.getAttribute('data-incidents')),
  }));
}

/** Pixels of the choropleth's purples: blue well above green, red below blue. */
function purplePixels(image: PNG): number {
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
    if (b - g > 25 && r < b) count += 1;
  }
  return count;
}

/** Where `[lng, lat]` is drawn in the map container, from its `data-view` (zoom/lat/lng) and Web Mercator. */
async function pixelOf(page: Page, lng: number, lat: number): Promise<[number, number]> {
  const map = page.locator('[data-testid="map"]');
  const [zoom, centreLat, centreLng] = ((await map.getAttribute('data-view')) ?? '')
    .split('/')
    .map(Number) as [number, number, number];
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  const world = 512 * 2 ** zoom;
  const x = (longitude: number) => ((longitude + 180) / 360) * world;
  const y = (latitude: number) =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / Math.PI) / 2) * world;
  return [box.x + box.width / 2 + x(lng) - x(centreLng), box.y + box.height / 2 + y(lat) - y(centreLat)];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('regions and categories', () => {
  it("shows Puno's figures for 9 January 2023 in its row and in the totals", async () => {
    const { page, log } = await openPage(browser);
    await page.goto(appUrl('?from=2023-01-09&to=2023-01-09&region=PE-PUN'));
    await waitForMapIdle(page);
    const puno = expected('PE-PUN', '2023-01-09', '2023-01-09');
    expect(puno.killed).toBeGreaterThan(0);
    expect(await figures(page, '[data-testid="totals"]')).toEqual(puno);
    expect(await figures(page, 'tr[data-region="PE-PUN"]')).toEqual(puno);
    expect(await page.locator('tr[data-region="PE-PUN"]').getAttribute('aria-current')).toBe('true');
    expect(await page.locator('[data-testid="focus-notice"]').textContent()).toMatch(/Puno/);
    // The map fitted Puno: zoomed in from the whole-country view, centred inside the department.
    const [zoom, lat, lng] = ((await page.locator('[data-testid="map"]').getAttribute('data-view')) ?? '')
      .split('/')
      .map(Number) as [number, number, number];
    expect(zoom).toBeGreaterThan(5.5);
    expect(departments.locate(lng, lat)).toBe('PE-PUN');
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps the total row equal to the totals and each row equal to a recount of the file', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?from=2022-12-07&to=2023-01-31'));
    await waitForMapIdle(page);
    expect(await figures(page, '[data-testid="region-total"]')).toEqual(
      await figures(page, '[data-testid="totals"]'),
    );
    const codes = await page
      .locator('tr[data-region]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-region') as string));
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes)
      expect(await figures(page, `tr[data-region="${code}"]`)).toEqual(
        expected(code, '2022-12-07', '2023-01-31'),
      );
    await page.close();
  });

  it('changes the counts and the choropleth when the categories change, and keeps them in the URL', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=en'));
    await waitForMapIdle(page);
    const before = await figures(page, '[data-testid="totals"]');
    const purpleBefore = purplePixels(await capture(page, '[data-testid="map"]'));
    expect(purpleBefore).toBeGreaterThan(2000);
    // Only attacks on the press: far fewer people killed, so most departments lose their colour.
    await page.getByRole('button', { name: 'None', exact: true }).click();
    await page.getByRole('checkbox', { name: /^Freedom of expression and the press:/ }).check();
    await page.waitForFunction(
      (killed) =>
        Number(document.querySelector('[data-testid="totals"]')?.getAttribute('data-killed')) < killed,
      before.killed,
    );
    await waitForMapIdle(page);
    const after = await figures(page, '[data-testid="totals"]');
    expect(after.incidents).toBeLessThan(before.incidents);
    expect(after.incidents).toBeGreaterThan(0);
    expect(await figures(page, '[data-testid="region-total"]')).toEqual(after);
    const purpleAfter = purplePixels(await capture(page, '[data-testid="map"]'));
    expect(purpleAfter).toBeLessThan(purpleBefore * 0.8);
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('cat') === 'expression');
    await page.close();
  });

  it('focuses a department clicked on the map and clears it with Escape', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=en'));
    await waitForMapIdle(page);
    // Southern Ayacucho (Lucanas), away from every incident and cluster.
    const spot: [number, number] = [-73.9, -14.6];
    expect(departments.locate(...spot)).toBe('PE-AYA');
    const [x, y] = await pixelOf(page, ...spot);
    await page.mouse.move(x, y);
    await expect.poll(() => page.locator('[data-testid="map-tooltip"]').textContent()).toMatch(/^Ayacucho:/);
    await page.mouse.click(x, y);
    await page.locator('[data-testid="focus-notice"]').waitFor();
    await waitForMapIdle(page);
    const ayacucho = expected('PE-AYA', '2022-12-07', '2023-03-31');
    expect(await figures(page, '[data-testid="totals"]')).toEqual(ayacucho);
    expect(await page.locator('tr[data-region="PE-AYA"]').getAttribute('aria-current')).toBe('true');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('region') === 'PE-AYA');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="focus-notice"]').waitFor({ state: 'detached' });
    expect((await figures(page, '[data-testid="totals"]')).incidents).toBe(features.length);
    await page.close();
  });

  it('draws the choropleth in Spanish and English (screenshots)', async () => {
    for (const language of ['es', 'en']) {
      const { page } = await openPage(browser);
      await page.goto(appUrl(`?lang=${language}&measure=injured`));
      await waitForMapIdle(page);
      expect(await page.locator('[data-testid="choropleth-legend"] li').count()).toBeGreaterThan(2);
      const image = await capture(page, '[data-testid="map"]');
      expect(purplePixels(image)).toBeGreaterThan(5000);
      await page.locator('.side-panel').evaluate((panel) => {
        panel.scrollTop = (panel.querySelector('.choropleth') as HTMLElement).offsetTop - 8;
      });
      await page.screenshot({ path: resolve(SCREENSHOTS, `choropleth-${language}.png`) });
      await page.close();
    }
  });
});
