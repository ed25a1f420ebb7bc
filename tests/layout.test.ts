import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

/** Every .ts/.tsx file under a folder, as paths relative to the repository. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(root, path)] : [];
  });
}

function folders(folder: string): string[] {
  return [
    folder,
    ...readdirSync(folder)
      .map((name) => join(folder, name))
      .filter((path) => statSync(path).isDirectory())
      .flatMap(folders),
  ];
}

/** The import specifiers of one file that are value imports (not `import type`). */
function valueImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*import\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!match[1]) found.push(match[2] ?? '');
  }
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1] ?? '');
  return found;
}

describe('the source layout', () => {
  it('has no folder of src/ holding more than 15 source files directly', () => {
    const crowded = folders(src)
      .map((folder) => ({
        folder: relative(root, folder),
        files: readdirSync(folder).filter((name) => /\.tsx?$/.test(name)).length,
      }))
      .filter(({ files }) => files > 15);
    expect(crowded).toEqual([]);
  });

  it('imports maplibre-gl only inside src/map/', () => {
    const outside = sourceFiles(src).filter(
      (file) => !file.startsWith('src/map/') && valueImports(file).some((spec) => spec.startsWith('maplibre-gl')),
    );
    expect(outside).toEqual([]);
  });

  it('lets only src/app/ import values from src/map/ (other layers may import its types)', () => {
    const leaks = sourceFiles(src)
      .filter((file) => !file.startsWith('src/app/') && !file.startsWith('src/map/') && file !== 'src/main.tsx')
      .filter((file) => valueImports(file).some((spec) => /(^|\/)map\//.test(spec) && spec.startsWith('.')));
    expect(leaks).toEqual([]);
  });

  it('keeps the model, data and i18n layers free of React, the DOM engine and maplibre-gl', () => {
    const impure = sourceFiles(src)
      .filter((file) => /^src\/(model|data)\//.test(file))
      .filter((file) => valueImports(file).some((spec) => /^(react|react-dom|maplibre-gl)(\/|$)/.test(spec)));
    expect(impure).toEqual([]);
  });
});
