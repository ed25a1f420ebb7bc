import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DATA_FILE = resolve(import.meta.dirname, 'data/incidents.geojson');
const DATA_PATH = 'data/incidents.geojson';

/** Serves data/incidents.geojson in dev and copies it into the build, so the app fetches it from its own origin. */
function incidentData(): Plugin {
  return {
    name: 'incident-data',
    configureServer(server) {
      server.middlewares.use(`/${DATA_PATH}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
        response.end(readFileSync(DATA_FILE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATA_PATH, source: readFileSync(DATA_FILE) });
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
