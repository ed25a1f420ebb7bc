import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { firstViewHtml, numberFormatOf } from '../../scripts/first-view-html.ts';
import { readFirstViewTotals } from '../../src/app/first-view/first-view-totals.ts';
import { formatCount } from '../../src/i18n/format.ts';
import { makeCollection, makeFeature, TOWNS } from '../factories.ts';

const folder = mkdtempSync(join(tmpdir(), 'first-view-'));
const dataFile = join(folder, 'incidents.geojson');
writeFileSync(
  dataFile,
  JSON.stringify(
    makeCollection([
      makeFeature({ id: 'juliaca', date: '2023-01-09', killed: 17, injured: 100 }),
      makeFeature({ id: 'paro', date: '2023-01-09', end_date: '2023-01-11', killed: 0, injured: 1234 }),
      makeFeature(
        { id: 'huamanga', department: 'PE-AYA', date: '2022-12-15', killed: 10, injured: 40 },
        { type: 'Point', coordinates: [TOWNS.huamanga.lng, TOWNS.huamanga.lat] },
      ),
    ]),
  ),
);
const { head, shell, script } = firstViewHtml(dataFile);
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

const scriptIn = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** Loads the built page's first view at a link and runs its inline scripts, as the browser does on parsing. */
function open(search: string): HTMLElement {
  window.history.replaceState(null, '', `/${search}`);
  new Function(scriptIn(head))();
  document.body.innerHTML = `<div id="root">${shell}</div>`;
  new Function(scriptIn(script))();
  return document.querySelector('[data-testid="totals"]') as HTMLElement;
}

const values = (totals: HTMLElement) =>
  [...totals.querySelectorAll('.totals-value')].map((node) => node.textContent).join(' | ');

describe('the first view written by the build', () => {
  it('shows the whole period’s figures before any script runs', () => {
    document.body.innerHTML = `<div id="root">${shell}</div>`;
    const totals = document.querySelector('[data-testid="totals"]') as HTMLElement;
    expect(values(totals)).toBe('27 | 1,374 | 3');
    expect(document.body.textContent).toContain('Personas fallecidas');
    expect(readFirstViewTotals(document)).toEqual({ killed: 27, injured: 1374, incidents: 3 });
  });

  it('gives a link with a range that range’s figures, multi-day incidents included', () => {
    const totals = open('?embed=1&from=2023-01-10&to=2023-01-10');
    expect(values(totals)).toBe('0 | 1,234 | 1');
    expect(readFirstViewTotals(document)).toEqual({ killed: 0, injured: 1234, incidents: 1 });
  });

  it('clamps a range partly outside the period, as the app does', () => {
    expect(values(open('?from=2022-01-01&to=2022-12-31'))).toBe('10 | 40 | 1');
  });

  it('writes English labels and number grouping for lang=en', () => {
    const totals = open('?lang=en&from=2023-01-09&to=2023-01-11');
    expect(values(totals)).toBe('17 | 1,334 | 2');
    expect(totals.textContent).toContain('People killed');
    expect(document.querySelector('h1')?.textContent).toMatch(/^Peru:/);
    expect(document.documentElement.lang).toBe('en');
  });

  it('groups digits exactly as the app does, in both languages, without creating an Intl formatter', () => {
    const bigFile = join(folder, 'big.geojson');
    const many = Array.from({ length: 12 }, (_, i) =>
      makeFeature({ id: `big-${i}`, date: '2023-01-09', killed: 1, injured: 9_999 - i * 7 }),
    );
    writeFileSync(bigFile, JSON.stringify(makeCollection(many)));
    const big = firstViewHtml(bigFile);
    const injured = many.reduce((sum, feature) => sum + (feature.properties?.injured ?? 0), 0);
    for (const language of ['es', 'en'] as const) {
      window.history.replaceState(null, '', `/?lang=${language}&from=2023-01-09&to=2023-01-09`);
      new Function(scriptIn(big.head))();
      document.body.innerHTML = `<div id="root">${big.shell}</div>`;
      const NumberFormat = Intl.NumberFormat;
      const created = vi
        .spyOn(Intl, 'NumberFormat')
        .mockImplementation((...args) => new NumberFormat(...args));
      new Function(scriptIn(big.script))();
      expect(created).not.toHaveBeenCalled();
      created.mockRestore();
      const totals = document.querySelector('[data-testid="totals"]') as HTMLElement;
      expect(values(totals)).toBe(
        `${formatCount(12, language)} | ${formatCount(injured, language)} | ${formatCount(12, language)}`,
      );
    }
    expect(numberFormatOf('es')).toEqual({ group: ',', groupFrom: 4 });
  });

  it('shows placeholders, and no figures for the app to keep, for what it cannot answer', () => {
    for (const search of [
      '?region=PE-PUN',
      '?cat=life',
      '?context=road_block',
      '?perpetrator=police',
      '?data=/bench/synthetic-10.geojson',
      '?from=2023-02-30',
      '?from=2023-01-10&to=2023-01-09',
      '?from=2024-01-01',
      '?embed=1&from=2023-01-09&to=2023-01-09&region=PE-PUN',
    ]) {
      const totals = open(search);
      expect(values(totals), search).toBe('– | – | –');
      expect(totals.getAttribute('data-killed'), search).toBeNull();
      expect(totals.getAttribute('aria-busy'), search).toBe('true');
      expect(readFirstViewTotals(document), search).toBeNull();
    }
  });

  it('keeps the whole period’s figures for links that do not change them', () => {
    for (const search of [
      '?lang=es',
      '?embed=1',
      '?map=9/-15.5/-70.13',
      '?measure=injured',
      '?incident=juliaca',
    ])
      expect(values(open(search)), search).toBe('27 | 1,374 | 3');
  });

  it('hides the written figures of a link that may ask for others until the link’s own are set', () => {
    window.history.replaceState(null, '', '/?embed=1&from=2023-01-10&to=2023-01-10');
    new Function(scriptIn(head))();
    expect(document.documentElement.hasAttribute('data-first-view-pending')).toBe(true);
    expect(head).toContain('[data-first-view-pending] [data-first-view] .totals-value{visibility:hidden}');
    open('?embed=1&from=2023-01-10&to=2023-01-10');
    expect(document.documentElement.hasAttribute('data-first-view-pending')).toBe(false);
    window.history.replaceState(null, '', '/?embed=1&lang=en');
    new Function(scriptIn(head))();
    expect(document.documentElement.hasAttribute('data-first-view-pending')).toBe(false);
  });

  it('cannot be made to run markup from the data', () => {
    expect(script).not.toMatch(/<\/script>[\s\S]*<\/script>/);
    expect(shell).not.toContain('<script');
  });
});
