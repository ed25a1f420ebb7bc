import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, SCREENSHOTS, waitForMapIdle } from './browser.ts';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/incidents.geojson'), 'utf8'));
const killedInData: number = dataset.features.reduce(
  (sum: number, feature: { properties: { killed: number } }) => sum + feature.properties.killed,
  0,
);
const folder = mkdtempSync(join(tmpdir(), 'people-'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the data has loaded (the totals count incidents, the loading overlay is gone). */
async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="totals"]')?.getAttribute('data-incidents')) > 0 &&
      !document.querySelector('[data-testid="loading"]'),
    undefined,
    { timeout: 30_000 },
  );
}

/** The killed total, the people listed and the people figures' total of the page as it is now. */
async function counts(page: Page) {
  return {
    killed: Number(await page.getByTestId('totals').getAttribute('data-killed')),
    listed: await page.locator('[data-testid="people"] [data-person]').count(),
    figures: Number(await page.getByTestId('people-figures').getAttribute('data-total')),
  };
}

describe('the People killed view', () => {
  const views = [
    { name: 'the whole period', search: '' },
    { name: 'one day', search: '&from=2023-01-09&to=2023-01-09' },
    { name: 'one department', search: '&region=PE-PUN' },
    { name: 'a category filter', search: '&cat=physical_integrity,liberty' },
    { name: 'a context filter and a range', search: '&context=blockade&from=2022-12-10&to=2023-01-31' },
  ];
  for (const view of views) {
    it(`lists exactly the killed total for ${view.name}, opened by ?panel=people`, async () => {
      const { page, log } = await openPage(browser);
      await page.goto(appUrl(`?lang=es&panel=people${view.search}`));
      await waitForData(page);
      expect(await page.getByTestId('people-tab').getAttribute('aria-selected')).toBe('true');
      expect(await page.getByTestId('people').isVisible()).toBe(true);
      const { killed, listed, figures } = await counts(page);
      expect(listed).toBe(killed);
      expect(figures).toBe(killed);
      if (view.search === '') expect(killed).toBe(killedInData);
      if (view.search.includes('region=PE-PUN')) {
        const departments = await page
          .locator('[data-person]')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-department')));
        expect([...new Set(departments)]).toEqual(['PE-PUN']);
      }
      expect(log.consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('is reached by keyboard, and a person opens their incident on the map', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=en'));
    await waitForData(page);
    await page.waitForSelector('[data-testid="map"][data-view]', { state: 'attached', timeout: 30_000 });
    const viewBefore = await page.getByTestId('map').getAttribute('data-view');
    let role: string | null = null;
    for (let step = 0; step < 80 && role !== 'tab'; step += 1) {
      await page.keyboard.press('Tab');
      role = await page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);
    }
    expect(role).toBe('tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('people-tab').getAttribute('aria-selected')).toBe('true');
    let isPersonButton = false;
    for (let step = 0; step < 40 && !isPersonButton; step += 1) {
      await page.keyboard.press('Tab');
      isPersonButton = await page.evaluate(
        () => document.activeElement?.classList.contains('person-open') ?? false,
      );
    }
    expect(isPersonButton).toBe(true);
    const incident = await page.evaluate(() =>
      document.activeElement?.closest('[data-person]')?.getAttribute('data-incident'),
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('incident-details').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-heading');
    await page.waitForURL((url) => url.searchParams.get('incident') === incident);
    await page.waitForFunction(
      (before) => {
        const view = document.querySelector('[data-testid="map"]')?.getAttribute('data-view');
        return view !== before && Number(view?.split('/')[0]) >= 9.9;
      },
      viewBefore,
      { timeout: 15_000 },
    );
    await page.close();
  });

  it('downloads a CSV with one row per person in view', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=es&from=2023-01-09&to=2023-01-09&region=PE-PUN'));
    await waitForData(page);
    const killed = Number(await page.getByTestId('totals').getAttribute('data-killed'));
    expect(killed).toBeGreaterThan(0);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-people-csv').click(),
    ]);
    expect(file.suggestedFilename()).toBe('peru-protestas-personas_PE-PUN_2023-01-09_2023-01-09.csv');
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + killed);
    const header = rows[0] ?? [];
    const department = header.indexOf('admin1_iso');
    expect(rows.slice(1).every((row) => row[department] === 'PE-PUN')).toBe(true);
    await page.close();
  });

  for (const language of ['es', 'en'] as const) {
    for (const width of [1280, 390]) {
      it(`looks sober and readable in ${language} at ${width} px`, async () => {
        const { page } = await openPage(browser, { width, height: width > 500 ? 800 : 844 });
        await page.goto(appUrl(`?lang=${language}&panel=people`));
        await waitForData(page);
        const { killed, listed } = await counts(page);
        expect(listed).toBe(killed);
        if (width < 500) {
          // On phones the people view is a page of its own: the map gives way to it.
          expect(await page.getByTestId('map').isVisible()).toBe(false);
          const box = await page.getByTestId('people').boundingBox();
          expect(box?.width).toBeGreaterThan(330);
        } else {
          await waitForMapIdle(page);
        }
        await page.screenshot({ path: resolve(SCREENSHOTS, `people-${language}-${width}.png`) });
        await page.close();
      }, 120_000);
    }
  }
});
