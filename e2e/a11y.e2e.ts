import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AxeViolation, runAxe, waitForMapIdleLong } from './axe.ts';
import { appUrl, launchBrowser, openPage } from './browser.ts';

const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/incidents.geojson'), 'utf8'));
const firstId: string = dataset.features[0].properties.id;
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the page, waits for the map, lets `prepare` open what the view needs, and runs axe on it. */
async function violationsOf(
  search: string,
  prepare: (page: Page) => Promise<void> = async () => {},
  viewport = { width: 1280, height: 800 },
  disabledRules: string[] = [],
): Promise<AxeViolation[]> {
  const { page } = await openPage(browser, viewport);
  await page.goto(appUrl(search));
  await waitForMapIdleLong(page);
  await prepare(page);
  const violations = await runAxe(page, disabledRules);
  console.log(`axe ${search || '(default)'}: ${violations.length} violations`, JSON.stringify(violations));
  await page.close();
  return violations;
}

describe('axe-core, WCAG 2.1 A and AA', { timeout: 240_000 }, () => {
  it('finds no violation on the Spanish page', async () => {
    expect(await violationsOf('?lang=es')).toEqual([]);
  });

  it('finds no violation on the English page', async () => {
    expect(await violationsOf('?lang=en')).toEqual([]);
  });

  it('finds no violation with About open', async () => {
    const openAbout = async (page: Page) => {
      await page.click('[data-testid="about-button"]');
      await page.waitForSelector('[data-testid="about-dialog"] table', { timeout: 15_000 });
    };
    expect(await violationsOf('?lang=en', openAbout)).toEqual([]);
  });

  it('finds no violation with Share open', async () => {
    const openShare = async (page: Page) => {
      await page.click('[data-testid="share-button"]');
      await page.waitForSelector('[data-testid="share-dialog"]');
    };
    expect(await violationsOf('?lang=es', openShare)).toEqual([]);
  });

  it('finds no violation with an incident open', async () => {
    const waitForDetails = async (page: Page) => {
      await page.waitForSelector('[data-testid="incident-details"]');
    };
    expect(await violationsOf(`?incident=${firstId}`, waitForDetails)).toEqual([]);
  });

  it('finds no violation in the embed', async () => {
    expect(await violationsOf('?embed=1')).toEqual([]);
  });

  it('finds no violation on a 390 px phone', async () => {
    expect(await violationsOf('?lang=es', async () => {}, PHONE)).toEqual([]);
  });

  it('finds no violation on a 390 px phone with an incident opened from the link (in a dialog)', async () => {
    const waitForDetails = async (page: Page) => {
      await page.waitForSelector('[data-testid="incident-details"]', { state: 'visible' });
    };
    expect(await violationsOf(`?incident=${firstId}`, waitForDetails, PHONE)).toEqual([]);
  });
});
