import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, waitForMapIdle } from './browser.ts';

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
});
