/**
 * The closed vocabularies of the incident schema (see data/README.md).
 * Order matters: VIOLATIONS is sorted from most to least severe, which is how a point's colour is chosen.
 */

/** Violation categories, most severe first: the Mission's seven plus `liberty` (arbitrary detention). */
export const VIOLATIONS = [
  'life',
  'sexual_integrity',
  'physical_integrity',
  'liberty',
  'expression',
  'assembly',
  'property',
  'transit',
] as const;
export type Violation = (typeof VIOLATIONS)[number];

/** Where deaths and injuries happened: in a protest or its repression, at a road blockade, or otherwise. */
export const CONTEXTS = ['clash', 'blockade', 'other'] as const;
export type Context = (typeof CONTEXTS)[number];

/** Who the sources hold responsible. */
export const PERPETRATORS = ['police', 'army', 'police_and_army', 'protesters', 'unknown'] as const;
export type Perpetrator = (typeof PERPETRATORS)[number];

/** How exact a point is, from the exact spot to the province's centre. */
export const PRECISIONS = ['exact', 'town', 'district', 'province'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Roles counted in `killed_by_role`. */
export const ROLES = ['civilian', 'police', 'military'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The period the dataset covers, as inclusive ISO calendar days in Peru:
 * from Pedro Castillo's removal to the end of March 2023.
 */
export const PERIOD = { first: '2022-12-07', last: '2023-03-31' } as const;

/** How a person died, as published by autopsy reports, prosecutors, HRW, Amnesty or the press. */
export const CAUSES = [
  'firearm',
  'pellets',
  'tear_gas_canister',
  'blunt_force',
  'drowning',
  'blocked_medical_care',
  'road_accident',
  'other',
  'unknown',
] as const;
export type Cause = (typeof CAUSES)[number];

/** Where the body was hit, where published. */
export const WOUNDS = ['head', 'neck', 'thorax', 'abdomen', 'back', 'limbs'] as const;
export type Wound = (typeof WOUNDS)[number];
