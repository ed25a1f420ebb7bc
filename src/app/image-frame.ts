import { findDepartment } from '../data/departments.ts';
import { formatCount, formatDayNumber } from '../i18n/format.ts';
import type { Language, Messages } from '../i18n/messages.ts';
import { BASEMAP_ATTRIBUTION } from '../i18n/messages.ts';
import type { MapImageFrame } from '../map/map-port.ts';
import type { ChoroplethScale } from '../model/regions/choropleth-scale.ts';
import type { DayRange } from '../model/time/day-range.ts';
import type { Measure } from '../model/regions/filters.ts';
import type { Totals } from '../model/time/totals.ts';

/** The title, dates, figures, choropleth legend and attribution drawn around an exported map image. */
export function imageFrame(
  messages: Messages,
  language: Language,
  range: DayRange,
  region: string | null,
  measure: Measure,
  scale: ChoroplethScale,
  totals: Totals,
): MapImageFrame {
  const dates =
    range.fromDay === range.toDay
      ? formatDayNumber(range.fromDay, language)
      : `${formatDayNumber(range.fromDay, language)} – ${formatDayNumber(range.toDay, language)}`;
  const place = region ? `${findDepartment(region)?.name ?? region} · ` : '';
  const figures = `${formatCount(totals.killed, language)} ${messages.killed.toLowerCase()} · ${formatCount(totals.injured, language)} ${messages.injured.toLowerCase()} · ${formatCount(totals.incidents, language)} ${messages.incidents.toLowerCase()}`;
  const count = (value: number) => formatCount(value, language);
  return {
    title: messages.appTitle,
    subtitle: `${place}${dates} · ${figures}`,
    legendTitle: `${messages.choroplethHeading}: ${messages.measureNames[measure]}`,
    legend: [
      { colour: scale.zeroColour, label: `0 (${messages.choroplethZero})` },
      ...scale.classes.map((item) => ({
        colour: item.colour,
        label: item.min === item.max ? count(item.min) : `${count(item.min)}–${count(item.max)}`,
      })),
    ],
    attribution: `${BASEMAP_ATTRIBUTION} · ${messages.appSubtitle}`,
  };
}
