import { z } from 'zod';
import { isHttpsUrl } from './https-url.ts';
import { INCIDENT_ID_PATTERN } from './incident-id.ts';

export { isHttpsUrl };

import { CAUSES, CONTEXTS, PERPETRATORS, PRECISIONS, ROLES, VIOLATIONS, WOUNDS } from './vocabulary.ts';

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

export { CAUSES, type Cause, ROLES, type Role, WOUNDS, type Wound } from './vocabulary.ts';

/**
 * A person killed in an incident. `name` is absent when no public page names the person ("name not
 * published"); `age` and `minor` only where the sources agree (otherwise `note_*` gives each source's figure).
 * `injury_date` is the day of the injury, `death_date` the day of death (they differ for several people).
 */
export const personSchema = z.object({
  name: nonEmpty().optional(),
  other_names: z.array(nonEmpty(), { error: 'must be a list of names' }).optional(),
  age: count().max(110, 'must be at most 110').optional(),
  minor: z.boolean({ error: 'must be true or false' }).optional(),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
  injury_date: isoDay.optional(),
  death_date: isoDay.optional(),
  cause: z.enum(CAUSES, { error: `must be one of ${CAUSES.join(', ')}` }),
  wounds: z.array(z.enum(WOUNDS, { error: `must be one of ${WOUNDS.join(', ')}` })).optional(),
  note_es: nonEmpty().optional(),
  note_en: nonEmpty().optional(),
  sources: z
    .array(sourceSchema, { error: 'must be a list of sources' })
    .min(1, 'must cite at least one source'),
});
export type Person = z.infer<typeof personSchema>;

export const killedByRoleSchema = z.object({
  civilian: count().optional(),
  police: count().optional(),
  military: count().optional(),
});

export const incidentPropertiesSchema = z.object({
  id: z
    .string({ error: 'id is missing' })
    .regex(INCIDENT_ID_PATTERN, 'id must be lowercase letters, digits and dashes'),
  date: isoDay,
  end_date: isoDay.optional(),
  place: nonEmpty(),
  department: z.string({ error: 'must be text' }).regex(/^PE-[A-Z]{3}$/, 'must be a code like PE-PUN'),
  precision: z.enum(PRECISIONS, { error: `must be one of ${PRECISIONS.join(', ')}` }),
  killed: count(),
  injured: count(),
  killed_by_role: killedByRoleSchema.optional(),
  people: z.array(personSchema, { error: 'must be a list of people' }).optional(),
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
