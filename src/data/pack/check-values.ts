import { incidentPropertiesSchema } from '../schema.ts';
import { checkRecordBounds, zodProblems } from '../validate.ts';
import { type DictionaryField, JSON_FIELDS } from './pack-format.ts';

/** A problem of a value, before it is given the incident's id and position. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A dictionary column's distinct values, each checked once as the GeoJSON loader checks a feature's field:
 * `values[code]` is the schema's output (shared by every incident with that code), `bounds[code]` the bounds
 * problems (text too long, lists too long, checked before anything else), `problems[code]` the schema's;
 * null where there are none.
 */
export interface CheckedDictionary {
  values: unknown[];
  bounds: (FieldProblem[] | null)[];
  problems: (FieldProblem[] | null)[];
  /** The problems of a row without a value: `is missing` for a required field, none for an optional one. */
  missing: FieldProblem[] | null;
}

type SchemaField = Exclude<DictionaryField, 'date' | 'end_date'>;

/**
 * Checks each distinct text of a dictionary column (JSON text for the nested fields) with the incident schema's
 * rule for `field`, with the same field paths and words as validateCollection. O(total size of the values).
 */
export function checkDictionary(field: SchemaField, texts: readonly string[]): CheckedDictionary {
  const schema = incidentPropertiesSchema.pick({ [field]: true } as Record<SchemaField, true>);
  const check = (value: unknown): { value: unknown; problems: FieldProblem[] | null } => {
    const input = { [field]: value };
    const parsed = schema.safeParse(input);
    if (parsed.success) return { value: (parsed.data as Record<string, unknown>)[field], problems: null };
    return { value: undefined, problems: zodProblems('', parsed.error, input).map(withoutId) };
  };
  const isJson = JSON_FIELDS.has(field);
  const checked: CheckedDictionary = {
    values: [],
    bounds: [],
    problems: [],
    missing: check(undefined).problems,
  };
  for (const text of texts) {
    let value: unknown = text;
    if (isJson) {
      try {
        value = JSON.parse(text);
      } catch {
        checked.values.push(undefined);
        checked.bounds.push(null);
        checked.problems.push([{ field, message: 'is not valid JSON' }]);
        continue;
      }
    }
    const bounds = boundsOf(field, value);
    const result = bounds ? { value: undefined, problems: null } : check(value);
    checked.values.push(result.value);
    checked.bounds.push(bounds);
    checked.problems.push(result.problems);
  }
  return checked;
}

/** The bounds problems of one field's value (see checkRecordBounds), or null when it is within them. */
export function boundsOf(field: string, value: unknown): FieldProblem[] | null {
  const problems = checkRecordBounds({ properties: { [field]: value } }, '');
  return problems.length > 0 ? problems.map(withoutId) : null;
}

function withoutId({ field, message }: FieldProblem): FieldProblem {
  return { field, message };
}
