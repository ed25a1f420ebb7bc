/**
 * What `npm run data:pack` does (scripts/pack.ts), also used by e2e/global-setup.ts and scripts/synth.ts. Reads an incident GeoJSON file as the app does (streamed, a feature at a time, the same validation), and
 * writes the kept incidents as a pack (src/data/pack/): an Apache Arrow IPC file the app reads from `?data=`
 * as it reads GeoJSON, several times faster. Every field is kept (text, people, sources, metadata); the
 * department is the declared one (the app places each point when it loads the pack, as for GeoJSON). Prints
 * each problem and the number of features left out on stderr; exits 1 when any was left out.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { encodePack, packRowOf } from '../src/data/pack/write-pack.ts';
import type { Incident } from '../src/data/schema.ts';
import { readIncidentStream } from '../src/data/stream/stream-incidents.ts';
import { countLeftOut, formatProblem } from '../src/data/validate.ts';

/** Reads `input` (GeoJSON) and writes `output` (a pack); returns the features left out, or null on an error. */
export async function packFile(
  input: string,
  output: string,
): Promise<{ kept: number; leftOut: number } | null> {
  const rows: ReturnType<typeof packRowOf>[] = [];
  const body = Readable.toWeb(createReadStream(input)) as ReadableStream<Uint8Array>;
  const result = await readIncidentStream(body, {
    onIncidents: (batch: Incident[]) => {
      for (const incident of batch) rows.push(packRowOf(incident));
    },
  });
  if (!result.ok) {
    console.error(`${input}: ${JSON.stringify(result.error)}`);
    return null;
  }
  for (const problem of result.problems) console.error(formatProblem(problem));
  writeFileSync(output, encodePack(rows, result.metadata));
  return { kept: rows.length, leftOut: countLeftOut(result.problems) };
}
