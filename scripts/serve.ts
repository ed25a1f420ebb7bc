import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Content types by extension; `.mjs` must be JavaScript or browsers refuse MapLibre's worker. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
  '.pack': 'application/vnd.apache.arrow.file',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Vite's content-hashed files never change under their name: cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the page, the data, the basemap) may change under the same name: revalidate. */
const REVALIDATE = 'no-cache';

export interface StaticServer {
  /** `http://host:port/`, with the port actually bound. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

/**
 * A small static file server for the built app: sends the build's precompressed `.br` or `.gz` copy when the
 * browser accepts it, long cache lifetimes for hashed assets (`assets/`), ETags for the rest, byte ranges for
 * uncompressed files, and 404 for anything missing (no single-page fallback: a missing data file must look
 * missing). Only GET and HEAD; never serves outside `root`.
 */
export function startStaticServer({
  root,
  host = '127.0.0.1',
  port = 4173,
}: ServeOptions): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => handle(base, request, response));
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolveStart({
        url: `http://${host}:${address.port}/`,
        server,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function handle(base: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveFile(base, request.url ?? '/');
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const encoding = pickEncoding(file, String(request.headers['accept-encoding'] ?? ''));
  const sent = encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file;
  const stat = statSync(sent);
  const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': file.startsWith(join(base, 'assets') + sep) ? IMMUTABLE : REVALIDATE,
    ETag: etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
  };
  if (encoding) headers['Content-Encoding'] = encoding;
  else headers['Accept-Ranges'] = 'bytes';
  // Set one by one (not through writeHead) so that getHeaders() reports them, e.g. to count bytes sent.
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304).end();
    return;
  }
  const range = encoding ? null : parseRange(String(request.headers.range ?? ''), stat.size);
  if (range === 'invalid') {
    response.writeHead(416, { 'Content-Range': `bytes */${stat.size}` }).end();
    return;
  }
  if (range) {
    response.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${stat.size}`);
    response.setHeader('Content-Length', String(range.end - range.start + 1));
    response.writeHead(206);
  } else {
    response.setHeader('Content-Length', String(stat.size));
    response.writeHead(200);
  }
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(sent, range ?? {}).pipe(response);
}

/** The file a URL path names inside `base` (a folder gives its index.html), or null if there is none. */
function resolveFile(base: string, url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  const file = resolve(base, `.${path}`);
  if (file !== base && !file.startsWith(base + sep)) return null;
  const candidate = path.endsWith('/') ? join(file, 'index.html') : file;
  if (!existsSync(candidate)) return null;
  const stat = statSync(candidate);
  if (stat.isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

/** Brotli, then gzip, when the browser accepts it and the build wrote that copy. */
function pickEncoding(file: string, acceptEncoding: string): 'br' | 'gzip' | null {
  const accepted = acceptEncoding
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q?.trim() !== 'q=0')
    .map(([name]) => name?.trim());
  if (accepted.includes('br') && existsSync(`${file}.br`)) return 'br';
  if (accepted.includes('gzip') && existsSync(`${file}.gz`)) return 'gzip';
  return null;
}

/** One `bytes=a-b` range, inclusive; null for none (or several, answered whole), 'invalid' if unsatisfiable. */
function parseRange(header: string, size: number): { start: number; end: number } | null | 'invalid' {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  const start = from === '' ? Math.max(0, size - Number(to)) : Number(from);
  const end = from === '' || to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start > end || start >= size ? 'invalid' : { start, end };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const port = Number(process.env.PORT) || 4173;
  const root = resolve(import.meta.dirname, '..', 'dist');
  startStaticServer({ root, port }).then(
    ({ url }) => console.log(`Serving ${root} at ${url}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
