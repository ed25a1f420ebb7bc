import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, waitForDataLoaded, waitForMapIdle } from './browser.ts';
import { type LoadFigures, measureLoad } from './load-perf.ts';

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
      await waitForDataLoaded(page, 120_000);
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

const LOADS = [
  { name: '10', file: 'synthetic-10' },
  { name: '100k', file: 'synthetic-100k' },
  ...(process.env.PERF_1M === '1' ? [{ name: '1M', file: 'synthetic-1m' }] : []),
];

describe('loading performance in Chromium', () => {
  it("loads 10 and 100k incidents (1M with PERF_1M=1), as GeoJSON and as a pack, with progress, a responsive page and the file's totals", async () => {
    const rows: (LoadFigures & { name: string })[] = [];
    for (const load of LOADS) {
      const sums = JSON.parse(
        readFileSync(resolve(import.meta.dirname, `../dist/bench/${load.file}.sums.json`), 'utf8'),
      );
      // GeoJSON, then the same incidents as a pack, one after the other: the machine's load changes slowly.
      for (const format of ['geojson', 'pack'] as const) {
        const figures = await measureLoad(browser, `?data=/bench/${load.file}.${format}`);
        expect(figures.totals).toEqual(sums);
        rows.push({ name: `${load.name} ${format === 'pack' ? 'pack' : 'GeoJSON'}`, ...figures });
      }
    }
    const floor = rows[0] as LoadFigures;
    const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}x`;
    const lines = rows.map(
      (r) =>
        `${r.name}: load ${r.loadMs.toFixed(0)} ms (${ratio(r.loadMs, floor.loadMs)}), longest task ${r.longestTaskMs.toFixed(0)} ms, ` +
        `category toggle ${r.toggleMs.toFixed(0)} ms (${ratio(r.toggleMs, floor.toggleMs)}), ` +
        `timeline step ${r.stepMs.toFixed(0)} ms (${ratio(r.stepMs, floor.stepMs)}), heap ${r.heapMb.toFixed(0)} MB`,
    );
    console.log(`load, toggle and step against 10 incidents as GeoJSON, in one run:\n${lines.join('\n')}`);
    mkdirSync(resolve(import.meta.dirname, 'results'), { recursive: true });
    writeFileSync(
      resolve(import.meta.dirname, 'results/load-perf.json'),
      `${JSON.stringify(rows, null, 2)}\n`,
    );
    // A big file shows its progress while it loads, in either format.
    expect(rows.find((r) => r.name === '100k GeoJSON')?.hasShownProgress).toBe(true);
    expect(rows.find((r) => r.name === '100k pack')?.hasShownProgress).toBe(true);
  }, 1_800_000);

  it('stops a big load on Cancel, says so, and loads again on Try again', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?data=/bench/synthetic-100k.geojson&lang=en'), { timeout: 60_000 });
    await page.locator('[data-testid="load-cancel"]').click({ timeout: 60_000 });
    const error = page.locator('[data-testid="error"]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain('Loading the data was cancelled.');
    await error.getByRole('button', { name: 'Try again' }).click();
    await page.locator('[data-testid="load-progress-text"]').waitFor({ timeout: 60_000 });
    await page.close();
  }, 120_000);
});
