import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS } from '../src/theme/colours.ts';
import {
  appUrl,
  countColours,
  findColour,
  hex,
  launchBrowser,
  openPage,
  SCREENSHOTS,
  waitForMapIdle,
} from './browser.ts';

interface Properties {
  id: string;
  date: string;
  end_date?: string;
  department: string;
  killed: number;
  injured: number;
  violations: string[];
  context: string;
  perpetrator: string;
}
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/incidents.geojson'), 'utf8'));
const features: { properties: Properties }[] = dataset.features;
const folder = mkdtempSync(join(tmpdir(), 'downloads-'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function figures(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => ({
    killed: Number(element.getAttribute('data-killed')),
    injured: Number(element.getAttribute('data-injured')),
    incidents: Number(element.getAttribute('data-incidents')),
  }));
}

async function download(page: Page, testId: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe('a link with every parameter', () => {
  it('restores dates, region, filters, incident, measure, map view and language', async () => {
    const inPuno = features.filter(
      ({ properties: p }) =>
        p.department === 'PE-PUN' &&
        p.date >= '2023-01-09' &&
        p.date <= '2023-01-15' &&
        p.violations.includes('life') &&
        p.context === 'clash',
    );
    const target = inPuno[0]?.properties;
    if (!target) throw new Error('no incident to open');
    const { page, log } = await openPage(browser);
    await page.goto(
      appUrl(
        `?lang=en&from=2023-01-09&to=2023-01-15&region=PE-PUN&cat=life&context=clash&perpetrator=${target.perpetrator}&incident=${target.id}&measure=injured&map=8/-15.5/-70.1`,
      ),
    );
    await waitForMapIdle(page);
    const expected = features.filter(
      ({ properties: p }) =>
        p.department === 'PE-PUN' &&
        p.date <= '2023-01-15' &&
        (p.end_date ?? p.date) >= '2023-01-09' &&
        p.violations.includes('life') &&
        p.context === 'clash' &&
        p.perpetrator === target.perpetrator,
    );
    expect(await figures(page, '[data-testid="totals"]')).toEqual({
      killed: expected.reduce((sum, { properties }) => sum + properties.killed, 0),
      injured: expected.reduce((sum, { properties }) => sum + properties.injured, 0),
      incidents: expected.length,
    });
    expect(await page.locator('h1').textContent()).toMatch(/deaths, injuries/);
    expect(await page.locator('tr[data-region="PE-PUN"]').getAttribute('aria-current')).toBe('true');
    expect(await page.locator('[data-testid="incident-details"]').count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'People injured' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Property:/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Road blockade' }).isChecked()).toBe(false);
    const [zoom, lat, lng] = ((await page.getByTestId('map').getAttribute('data-view')) ?? '')
      .split('/')
      .map(Number);
    expect(zoom).toBeCloseTo(8, 1);
    expect(lat).toBeCloseTo(-15.5, 1);
    expect(lng).toBeCloseTo(-70.1, 1);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('ignores bad parameters with a notice and applies the rest', async () => {
    const { page } = await openPage(browser);
    await page.goto(
      appUrl(
        '?lang=en&region=PE-XXX&cat=torture&incident=%3Cscript%3E&map=abc&from=2023-01-09&to=2023-01-09',
      ),
    );
    await waitForMapIdle(page);
    const notice = page.getByText(/Part of the link was not understood/);
    expect(await notice.textContent()).toMatch(/\(cat, region, map, incident\)/);
    expect((await figures(page, '[data-testid="totals"]')).incidents).toBe(
      features.filter(({ properties: p }) => p.date <= '2023-01-09' && (p.end_date ?? p.date) >= '2023-01-09')
        .length,
    );
    await page.close();
  });
});

describe('downloads of what is shown', () => {
  it("gives Puno's 9 January as GeoJSON that the validator and ogrinfo accept, and as CSV", async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?from=2023-01-09&to=2023-01-09&region=PE-PUN'));
    await waitForMapIdle(page);
    const shown = await figures(page, '[data-testid="totals"]');
    expect(shown.incidents).toBeGreaterThan(0);

    const geojson = await download(page, 'download-geojson');
    expect(geojson.name).toBe('peru-protestas_PE-PUN_2023-01-09_2023-01-09.geojson');
    const text = readFileSync(geojson.path, 'utf8');
    expect(() => check(text)).not.toThrow();
    const collection = JSON.parse(text);
    const properties: Properties[] = collection.features.map((f: { properties: Properties }) => f.properties);
    expect({
      killed: properties.reduce((sum, p) => sum + p.killed, 0),
      injured: properties.reduce((sum, p) => sum + p.injured, 0),
      incidents: properties.length,
    }).toEqual(shown);
    expect(properties.every((p) => p.department === 'PE-PUN' && p.date === '2023-01-09')).toBe(true);
    expect(collection.metadata.filters).toMatchObject({
      from: '2023-01-09',
      to: '2023-01-09',
      region: 'PE-PUN',
    });
    const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', geojson.path], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Feature Count: ${shown.incidents}\\b`));

    const csv = await download(page, 'download-csv');
    expect(csv.name).toBe('peru-protestas_PE-PUN_2023-01-09_2023-01-09.csv');
    const rows = Papa.parse<string[]>(readFileSync(csv.path, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(shown.incidents + 1);
    expect(rows.slice(1).map((row) => row[4])).toEqual(properties.map(() => 'PE-PUN'));
    await page.close();
  });

  it('gives a PNG of the map at twice its size with the frame drawn in', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?from=2023-01-09&to=2023-01-15'));
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('download-png').isEnabled()).toBe(true);
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    const png = await download(page, 'download-png');
    expect(png.name).toBe('peru-protestas_2023-01-09_2023-01-15.png');
    const image = PNG.sync.read(readFileSync(png.path));
    expect(image.width).toBe(Math.round(box.width * 2));
    expect(image.height).toBeGreaterThan(box.height * 2 + 100);
    expect(countColours(image)).toBeGreaterThan(40);
    // The sea, which the map's canvas leaves clear, is filled in beneath the map: the Pacific off Peru's coast
    // takes a good part of the opening view.
    const seaPixels = findColour(image, hex(BASEMAP_COLOURS.sea), 4).length;
    expect(seaPixels).toBeGreaterThan(image.width * box.height * 2 * 0.15);
    copyFileSync(png.path, resolve(SCREENSHOTS, 'export-es.png'));
    await waitForMapIdle(page);
    await page.close();
  });

  it('links the whole dataset and its documentation', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl());
    await waitForMapIdle(page);
    const full = await download(page, 'download-full');
    expect(JSON.parse(readFileSync(full.path, 'utf8')).features).toHaveLength(features.length);
    await page.getByTestId('about-button').click();
    await page.getByRole('heading', { name: 'Disagreements between sources' }).waitFor();
    expect(await page.getByTestId('citation').textContent()).toMatch(/Protestas en el Perú/);
    await page.close();
  });
});
