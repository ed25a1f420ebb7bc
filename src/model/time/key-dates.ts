import { parseIsoDay } from '../../data/days.ts';

/** The moments the timeline marks; their labels live in the message catalogues under the same ids. */
export const KEY_DATES = [
  { id: 'castillo', date: '2022-12-07' },
  { id: 'andahuaylas', date: '2022-12-11' },
  { id: 'ayacucho', date: '2022-12-15' },
  { id: 'juliaca', date: '2023-01-09' },
  { id: 'sanMarcos', date: '2023-01-21' },
  { id: 'lima', date: '2023-01-28' },
  { id: 'ilave', date: '2023-03-05' },
] as const;

export type KeyDateId = (typeof KEY_DATES)[number]['id'];

/** The key dates as day numbers, in date order. */
export function keyDateDays(): { id: KeyDateId; day: number }[] {
  return KEY_DATES.map(({ id, date }) => ({ id, day: parseIsoDay(date) as number }));
}
