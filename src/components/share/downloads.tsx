import { Suspense, useRef, useState } from 'react';
import type { Incident } from '../../data/schema.ts';
import type { DatasetMetadata } from '../../data/validate.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { exportFileName } from '../../model/export/export-names.ts';
import { listPeople } from '../../model/people/people-in-view.ts';
import type { Filters } from '../../model/regions/filters.ts';
import type { DayRange } from '../../model/time/day-range.ts';
import { lazyPart } from '../lazy-part.tsx';
import { README_URL } from './readme-url.ts';
import type { VideoSource } from './video-dialog.tsx';

/** The video dialog is a chunk of its own, fetched when a reader asks for a video. */
const VideoDialog = lazyPart(() => import('./video-dialog.tsx').then(({ VideoDialog }) => VideoDialog));

export interface DownloadsProps {
  /** Exactly the incidents shown (current dates, department and filters), gathered when a download asks. */
  incidents(): readonly Incident[];
  /** How many incidents are shown, as the totals and the timeline count them. */
  shownCount: number;
  range: DayRange;
  region: string | null;
  filters: Filters;
  metadata: DatasetMetadata | null;
  viewUrl: string;
  /** The map as a PNG with its frame, or null while no map is available. */
  exportPng: (() => Promise<Blob>) | null;
  /** Films the current view into a clip, or null while no map is available. */
  video?: VideoSource | null;
  onAbout(): void;
}

/** Saves a blob under a file name through a temporary object URL (no server round trip). */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads of what is shown (GeoJSON, CSV, the people killed as CSV, PNG, video), the whole dataset, its documentation and "About the data". */
export function Downloads(props: DownloadsProps) {
  const { language, messages } = useI18n();
  const [isBusy, setBusy] = useState(false);
  const [hasFailed, setFailed] = useState(false);
  const [isVideoOpen, setVideoOpen] = useState(false);
  const videoButton = useRef<HTMLButtonElement>(null);
  const name = (extension: string) => exportFileName(props.range, props.region, extension);
  // The writers load on first use: a reader who never downloads never fetches them (papaparse among them).
  const downloadGeoJson = async () => {
    const { toExportGeoJson } = await import('../../model/export/export-geojson.ts');
    const context = {
      metadata: props.metadata,
      range: props.range,
      region: props.region,
      filters: props.filters,
      generatedAt: new Date().toISOString(),
      viewUrl: props.viewUrl,
      readmeUrl: new URL(README_URL, document.baseURI).href,
    };
    save(
      new Blob([toExportGeoJson(props.incidents(), context)], { type: 'application/geo+json' }),
      name('geojson'),
    );
  };
  const downloadCsv = async () => {
    const { toCsv } = await import('../../model/export/export-csv.ts');
    save(new Blob([toCsv(props.incidents(), language)], { type: 'text/csv;charset=utf-8' }), name('csv'));
  };
  // The people of exactly the incidents shown, so the file has one row per person the totals count.
  const downloadPeopleCsv = async () => {
    const { toPeopleCsv } = await import('../../model/export/people-csv.ts');
    save(
      new Blob([toPeopleCsv(listPeople(props.incidents()).people, language)], {
        type: 'text/csv;charset=utf-8',
      }),
      exportFileName(props.range, props.region, 'csv', 'personas'),
    );
  };
  const downloadPng = async () => {
    if (!props.exportPng) return;
    setBusy(true);
    setFailed(false);
    try {
      save(await props.exportPng(), name('png'));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{messages.downloadsHeading}</h2>
      <p className="downloads-note">{messages.downloadShownNote(props.shownCount)}</p>
      <div className="downloads-buttons">
        <button type="button" data-testid="download-geojson" onClick={downloadGeoJson}>
          {messages.downloadGeojson}
        </button>
        <button type="button" data-testid="download-csv" onClick={downloadCsv}>
          {messages.downloadCsv}
        </button>
        <button type="button" data-testid="download-people-csv" onClick={downloadPeopleCsv}>
          {messages.people.downloadCsv}
        </button>
        <button
          type="button"
          data-testid="download-png"
          onClick={downloadPng}
          disabled={!props.exportPng || isBusy}
          aria-busy={isBusy}
        >
          {messages.downloadPng}
        </button>
        <button
          type="button"
          data-testid="download-video"
          ref={videoButton}
          onClick={() => setVideoOpen(true)}
          disabled={!props.video}
        >
          {messages.video}
        </button>
      </div>
      {isVideoOpen && props.video ? (
        <Suspense fallback={null}>
          <VideoDialog
            source={props.video}
            onSave={save}
            onClose={() => {
              setVideoOpen(false);
              videoButton.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
      {hasFailed ? <p role="alert">{messages.downloadFailed}</p> : null}
      <ul className="downloads-links">
        <li>
          <a
            href="data/incidents.geojson"
            download="peru-protestas_completo.geojson"
            data-testid="download-full"
          >
            {messages.downloadFull}
          </a>
        </li>
        <li>
          <a href={README_URL} target="_blank" rel="noopener noreferrer">
            {messages.downloadReadme}
          </a>
        </li>
        <li>
          <button type="button" className="link-button" data-testid="about-button" onClick={props.onAbout}>
            {messages.about}
          </button>
        </li>
      </ul>
    </section>
  );
}
