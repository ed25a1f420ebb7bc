import type { Browser, Page } from 'playwright-core';
import { appUrl, openPage, waitForDataLoaded } from './browser.ts';

/** What one page load of a dataset costs the reader, measured in Chromium. */
export interface LoadFigures {
  /** Navigation start to the map idle with the data drawn, ms. */
  loadMs: number;
  /** The longest main-thread task between navigation start and then, ms (0 when none passed 50 ms). */
  longestTaskMs: number;
  /** Median of the category checkbox toggles, click to map idle, ms. */
  toggleMs: number;
  /** Median of the timeline steps, key press to map idle, ms. */
  stepMs: number;
  /** The page's JS heap after loading and a full garbage collection, MB. */
  heapMb: number;
  /** The totals panel right after loading (the whole period, every filter on). */
  totals: { incidents: number; killed: number; injured: number };
  /** Whether the progress bar showed bytes read before the data was ready. */
  hasShownProgress: boolean;
}

const TOGGLES = 6;
const STEPS = 10;

/** Loads the app with `search`, then toggles a category and steps the timeline; see LoadFigures. */
export async function measureLoad(browser: Browser, search: string): Promise<LoadFigures> {
  const { page } = await openPage(browser);
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  let hasShownProgress = false;
  const progressSeen = page
    .waitForSelector('[data-testid="load-progress-text"]', { timeout: 600_000 })
    .then(() => {
      hasShownProgress = true;
    })
    .catch(() => {});
  await page.goto(appUrl(search), { timeout: 600_000 });
  await waitForDataLoaded(page, 600_000);
  await page.waitForSelector('[data-testid="map"][data-state="idle"]', { timeout: 600_000 });
  const loadMs = await page.evaluate(() => performance.now());
  const longestTaskMs = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
  await Promise.race([progressSeen, Promise.resolve()]);
  const totalsPanel = page.locator('[data-testid="totals"]');
  const totals = {
    incidents: Number(await totalsPanel.getAttribute('data-incidents')),
    killed: Number(await totalsPanel.getAttribute('data-killed')),
    injured: Number(await totalsPanel.getAttribute('data-injured')),
  };
  const heapMb = await heapAfterGc(page);
  const toggles = await timeToIdle(page, TOGGLES, 'toggle');
  const steps = await timeToIdle(page, STEPS, 'step');
  await page.close();
  return {
    loadMs,
    longestTaskMs,
    toggleMs: median(toggles),
    stepMs: median(steps),
    heapMb,
    totals,
    hasShownProgress,
  };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/**
 * Times `times` reader actions, each from the event to the map's next idle (busy first): `toggle` clicks the
 * Property category checkbox, `step` presses ArrowLeft on the timeline's end handle.
 */
async function timeToIdle(page: Page, times: number, action: 'toggle' | 'step'): Promise<number[]> {
  return page.evaluate(
    async ({ times, action }) => {
      const map = document.querySelector('[data-testid="map"]') as HTMLElement;
      const checkbox = document.querySelector('label[data-category="property"] input') as HTMLInputElement;
      const handle = document.querySelector('[data-testid="handle-to"]') as HTMLElement;
      const idleAgain = () =>
        new Promise<void>((done) => {
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
          setTimeout(() => {
            observer.disconnect();
            done();
          }, 30_000);
        });
      const samples: number[] = [];
      for (let i = 0; i < times; i += 1) {
        const idle = idleAgain();
        const start = performance.now();
        if (action === 'toggle') checkbox.click();
        else handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
        await idle;
        samples.push(performance.now() - start);
      }
      return samples;
    },
    { times, action },
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
