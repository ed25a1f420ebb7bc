import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeAttribute } from '../src/model/links/share-links.ts';
import { appUrl, launchBrowser, openPage, SCREENSHOTS, waitForMapIdle } from './browser.ts';

let browser: Browser;
let host: Server;
let hostOrigin = '';
let pageHtml = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // An "article" on another origin (another port), embedding the map the way the share dialog says.
  host = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(pageHtml);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => host?.close(done));
});

describe('the embed', () => {
  it('renders in a cross-origin iframe, posts its height, and embed.js applies it', async () => {
    const src = appUrl('?embed=1&lang=es&from=2023-01-09&to=2023-01-09&region=PE-PUN');
    pageHtml = `<!doctype html><meta charset="utf-8"><title>Artículo</title>
      <p>Texto del artículo.</p>
      <script>window.heights = []; addEventListener('message', (e) => heights.push(e.data));</script>
      <iframe src="${escapeAttribute(src)}" title="Mapa" style="width:100%;border:0" height="300"></iframe>
      <script src="${escapeAttribute(appUrl('embed.js'))}" async></script>`;
    const { page } = await openPage(browser, { width: 900, height: 1200 });
    await page.goto(`${hostOrigin}/article`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-testid="map"][data-state="idle"]').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).origin).not.toBe(new URL(src).origin);
    const totals = frame.locator('[data-testid="totals"]');
    expect(Number(await totals.getAttribute('data-killed'))).toBeGreaterThan(0);
    expect(await frame.locator('[data-testid="open-full-map"]').getAttribute('target')).toBe('_blank');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: { type: string }[] }).heights.length))
      .toBeGreaterThan(0);
    const message = await page.evaluate(() => (window as unknown as { heights: unknown[] }).heights.at(-1));
    expect(message).toMatchObject({ type: 'peru-protest-map:height' });
    const posted = (message as { height: number }).height;
    expect(posted).toBeGreaterThan(400);
    // embed.js gave the iframe the posted height, replacing the 300 px of the markup.
    await expect
      .poll(() => page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height))
      .toBe(posted);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'embed-es.png') });
    await page.close();
  });

  it('leaves the mouse wheel to the article until the map is clicked', async () => {
    const { page } = await openPage(browser);
    await page.goto(appUrl('?embed=1'));
    await waitForMapIdle(page);
    const map = page.locator('[data-testid="map"]');
    expect(await map.getAttribute('data-scroll-zoom')).toBe('off');
    const zoomOf = async () => Number((await map.getAttribute('data-view'))?.split('/')[0]);
    const before = await zoomOf();
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(600);
    expect(await zoomOf()).toBe(before);
    await page.mouse.click(box.x + 40, box.y + 40);
    expect(await map.getAttribute('data-scroll-zoom')).toBe('on');
    await page.mouse.wheel(0, -600);
    await expect.poll(zoomOf, { timeout: 5000 }).toBeGreaterThan(before);
    await page.close();
  });
});

describe('the share dialog', () => {
  it('gives a link that opens the same view in a new page', async () => {
    const { page } = await openPage(browser);
    await page.goto(
      appUrl('?lang=en&from=2023-01-09&to=2023-01-15&region=PE-PUN&cat=life,physical_integrity'),
    );
    await waitForMapIdle(page);
    const totalsOf = (target: typeof page) =>
      target.locator('[data-testid="totals"]').evaluate((element) => ({
        killed: element.getAttribute('data-killed'),
        injured: element.getAttribute('data-injured'),
        incidents: element.getAttribute('data-incidents'),
      }));
    const expected = await totalsOf(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'share-en.png') });
    const { page: second } = await openPage(browser);
    await second.goto(link);
    await waitForMapIdle(second);
    expect(await totalsOf(second)).toEqual(expected);
    expect(await second.locator('h1').textContent()).toMatch(/deaths, injuries/);
    expect(await second.locator('tr[data-region="PE-PUN"]').getAttribute('aria-current')).toBe('true');
    expect(await second.getByRole('checkbox', { name: /^Property:/ }).isChecked()).toBe(false);
    await second.close();
    await page.close();
  });
});
