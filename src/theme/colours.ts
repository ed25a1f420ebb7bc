import type { Violation } from '../data/vocabulary.ts';

/**
 * One colour per violation category, shared by the map and the legend. Chosen from the Okabe–Ito
 * colour-blind-safe palette, with a dark red for the right to life so the deadliest points read first.
 */
export const VIOLATION_COLOURS: Record<Violation, string> = {
  life: '#a50f15',
  sexual_integrity: '#cc79a7',
  physical_integrity: '#e69f00',
  liberty: '#0072b2',
  expression: '#56b4e9',
  assembly: '#009e73',
  property: '#8c6d31',
  transit: '#7a7a7a',
};

export const BASEMAP_COLOURS = {
  sea: '#dbe7ef',
  land: '#ece9e2',
  peru: '#fbfaf6',
  departmentLine: '#8d8a83',
  border: '#6e6a63',
  label: '#4b4843',
  river: '#a9c6da',
  town: '#3f3c38',
  townCapital: '#1f1d1b',
  cluster: '#4d1515',
  clusterText: '#ffffff',
  selected: '#111111',
} as const;
