import { readFileSync } from 'node:fs';
import { applyLinkToFirstView, type FirstViewInput } from '../src/app/first-view/first-view-script.ts';
import { parseIsoDay } from '../src/data/days.ts';
import { validateCollection } from '../src/data/validate.ts';
import { PERIOD } from '../src/data/vocabulary.ts';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { formatCount, formatDay } from '../src/i18n/format.ts';
import type { Language, Messages } from '../src/i18n/messages.ts';
import { summariseRanges, totalsOfRange } from '../src/model/time/range-summary.ts';

/** Shown in place of a figure the page cannot know before the app has it. */
export const PLACEHOLDER = '–';

/** How formatCount (i18n/format.ts) groups digits in `language`, for the inline script (see FirstViewInput). */
export function numberFormatOf(language: Language): { group: string; groupFrom: number } {
  const group = formatCount(10_000_000, language).replace(/\d/g, '').charAt(0);
  let groupFrom = 4;
  while (groupFrom < 8 && formatCount(10 ** (groupFrom - 1), language) === String(10 ** (groupFrom - 1)))
    groupFrom += 1;
  return { group, groupFrom };
}

/**
 * For `<head>`: a link that may ask for other figures hides the written ones until the inline script after
 * them has set the link's own (the parser may paint between the two), so not even one frame shows another
 * view's figures.
 */
const FIRST_VIEW_HEAD =
  '<style>[data-first-view-pending] [data-first-view] .totals-value{visibility:hidden}</style>' +
  '<script>if(/[?&](from|to|region|cat|context|perpetrator|data)=/.test(location.search))' +
  "document.documentElement.setAttribute('data-first-view-pending','')</script>";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function labelsOf(messages: Messages, updated: string, language: Language): Record<string, string> {
  return {
    title: messages.appTitle,
    subtitle: messages.appSubtitle,
    heading: messages.totalsHeading,
    killed: messages.killed,
    injured: messages.injured,
    incidents: messages.incidents,
    loading: messages.loading,
    source: messages.sourceLine(formatDay(updated, language)),
    placeholder: PLACEHOLDER,
  };
}

/**
 * The opening view written into index.html at build time, so the first paint already says how many people
 * were killed and injured: the title, the whole period's totals (validated exactly as the app validates
 * them), the period and the source line, in Spanish; then the inline script (src/app/first-view/first-view-script.ts)
 * with the per-span summary, which turns them into the link's figures, or a placeholder, before the first
 * paint. React replaces all of it when it starts. Returns what goes in `<head>`, the markup for inside
 * `#root`, the script element and the script's input.
 */
export function firstViewHtml(dataFile: string): {
  head: string;
  shell: string;
  script: string;
  input: FirstViewInput;
} {
  const result = validateCollection(JSON.parse(readFileSync(dataFile, 'utf8')));
  if (!result.ok) throw new Error(`first view: ${dataFile} is not an incident collection: ${result.error}`);
  const summary = summariseRanges(result.incidents);
  const bounds: [number, number] = [parseIsoDay(PERIOD.first) as number, parseIsoDay(PERIOD.last) as number];
  const totals = totalsOfRange(summary, bounds[0], bounds[1]);
  const updated = result.metadata?.updated ?? '';
  const labels = { es: labelsOf(es, updated, 'es'), en: labelsOf(en, updated, 'en') };
  const text = (key: string) => `<span data-label="${key}">${escapeHtml(labels.es[key] ?? '')}</span>`;
  const item = (key: 'killed' | 'injured' | 'incidents') =>
    `<div class="totals-item"><dd class="totals-value">${formatCount(totals[key], 'es')}</dd>` +
    `<dt class="totals-label" data-label="${key}">${escapeHtml(labels.es[key] ?? '')}</dt></div>`;
  const shell =
    `<div class="app first-view" data-first-view>` +
    `<header class="app-header"><div class="app-title"><h1>${text('title')}</h1><p>${text('subtitle')}</p></div></header>` +
    `<section class="totals" aria-labelledby="first-view-heading" data-testid="totals" data-killed="${totals.killed}" data-injured="${totals.injured}" data-incidents="${totals.incidents}">` +
    `<h2 id="first-view-heading" class="visually-hidden" data-label="heading">${escapeHtml(labels.es.heading ?? '')}</h2>` +
    `<dl class="totals-list">${item('killed')}${item('injured')}${item('incidents')}</dl></section>` +
    `<p class="first-view-source">${updated ? text('source') : ''}</p>` +
    `<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${text('loading')}</p>` +
    `</div>`;
  const numbers = { es: numberFormatOf('es'), en: numberFormatOf('en') };
  const input: FirstViewInput = { summary, bounds, numbers, labels };
  // `<` is escaped so no text in the data can close the script element.
  const json = JSON.stringify(input).replace(/</g, '\\u003c');
  return {
    head: FIRST_VIEW_HEAD,
    shell,
    script: `<script>(${applyLinkToFirstView.toString()})(${json});</script>`,
    input,
  };
}
