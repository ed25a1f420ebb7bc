import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../scripts/synthetic.ts';
import { KNOWN_PARAMS } from '../src/app/page-params.ts';
import { appUrl, launchBrowser, openPage } from './browser.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20221207);
const LINKS = 200;
// Every name the page knows, plus names it must notice and ignore.
const NAMES = [...KNOWN_PARAMS, 'x', '__proto__', 'constructor', ''];
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '//evil.example/x.geojson',
  'https://evil.example/data.geojson',
  '/../../etc/passwd.geojson',
  '/bad/missing.geojson',
  '/index.html',
  '%00',
  '\u0000',
  '\u202e',
  '💥',
  'NaN',
  'Infinity',
  '-1',
  '1e308',
  '0',
  '2023-02-30',
  '2022-12-07',
  '2023-03-31',
  '9999-99-99',
  '99/-90/-180',
  '25/0/0',
  '4/-9.2/-75',
  'abc/def/ghi',
  'PE-PUN',
  'PE-XXX',
  'pe-pun',
  'life,expression',
  'none',
  'killed',
  'injured',
  'incidents',
  ',,,',
  'es',
  'en',
  'fr',
  '1',
  '2',
  'true',
  ' ',
  'a'.repeat(5000),
  '=+cmd|calc',
  'constructor',
  '__proto__',
  '{"a":1}',
  '[]',
  '%E0%A4%A',
  '\\',
  "'",
  '`',
  '$' + '{1}',
];

function randomLink(random: () => number): string {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const count = Math.floor(random() * 6);
  const parts: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const name = random() < 0.1 ? pick(HOSTILE) : pick(NAMES);
    const value = random() < 0.7 ? pick(HOSTILE) : String(Math.floor(random() * 1e6));
    parts.push(
      random() < 0.2 ? `${name}=${value}` : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
    );
  }
  const hash = random() < 0.1 ? `#${pick(HOSTILE)}` : '';
  return `?${parts.join('&')}${hash}`;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('random and hostile links', () => {
  it(`opens ${LINKS} seeded links (seed ${SEED}) with no page error and never a blank page`, {
    timeout: 900_000,
  }, async () => {
    const random = mulberry32(SEED);
    const { page, log } = await openPage(browser, { width: 800, height: 600 });
    const offOrigin: string[] = [];
    const origin = new URL(appUrl()).origin;
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url()))
        offOrigin.push(request.url());
    });
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const blank: string[] = [];
    const started = Date.now();
    for (let n = 0; n < LINKS; n += 1) {
      const link = randomLink(random);
      await page.goto(appUrl(link), { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('[data-testid="totals"], [data-testid="error"], [data-testid="notice"]', {
        timeout: 60_000,
      });
      const text = await page.evaluate(() => document.body.innerText.trim());
      if (text.length < 20) blank.push(`#${n} ${link}`);
      const errors = log.consoleErrors.filter(
        (error) => !/WebGL|GL Driver|Failed to load resource/.test(error),
      );
      if (errors.length > 0) throw new Error(`link #${n} (seed ${SEED}) ${link}: ${errors.join(' | ')}`);
    }
    console.log(`${LINKS} links in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(blank).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(offOrigin).toEqual([]);
    await page.close();
  });
});
