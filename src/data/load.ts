import { isPackBytes } from './pack/pack-format.ts';
import { type ValidationResult, validateCollection } from './validate.ts';

/**
 * Why loading failed: unreachable, the file not there (a 404, or a web page served in its place, as a
 * single-page fallback does), another HTTP error, not JSON, not an incident collection, or the reader
 * stopped it.
 */
export type LoadError =
  | { kind: 'network'; detail: string }
  | { kind: 'missing'; url: string }
  | { kind: 'cancelled' }
  | { kind: 'http'; status: number }
  | { kind: 'json'; detail: string }
  | { kind: 'shape'; detail: string }
  | { kind: 'pack'; detail: string };

export type LoadResult = Extract<ValidationResult, { ok: true }> | { ok: false; error: LoadError };

/**
 * Fetches and validates the incident file: GeoJSON, or a pack (`npm run data:pack`, told by its first bytes,
 * read by readPack in a chunk of its own). Never throws: every failure comes back as a LoadError that the UI
 * can explain. `fetchImpl` is injectable for tests.
 */
export async function loadIncidents(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return { ok: false, error: { kind: 'network', detail: errorText(error) } };
  }
  if (response.status === 404) return { ok: false, error: { kind: 'missing', url } };
  if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status } };
  let raw: unknown;
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (isPackBytes(bytes)) {
      const { loadPackIncidents } = await import('./pack/load-pack.ts');
      return loadPackIncidents(bytes);
    }
    const text = new TextDecoder().decode(bytes);
    if (isWebPage(text, response.headers.get('content-type'))) {
      return { ok: false, error: { kind: 'missing', url } };
    }
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'json', detail: errorText(error) } };
  }
  const result = validateCollection(raw);
  if (!result.ok) return { ok: false, error: { kind: 'shape', detail: result.error } };
  return result;
}

/** True for an HTML page where a JSON file was expected: the server's fallback for a file it does not have. */
export function isWebPage(text: string, contentType: string | null): boolean {
  if (contentType?.toLowerCase().includes('text/html')) return true;
  return /^\s*<(!doctype|html|head|body)/i.test(text.slice(0, 200));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
