import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync } from 'node:zlib';

/**
 * The most the first view's own code may weigh, brotli-compressed as served: index.html (with the inlined
 * stylesheet and the opening figures), the entry chunk and the chunks it imports statically (MapLibre, the
 * dialogs, the exports and validation load later, on their own). Raise it only on purpose, with the reason in
 * the commit.
 */
export const MAIN_BUDGET_BYTES = 55 * 1024;

/** One file of Vite's manifest (`build.manifest`). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The files the entry loads before anything lazy: the entry chunk, its static imports (transitively), CSS. */
export function mainFiles(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('The manifest has no entry chunk.');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...files];
}

/** The brotli size of a built file: its `.br` copy if the build wrote one, else compressed here. */
export function brotliBytes(dist: string, file: string): number {
  const path = resolve(dist, file);
  return existsSync(`${path}.br`)
    ? readFileSync(`${path}.br`).length
    : brotliCompressSync(readFileSync(path)).length;
}

/** Checks the built app in `dist` against the budget; prints each file and the sum. True when within it. */
export function checkBundleSize(dist: string, budgetBytes = MAIN_BUDGET_BYTES): boolean {
  const manifestPath = resolve(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  let total = 0;
  // A stylesheet the build inlined into index.html is counted with the page: the file stays in the build only
  // for chunks loaded later, and the first view never fetches it (index.html links no stylesheet of its own).
  const page = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const isLinked = (file: string) => !file.endsWith('.css') || page.includes(file);
  const files = ['index.html', ...mainFiles(manifest)].filter(
    (file) => existsSync(resolve(dist, file)) && isLinked(file),
  );
  for (const file of files) {
    const bytes = brotliBytes(dist, file);
    total += bytes;
    console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
  }
  const isWithin = total <= budgetBytes;
  console.log(
    `main chunk: ${(total / 1024).toFixed(1)} KB brotli, budget ${(budgetBytes / 1024).toFixed(0)} KB: ` +
      (isWithin ? 'within' : 'OVER BUDGET'),
  );
  return isWithin;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain && !checkBundleSize(resolve(import.meta.dirname, '..', 'dist'))) process.exit(1);
