import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, waitForMapIdle } from './browser.ts';

/**
 * Browser benchmark: 50 presses of ArrowLeft on the end handle, each timed from the key event to the map being
 * idle again (`data-state="idle"`), for 10 synthetic incidents (the floor: WebGL here is software-rendered), the
 * real dataset and 100,000 synthetic incidents. Prints p50/p95; asserts only that every update completed,
 * never a time (these machines are noisy).
 */
const PRESSES = 50;
const DATASETS = [
  { name: '10 incidents', search: '?data=/bench/synthetic-10.geojson' },
  { name: 'real dataset', search: '' },
  { name: '100k incidents', search: '?data=/bench/synthetic-100k.geojson' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function measure(page: Page): Promise<number[]> {
  return page.evaluate(async (presses) => {
    const map = document.querySelector('[data-testid="map"]') as HTMLElement;
    const handle = document.querySelector('[data-testid="handle-to"]') as HTMLElement;
    const idleAgain = () =>
      new Promise<void>((done, fail) => {
        let wasBusy = map.getAttribute('data-state') !== 'idle';
        const observer = new MutationObserver(() => {
          const isIdle = map.getAttribute('data-state') === 'idle';
          if (!isIdle) wasBusy = true;
          if (isIdle && wasBusy) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(map, { attributes: true, attributeFilter: ['data-state'] });
        // An update that never settles is a failure, not a 10-second sample.
        setTimeout(() => {
          observer.disconnect();
          fail(new Error('the map did not settle within 10 s of a timeline key press'));
        }, 10_000);
      });
    const times: number[] = [];
    for (let i = 0; i < presses; i += 1) {
      const idle = idleAgain();
      const start = performance.now();
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await idle;
      times.push(performance.now() - start);
    }
    return times;
  }, PRESSES);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

describe('scrubbing performance in Chromium', () => {
  it('updates the map after every key press, at 10, real and 100k incidents', async () => {
    const results: { name: string; p50: number; p95: number; incidents: number }[] = [];
    for (const dataset of DATASETS) {
      const { page } = await openPage(browser);
      await page.goto(appUrl(dataset.search), { timeout: 60_000 });
      await waitForMapIdle(page);
      const incidents = Number(await page.locator('[data-testid="totals"]').getAttribute('data-incidents'));
      const before = Number(await page.locator('[data-testid="handle-to"]').getAttribute('aria-valuenow'));
      const times = await measure(page);
      const after = Number(await page.locator('[data-testid="handle-to"]').getAttribute('aria-valuenow'));
      expect(before - after).toBe(PRESSES);
      expect(times).toHaveLength(PRESSES);
      results.push({ name: dataset.name, incidents, p50: percentile(times, 50), p95: percentile(times, 95) });
      await page.close();
    }
    const floor = results[0]?.p95 ?? 1;
    const lines = results.map(
      (r) =>
        `${r.name} (${r.incidents}): p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (${(r.p95 / floor).toFixed(2)}x the floor)`,
    );
    console.log(`key press → map idle, ${PRESSES} presses each:\n${lines.join('\n')}`);
    mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
    writeFileSync(resolve(import.meta.dirname, 'results/perf.json'), `${JSON.stringify(results, null, 2)}\n`);
    expect(results.every((r) => r.incidents > 0)).toBe(true);
  }, 240_000);
});
