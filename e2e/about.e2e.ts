import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, SCREENSHOTS } from './browser.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../data/README.md'), 'utf8').split('\n');

/** The column count of every GFM table of the README, read from its delimiter row (`| --- | :-: |`). */
const tableColumns = readme.flatMap((line, k) => {
  const next = readme[k + 1] ?? '';
  const isStart = line.trim().startsWith('|') && /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(next);
  return isStart ? [next.trim().slice(1, -1).split('|').length] : [];
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('About the data', () => {
  it('renders every table of data/README.md with as many cells in each row as its header', async () => {
    expect(tableColumns.length).toBeGreaterThan(0);
    const { page, log } = await openPage(browser);
    await page.goto(appUrl('?lang=en'));
    // About does not need the map: wait for the page's scripts to settle instead of the map's first frame.
    await page.getByTestId('about-button').waitFor();
    await page.waitForLoadState('networkidle');
    const scriptsBefore = log.requests.filter((url) => url.endsWith('.js')).length;
    await page.getByTestId('about-button').click();
    const dialog = page.getByTestId('about-dialog');
    await dialog.locator('.markdown table').first().waitFor({ timeout: 30_000 });
    // The Markdown renderer came as a chunk of its own, fetched only now.
    expect(log.requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(scriptsBefore);

    const tables = await dialog.locator('.markdown table').evaluateAll((elements) =>
      elements.map((table) => ({
        header: table.querySelectorAll('thead th').length,
        rows: Array.from(table.querySelectorAll('tbody tr'), (row) => row.querySelectorAll('td, th').length),
      })),
    );
    expect(tables.map((table) => table.header)).toEqual(tableColumns);
    for (const table of tables) {
      expect(table.rows.length).toBeGreaterThan(0);
      expect(table.rows.every((cells) => cells === table.header)).toBe(true);
    }

    // Each table scrolls in a box that the keyboard can reach, the README is marked as English.
    const boxes = await dialog
      .locator('.markdown-table')
      .evaluateAll((elements) => elements.map((box) => [box.tabIndex, box.getAttribute('aria-label')]));
    expect(boxes).toHaveLength(tableColumns.length);
    for (const [tabIndex, label] of boxes) {
      expect(tabIndex).toBe(0);
      expect(label).toMatch(/^Table/);
    }
    expect(await dialog.locator('.markdown').getAttribute('lang')).toBe('en');
    const links = await dialog
      .locator('.markdown a')
      .evaluateAll((elements) =>
        elements.map((a) => [a.getAttribute('href') ?? '', a.getAttribute('rel'), a.getAttribute('target')]),
      );
    for (const [href, rel, target] of links) {
      expect(href).toMatch(/^https:\/\//);
      expect(rel).toBe('noopener noreferrer');
      expect(target).toBe('_blank');
    }
    await dialog.locator('.markdown-table').first().scrollIntoViewIfNeeded();
    await dialog.screenshot({ path: resolve(SCREENSHOTS, 'about-en.png') });
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
