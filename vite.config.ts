import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, transformWithOxc } from 'vite';
import { firstViewHtml } from './scripts/first-view-html.ts';
import { trimMapCss } from './scripts/map-css.ts';
import { precompressFolder } from './scripts/precompress.ts';

/** The dataset and its README, served from the app's own origin (downloads and "About the data" link them). */
const DATA_FILES = [
  { path: 'data/incidents.geojson', type: 'application/geo+json; charset=utf-8' },
  { path: 'data/README.md', type: 'text/markdown; charset=utf-8' },
];

/** Serves the data files in dev and copies them into the build, so the app fetches them from its own origin. */
function incidentData(): Plugin {
  return {
    name: 'incident-data',
    configureServer(server) {
      for (const { path, type } of DATA_FILES) {
        server.middlewares.use(`/${path}`, (_request, response) => {
          response.setHeader('Content-Type', type);
          response.end(readFileSync(resolve(import.meta.dirname, path)));
        });
      }
    },
    generateBundle() {
      for (const { path } of DATA_FILES)
        this.emitFile({ type: 'asset', fileName: path, source: readFileSync(resolve(import.meta.dirname, path)) });
    },
  };
}

/**
 * Writes the opening view (figures, period, source line and the inline script that fits them to the link)
 * into index.html, and preloads what the first view needs before MapLibre: the data and the boundaries.
 */
function firstView(): Plugin {
  return {
    name: 'first-view',
    transformIndexHtml(html) {
      const { head, shell, script } = firstViewHtml(resolve(import.meta.dirname, 'data/incidents.geojson'));
      const preloads = ['data/incidents.geojson', 'basemap/peru-departments.simplified.geojson']
        .map((href) => `<link rel="preload" href="./${href}" as="fetch" crossorigin="anonymous" />`)
        .join('\n    ');
      return html
        .replace('</title>', `</title>\n    ${head}\n    ${preloads}`)
        .replace('<div id="root"></div>', `<div id="root">${shell}</div>\n    ${script}`);
    },
  };
}

/** The modules the app imports to load the data: src/data/load.ts (with validation) and place-incidents.ts. */
const DATA_LOADING = /src\/data\/(load|place-incidents|stream\/load-in-worker)\.ts$/;

/**
 * After the build: the page's own stylesheet inlined (a stylesheet would hold the first paint, and the inline
 * script, back by a round trip), then MapLibre's chunk, its CSS and its worker fetched early at a lower
 * priority than the data, so they are there when the app asks for them.
 */
function firstViewAssets(): Plugin {
  return {
    name: 'first-view-assets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle ?? {};
        let page = html.replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)">/g, (link, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return link;
          // The file stays in the build: chunks loaded later (About, Share, video) may list it among their
          // dependencies, and Vite's preload helper fails the import when it is missing.
          return `<style>${String(asset.source)}</style>`;
        });
        const map = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.name === 'incident-map');
        const worker = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.name === 'map-worker');
        // The data's validation and placing (their own chunks, imported by the app once it runs) are fetched
        // with the page, not a round trip after the main chunk has arrived and run.
        const loading = Object.values(bundle).flatMap((chunk) =>
          chunk.type === 'chunk' && chunk.isDynamicEntry && DATA_LOADING.test(chunk.facadeModuleId ?? '')
            ? [chunk.fileName, ...chunk.imports]
            : [],
        );
        const later = [...new Set(loading)]
          .filter((file) => !html.includes(`"./${file}"`))
          .map((file) => `<link rel="modulepreload" href="./${file}" />`);
        if (map?.type === 'chunk') {
          for (const css of map.viteMetadata?.importedCss ?? [])
            later.push(`<link rel="preload" href="./${css}" as="style" fetchpriority="low" crossorigin />`);
          // The code MapLibre's page side shares with its worker (maplibreFromSource), then the page side.
          for (const file of map.imports.filter((file) => !page.includes(`"./${file}"`)))
            later.push(`<link rel="modulepreload" href="./${file}" fetchpriority="low" />`);
          later.push(`<link rel="modulepreload" href="./${map.fileName}" fetchpriority="low" id="map-chunk" />`);
          // The worker's script after the chunk, not beside it: sharing the phone's bandwidth, both would land
          // at the end, while the chunk alone lands ~0.6 s sooner and runs while the worker's script downloads.
          if (worker) later.push(`<script>${prefetchAfter('map-chunk', `./${worker.fileName}`)}</script>`);
        } else if (worker) later.push(`<link rel="prefetch" href="./${worker.fileName}" />`);
        page = page.replace('</head>', `  ${later.join('\n    ')}\n  </head>`);
        return page;
      },
    },
  };
}

/**
 * An inline script that prefetches `href` once the link `id` (above it) has loaded or failed. An inline script
 * in the head costs no round trip, and no stylesheet can hold it back (the page's own is inlined).
 */
function prefetchAfter(id: string, href: string): string {
  const prefetch = `const l=document.createElement('link');l.rel='prefetch';l.href=${JSON.stringify(href)};document.head.append(l)`;
  return `(()=>{const c=document.getElementById(${JSON.stringify(id)});const p=()=>{${prefetch}};c.addEventListener('load',p,{once:true});c.addEventListener('error',p,{once:true})})()`;
}

/** MapLibre's package: its TypeScript sources ship with it (`src/`), generated files included. */
const MAPLIBRE_DIR = dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json'));
const MAPLIBRE_WORKER_URL = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const WORKER_URL_MODULE = '\0maplibre-worker-url';

/**
 * MapLibre built from its own sources, in the same build as the app, with its worker as one more chunk of it.
 * MapLibre's published files are two bundles that each carry the code both threads run (the style
 * specification, expressions, buckets, geometry): built together, that code is one chunk, which the page
 * fetches once and the worker then imports from the browser's cache. The worker's own script is a few KB.
 */
function maplibreFromSource(): Plugin {
  const sources = resolve(MAPLIBRE_DIR, 'src');
  const pattern = new RegExp(`^${sources.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\.ts$`);
  const isSource = (id: string) => pattern.test(id);
  const { version } = JSON.parse(readFileSync(resolve(MAPLIBRE_DIR, 'package.json'), 'utf8')) as { version: string };
  const banner = `/*! MapLibre GL JS ${version}, 3-Clause BSD: https://github.com/maplibre/maplibre-gl-js/blob/v${version}/LICENSE.txt */`;
  return {
    name: 'maplibre-from-source',
    apply: 'build',
    enforce: 'pre',
    // MapLibre's sources are TypeScript written for `useDefineForClassFields: false` (typed arrays declared as
    // fields are set by the base class's constructor): compiled here with the same semantics, not by Vite's
    // transform, which would follow the app's tsconfig and reset those fields to undefined.
    config: () => ({ oxc: { exclude: [/\.js$/, pattern] } }),
    async transform(code, id) {
      if (!isSource(id)) return null;
      const options = {
        lang: 'ts',
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      } as const;
      const { code: js, map } = await transformWithOxc(code, id, options);
      return { code: js, map };
    },
    resolveId(id) {
      if (id === 'maplibre-gl') return resolve(MAPLIBRE_DIR, 'src/index.ts');
      if (id === MAPLIBRE_WORKER_URL) return WORKER_URL_MODULE;
      return null;
    },
    // The notice MapLibre's own bundles open with (its licence asks binary copies to carry it).
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && chunk.moduleIds.some(isSource)) chunk.code = `${banner}\n${chunk.code}`;
    },
    load(id) {
      if (id !== WORKER_URL_MODULE) return null;
      const worker = resolve(MAPLIBRE_DIR, 'src/source/worker.ts');
      const reference = this.emitFile({ type: 'chunk', id: worker, name: 'map-worker' });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

/** MapLibre's stylesheet without the rules of the controls the app does not use (scripts/map-css.ts). */
function mapCss(): Plugin {
  return {
    name: 'map-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/maplibre-gl\/dist\/maplibre-gl\.css$/.test(id.split('?')[0] ?? '')) return null;
      return { code: trimMapCss(code), map: null };
    },
  };
}

/** Writes `.br` and `.gz` beside every text file of the build, for `npm start` and static hosts. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressFolder(outDir);
    },
  };
}

const port = Number(process.env.PORT) || 4173;

/**
 * The build runs the components on Preact's React-compatible layer: the same React API (hooks, context,
 * StrictMode, useId), about 10 KB brotli where react-dom takes 55 KB and a third of the phone's first second
 * of script. Development and the unit tests keep React itself (fast refresh, Testing Library); the e2e tests
 * drive the built app, so they check what ships.
 */
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig(({ command }) => ({
  base: './',
  plugins: [react(), maplibreFromSource(), mapCss(), incidentData(), firstView(), firstViewAssets(), precompress()],
  resolve: { alias: command === 'build' ? PREACT_FOR_REACT : [] },
  build: { chunkSizeWarningLimit: 1200, manifest: true },
  // The loading worker as an ES module (it is started with `type: 'module'`), so that its dynamic import of the
  // pack reader (Apache Arrow, 36 KB brotli) stays a chunk of its own, fetched only for a pack.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port, strictPort: true },
  server: { host: '127.0.0.1' },
}));
