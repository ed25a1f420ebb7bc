import { type ValidationResult, validateCollection } from './validate.ts';

/** Why loading failed: unreachable, an HTTP error, not JSON, not an incident collection, or the reader stopped it. */
export type LoadError =
  | { kind: 'network'; detail: string }
  | { kind: 'cancelled' }
  | { kind: 'http'; status: number }
  | { kind: 'json'; detail: string }
  | { kind: 'shape'; detail: string };

export type LoadResult = Extract<ValidationResult, { ok: true }> | { ok: false; error: LoadError };

/**
 * Fetches and validates the incident file. Never throws: every failure comes back as a LoadError that the UI
 * can explain. `fetchImpl` is injectable for tests.
 */
export async function loadIncidents(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return { ok: false, error: { kind: 'network', detail: errorText(error) } };
  }
  if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status } };
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (error) {
    return { ok: false, error: { kind: 'json', detail: errorText(error) } };
  }
  const result = validateCollection(raw);
  if (!result.ok) return { ok: false, error: { kind: 'shape', detail: result.error } };
  return result;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
