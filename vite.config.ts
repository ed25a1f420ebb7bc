import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

const port = Number(process.env.PORT) || 4173;

export default defineConfig({
  base: './',
  plugins: [react(), incidentData()],
  build: { chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1', port, strictPort: true },
  server: { host: '127.0.0.1' },
});
