/**
 * The published figures the People view compares its own with. Each covers its own scope and period (HRW:
 * protesters and bystanders killed to February 2023; Amnesty: civilians and the police officer killed by
 * state repression, not the soldiers or the deaths at blockades), so they are compared with the whole period.
 */
export interface PublishedFigure {
  publisher: 'HRW' | 'Amnesty';
  /** What the figure counts, as a key of the message catalogue's `publishedFigures`. */
  id: 'gunfire' | 'pellets' | 'children' | 'civilians' | 'police';
  value: number;
  /** Out of how many, when the source gives a share (HRW's 39 of 49). */
  of?: number;
  url: string;
}

const HRW_URL =
  'https://www.hrw.org/report/2023/04/26/deadly-decline/security-force-abuses-and-democratic-crisis-peru';
const AMNESTY_URL =
  'https://caracol.com.co/2024/07/18/amnistia-internacional-pide-investigar-a-altos-mandos-por-muertes-en-protestas-de-peru/?outputType=amp';

/** Human Rights Watch, "Deadly Decline" (26 April 2023), and Amnesty International (2024), as in data/README.md. */
export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  { publisher: 'HRW', id: 'gunfire', value: 39, of: 49, url: HRW_URL },
  { publisher: 'HRW', id: 'pellets', value: 5, of: 49, url: HRW_URL },
  { publisher: 'HRW', id: 'children', value: 8, of: 49, url: HRW_URL },
  { publisher: 'Amnesty', id: 'civilians', value: 50, url: AMNESTY_URL },
  { publisher: 'Amnesty', id: 'police', value: 1, url: AMNESTY_URL },
];
