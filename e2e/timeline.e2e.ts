import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  capture,
  findColour,
  launchBrowser,
  openPage,
  waitForDataLoaded,
  waitForMapIdle,
} from './browser.ts';

interface Properties {
  id: string;
  date: string;
  end_date?: string;
  killed: number;
  injured: number;
}
const features: { properties: Properties }[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../data/incidents.geojson'), 'utf8'),
).features;

/** The dataset's own totals for an inclusive ISO-day range, counted naively (overlap for multi-day incidents). */
function expectedTotals(from: string, to: string) {
  const inRange = features.filter(
    ({ properties }) => properties.date <= to && (properties.end_date ?? properties.date) >= from,
  );
  return {
    killed: inRange.reduce((sum, feature) => sum + feature.properties.killed, 0),
    injured: inRange.reduce((sum, feature) => sum + feature.properties.injured, 0),
    incidents: inRange.length,
  };
}

async function totalsOf(page: Page) {
  return page.locator('[data-testid="totals"]').evaluate((element) => ({
    killed: Number(element.getAttribute('data-killed')),
    injured: Number(element.getAttribute('data-injured')),
    incidents: Number(element.getAttribute('data-incidents')),
  }));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the timeline', () => {
  it('shows only the incidents of one day with ?from=2023-01-09&to=2023-01-09', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?from=2023-01-09&to=2023-01-09'));
    await waitForMapIdle(page);
    const expected = expectedTotals('2023-01-09', '2023-01-09');
    expect(expected.incidents).toBeGreaterThan(0);
    expect(await totalsOf(page)).toEqual(expected);
    const listed = await page.locator('[data-testid="incident-list"] button').count();
    expect(listed).toBe(expected.incidents);
    await page.close();
  });

  it('changes the totals while a handle is dragged, before the mouse is released', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl());
    await waitForMapIdle(page);
    const before = await totalsOf(page);
    const handle = page.locator('[data-testid="handle-to"]');
    const box = await handle.boundingBox();
    const track = await page.locator('.timeline-track').boundingBox();
    if (!box || !track) throw new Error('no handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // To about the fifth day of the period: only the first days' incidents remain.
    await page.mouse.move(track.x + track.width * 0.04, box.y + box.height / 2, { steps: 8 });
    const during = await totalsOf(page);
    expect(during.incidents).toBeLessThan(before.incidents);
    const duringValue = Number(await handle.getAttribute('aria-valuenow'));
    await page.mouse.up();
    const to = await handle.getAttribute('aria-valuetext');
    expect(to).toMatch(/\d{4}$/);
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(duringValue);
    await page.close();
  });

  it('moves the end handle with the keyboard and keeps the URL in step', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?from=2023-01-09&to=2023-01-09&lang=en'));
    await waitForMapIdle(page);
    const handle = page.locator('[data-testid="handle-to"]');
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    expect(await handle.getAttribute('aria-valuetext')).toBe('10 January 2023');
    await page.keyboard.press('PageUp');
    expect(await handle.getAttribute('aria-valuetext')).toBe('17 January 2023');
    expect(await totalsOf(page)).toEqual(expectedTotals('2023-01-09', '2023-01-17'));
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('to') === '2023-01-17');
    await page.keyboard.press('End');
    expect(await handle.getAttribute('aria-valuetext')).toBe('31 March 2023');
    await page.close();
  });

  it('plays the window forward and stops at the end of the period', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?from=2023-03-10&to=2023-03-16&lang=en'));
    await waitForMapIdle(page);
    await page.locator('.speed select').selectOption('30');
    await page.getByRole('button', { name: 'Play the timeline' }).click();
    await page.getByRole('button', { name: 'Play the timeline' }).waitFor({ timeout: 10_000 });
    const from = page.locator('[data-testid="handle-from"]');
    const to = page.locator('[data-testid="handle-to"]');
    expect(await to.getAttribute('aria-valuetext')).toBe('31 March 2023');
    expect(await from.getAttribute('aria-valuetext')).toBe('25 March 2023');
    expect(await totalsOf(page)).toEqual(expectedTotals('2023-03-25', '2023-03-31'));
    await page.close();
  });

  it('shows a notice and the whole period for a reversed range in the URL', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?from=2023-02-01&to=2023-01-01&lang=en'));
    await waitForMapIdle(page);
    expect(await page.locator('[data-testid="notice"]').textContent()).toMatch(/after the end date/);
    expect((await totalsOf(page)).incidents).toBe(features.length);
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    await page.close();
  });

  it('steps 100k incidents with every bubble and label as a link to the new range draws them, tooltips too', async () => {
    // Each step changes every cluster's figures (not its place): the map changes them as feature state, without
    // laying the incidents out again. The same range opened from a link is laid out from scratch: the two must
    // draw the same pixels.
    const data = '/bench/synthetic-100k.pack';
    const { page } = await openPage(browser);
    // A camera of its own: the link to the new range carries the view rounded (map=zoom/lat/lng), which would
    // shift a view fitted to Peru by a fraction of a pixel.
    await page.goto(appUrl(`?lang=en&data=${data}&map=4.3/-9.3/-75`));
    await waitForDataLoaded(page, 120_000);
    await waitForMapIdle(page);
    const before = await capture(page, '[data-testid="map"]');
    await page.focus('[data-testid="handle-to"]');
    for (let k = 0; k < 12; k += 1) await page.keyboard.press('ArrowLeft');
    await waitForMapIdle(page);
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('to') !== null);
    const stepped = await capture(page, '[data-testid="map"]', 'map-100k-stepped.png');
    const search = new URL(page.url()).search;
    // The tooltip of a bubble gives its figures now, as the keyboard's list of what the map shows does.
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const bubble = findColour(stepped, CLUSTER_RGB);
    const [x, y] = bubble[Math.floor(bubble.length / 2)] ?? [0, 0];
    await page.mouse.move((box?.x ?? 0) + x, (box?.y ?? 0) + y);
    const tooltip = page.locator('[data-testid="map-tooltip"]');
    await tooltip.waitFor();
    const figures = (await tooltip.textContent())?.split(' · ') ?? [];
    const keys = await page.locator('[data-testid="map-keys"] button').allTextContents();
    expect(figures).toHaveLength(3);
    expect(keys.some((key) => figures.every((figure) => key.includes(figure)))).toBe(true);

    const linked = (await openPage(browser)).page;
    await linked.goto(appUrl(search));
    await waitForDataLoaded(linked, 120_000);
    await waitForMapIdle(linked);
    const drawn = await capture(linked, '[data-testid="map"]');
    expect(pixelsDiffering(stepped, drawn)).toBe(0);
    // And the step did change what is drawn.
    expect(pixelsDiffering(before, stepped)).toBeGreaterThan(50);
    await linked.close();
    await page.close();
  }, 240_000);
});

// Cluster bubbles are #4d1515 at 88% opacity over the map's near-white land: about rgb(98, 48, 48).
const CLUSTER_RGB: [number, number, number] = [98, 48, 48];

/** How many pixels of two images of the same size differ by more than 8 in a channel. */
function pixelsDiffering(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c += 1) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > 8) {
        count += 1;
        break;
      }
    }
  }
  return count;
}
