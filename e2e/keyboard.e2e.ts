import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdleLong } from './axe.ts';
import { appUrl, launchBrowser, openPage } from './browser.ts';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/incidents.geojson'), 'utf8'));
const first = dataset.features[0];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const isFocusInside = (page: Page, selector: string) =>
  page.evaluate((s) => Boolean(document.querySelector(s)?.contains(document.activeElement)), selector);

describe('the keyboard', { timeout: 240_000 }, () => {
  it('stays inside the Share dialog for many Tabs, closes it with Escape and returns to the button', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=en'));
    await waitForMapIdleLong(page);
    await page.focus('[data-testid="share-button"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="share-dialog"]');
    for (let tab = 0; tab < 25; tab += 1) {
      await page.keyboard.press(tab % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await isFocusInside(page, '[data-testid="share-dialog"]')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="share-dialog"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'share-button',
    );
    await page.close();
  });

  it('makes the page behind About inert and gives focus back to the About button', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=es'));
    await waitForMapIdleLong(page);
    await page.focus('[data-testid="about-button"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="about-dialog"]');
    // A click on the page behind lands on the backdrop, not on the share button.
    await page.mouse.click(5, 5);
    expect(await page.locator('[data-testid="share-dialog"]').count()).toBe(0);
    for (let tab = 0; tab < 40; tab += 1) await page.keyboard.press('Tab');
    expect(await isFocusInside(page, '[data-testid="about-dialog"]')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="about-dialog"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'about-button',
    );
    await page.close();
  });

  it("reaches the map's incidents from the canvas with Tab, hears their place and figures, opens one with Enter", async () => {
    const { page } = await openPage(browser);
    const [lng, lat] = first.geometry.coordinates;
    await page.goto(appUrl(`?lang=en&map=13/${lat}/${lng}`));
    await waitForMapIdleLong(page);
    await page.focus('[data-testid="map"] canvas');
    const outline = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLElement;
      return getComputedStyle(canvas).outlineStyle;
    });
    expect(outline).toBe('solid');
    let label = '';
    for (let tab = 0; tab < 10 && !label.includes(first.properties.place); tab += 1) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() =>
        document.activeElement?.closest('[data-testid="map-keys"]')
          ? (document.activeElement?.textContent ?? '')
          : '',
      );
    }
    expect(label).toContain(first.properties.place);
    expect(label).toMatch(/killed/);
    expect(label).toMatch(/202[23]/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="incident-details"]');
    expect(await page.locator('#details-heading').textContent()).toBe(first.properties.place);
    await page.close();
  });

  it('zooms into a cluster with Enter', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=en'));
    await waitForMapIdleLong(page);
    const before = Number((await page.getAttribute('[data-testid="map"]', 'data-view'))?.split('/')[0]);
    const cluster = page.locator('[data-testid="map-keys"] button:not([data-incident-id])').first();
    await cluster.focus();
    expect(await cluster.textContent()).toMatch(/Group of \d+ incidents?: \d+ killed/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (zoom) =>
        Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-view')?.split('/')[0]) >
        zoom,
      before,
    );
    await page.close();
  });

  it('says the new figures in the live region once, after a range change settles', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?lang=en&from=2023-01-09&to=2023-01-09'));
    await waitForMapIdleLong(page);
    expect(await page.textContent('[data-testid="live-summary"]')).toBe('');
    await page.focus('[data-testid="handle-to"]');
    for (let k = 0; k < 5; k += 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="live-summary"]')?.textContent !== '',
    );
    const said = await page.textContent('[data-testid="live-summary"]');
    const shown = await page.getAttribute('[data-testid="totals"]', 'data-incidents');
    const killed = await page.getAttribute('[data-testid="totals"]', 'data-killed');
    expect(said).toContain(`${killed} killed`);
    expect(said).toMatch(new RegExp(`; ${shown} of \\d+ incidents\\.$`));
    await page.close();
  });

  it('opens an incident on a phone in a dialog: focus stays inside, Escape closes it and returns to the list', async () => {
    const { page } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(appUrl('?lang=en'));
    await waitForMapIdleLong(page);
    await page.click('.panel-toggle');
    const item = page.locator('[data-testid="incident-list"] button').first();
    await item.evaluate((element) => element.setAttribute('data-probe', 'opener'));
    await item.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-testid="incident-dialog"]');
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
    const place = (await dialog.locator('h2').textContent()) ?? '';
    expect(place.length).toBeGreaterThan(0);
    expect(await item.textContent()).toContain(place);
    expect(await dialog.locator('[data-testid="sources"] a').count()).toBeGreaterThan(0);
    for (let tab = 0; tab < 20; tab += 1) {
      await page.keyboard.press(tab % 4 === 3 ? 'Shift+Tab' : 'Tab');
      expect(await isFocusInside(page, '[data-testid="incident-dialog"]')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-probe'))).toBe('opener');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('incident'));
    await page.close();
  });

  it('opens ?incident= on a phone in a dialog over the map, the panel left as it was', async () => {
    const { page } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(appUrl(`?lang=es&incident=${first.properties.id}`));
    const dialog = page.locator('[data-testid="incident-dialog"]');
    await dialog.waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.getAttribute('.app', 'data-panel')).toBe('closed');
    await page.screenshot({ path: resolve(import.meta.dirname, 'screenshots/phone-incident-es.png') });
    await page.click('[data-testid="incident-dialog"] .close');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('skips past the map to the panel', async () => {
    const { page } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(appUrl('?lang=en'));
    await waitForMapIdleLong(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'side-panel');
    expect(await page.getAttribute('.app', 'data-panel')).toBe('open');
    expect(await page.locator('main').count()).toBe(1);
    await page.close();
  });
});
