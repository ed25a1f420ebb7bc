import { z } from 'zod';
import { CONTEXTS, PERPETRATORS, PRECISIONS, VIOLATIONS } from './vocabulary.ts';

/**
 * The zod schema of one incident's properties, shared by the app's loader and `npm run data:check`.
 * Field names are the published contract (snake_case, as in data/incidents.geojson).
 * Checks that need more than one field (date order, role sums, unique ids, geography) live in validate.ts
 * and check-geography.ts, so that each problem can name its field in plain words.
 */

const nonEmpty = () => z.string({ error: 'must be text' }).trim().min(1, 'is empty');
const count = () =>
  z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'cannot be negative');
const isoDay = z
  .string({ error: 'must be a date YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** One published source: a public https page. */
export const sourceSchema = z.object({
  title: nonEmpty(),
  publisher: nonEmpty(),
  url: z
    .string({ error: 'url must be text' })
    .refine((value) => isHttpsUrl(value), 'must be an https:// address of a public page'),
  date: isoDay,
});

/** A person killed, as named by a public source. */
export const victimSchema = z.object({
  name: nonEmpty(),
  age: count().optional(),
});

export const killedByRoleSchema = z.object({
  civilian: count().optional(),
  police: count().optional(),
  military: count().optional(),
});

export const incidentPropertiesSchema = z.object({
  id: z
    .string({ error: 'id is missing' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lowercase letters, digits and dashes'),
  date: isoDay,
  end_date: isoDay.optional(),
  place: nonEmpty(),
  department: z.string({ error: 'must be text' }).regex(/^PE-[A-Z]{3}$/, 'must be a code like PE-PUN'),
  precision: z.enum(PRECISIONS, { error: `must be one of ${PRECISIONS.join(', ')}` }),
  killed: count(),
  injured: count(),
  killed_by_role: killedByRoleSchema.optional(),
  victims: z.array(victimSchema).optional(),
  context: z.enum(CONTEXTS, { error: `must be one of ${CONTEXTS.join(', ')}` }),
  violations: z
    .array(z.enum(VIOLATIONS, { error: `must be one of ${VIOLATIONS.join(', ')}` }), {
      error: 'must be a list of violation categories',
    })
    .min(1, 'must name at least one violation category'),
  perpetrator: z.enum(PERPETRATORS, { error: `must be one of ${PERPETRATORS.join(', ')}` }),
  summary_es: nonEmpty(),
  summary_en: nonEmpty(),
  sources: z
    .array(sourceSchema, { error: 'must be a list of sources' })
    .min(1, 'must cite at least one source'),
});

export type IncidentProperties = z.infer<typeof incidentPropertiesSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** A validated incident: its published properties plus its point, `[lng, lat]` as separate numbers. */
export type Incident = IncidentProperties & { lng: number; lat: number };

/** True when the text is an absolute https URL with a host. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}
