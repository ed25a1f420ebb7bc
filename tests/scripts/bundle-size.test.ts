import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkBundleSize, mainFiles } from '../../scripts/bundle-size.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** A fake build: an entry importing a shared chunk, a lazy chunk, their files with `.br` copies of given sizes. */
function fakeDist(entryBrBytes: number, page = '<link rel="stylesheet" href="./assets/index.css">'): string {
  const dist = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  folders.push(dist);
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, 'assets'));
  const manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      imports: ['_shared.js'],
      css: ['assets/index.css'],
    },
    '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
    'src/lazy.ts': { file: 'assets/lazy.js', isDynamicEntry: true },
  };
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  for (const [file, bytes] of [
    ['index.html', 400],
    ['assets/index.js', entryBrBytes],
    ['assets/shared.js', 1000],
    ['assets/index.css', 100],
    ['assets/lazy.js', 50_000],
  ] as const) {
    writeFileSync(join(dist, file), file === 'index.html' ? page : 'x');
    writeFileSync(join(dist, `${file}.br`), Buffer.alloc(bytes));
  }
  return dist;
}

describe('bundle size', () => {
  it('counts the entry, its static imports and its CSS, not the lazy chunks', () => {
    const dist = fakeDist(10);
    expect(mainFiles(JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')))).toEqual([
      'assets/index.js',
      'assets/index.css',
      'assets/shared.js',
    ]);
  });

  it('passes a build within the budget (page included) and fails one a byte over it', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(checkBundleSize(fakeDist(8500), 10_000)).toBe(true);
    expect(checkBundleSize(fakeDist(8501), 10_000)).toBe(false);
  });

  it('does not count a stylesheet the page inlines and never links', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    // 400 (page) + 8600 + 1000 = 10,000 without the 100-byte stylesheet: within.
    expect(checkBundleSize(fakeDist(8600, '<style>body{}</style>'), 10_000)).toBe(true);
    expect(checkBundleSize(fakeDist(8600), 10_000)).toBe(false);
  });
});
