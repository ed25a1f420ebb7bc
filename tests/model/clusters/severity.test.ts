import { describe, expect, it } from 'vitest';
import { VIOLATIONS } from '../../../src/data/vocabulary.ts';
import { mostSevereViolation } from '../../../src/model/clusters/severity.ts';

describe('mostSevereViolation', () => {
  it('picks the right to life over every other category', () => {
    expect(mostSevereViolation(['assembly', 'life', 'physical_integrity'])).toBe('life');
  });

  it('ranks sexual integrity above physical integrity, and injuries above detention', () => {
    expect(mostSevereViolation(['physical_integrity', 'sexual_integrity'])).toBe('sexual_integrity');
    expect(mostSevereViolation(['liberty', 'physical_integrity'])).toBe('physical_integrity');
  });

  it('returns the only category of a one-category incident', () => {
    for (const violation of VIOLATIONS) expect(mostSevereViolation([violation])).toBe(violation);
  });

  it('does not depend on the order of the list', () => {
    expect(mostSevereViolation(['transit', 'expression', 'property'])).toBe('expression');
    expect(mostSevereViolation(['property', 'expression', 'transit'])).toBe('expression');
  });
});
