import { useState } from 'react';
import type { Incident } from '../../data/schema.ts';
import type { DatasetMetadata } from '../../data/validate.ts';
import { formatCount } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DayRange } from '../../model/time/day-range.ts';
import { toCsv } from '../../model/export/export-csv.ts';
import { toExportGeoJson } from '../../model/export/export-geojson.ts';
import { exportFileName } from '../../model/export/export-names.ts';
import type { Filters } from '../../model/regions/filters.ts';
import { README_URL } from './about-dialog.tsx';

interface DownloadsProps {
  /** Exactly the incidents shown: current dates, department and filters. */
  incidents: readonly Incident[];
  range: DayRange;
  region: string | null;
  filters: Filters;
  metadata: DatasetMetadata | null;
  viewUrl: string;
  /** The map as a PNG with its frame, or null while no map is available. */
  exportPng: (() => Promise<Blob>) | null;
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

/** Downloads of what is shown (GeoJSON, CSV, PNG), the whole dataset, its documentation and "About the data". */
export function Downloads(props: DownloadsProps) {
  const { language, messages } = useI18n();
  const [isBusy, setBusy] = useState(false);
  const [hasFailed, setFailed] = useState(false);
  const name = (extension: string) => exportFileName(props.range, props.region, extension);
  const downloadGeoJson = () => {
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
      new Blob([toExportGeoJson(props.incidents, context)], { type: 'application/geo+json' }),
      name('geojson'),
    );
  };
  const downloadCsv = () =>
    save(new Blob([toCsv(props.incidents, language)], { type: 'text/csv;charset=utf-8' }), name('csv'));
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
      <p className="downloads-note">
        {messages.downloadShownNote(formatCount(props.incidents.length, language))}
      </p>
      <div className="downloads-buttons">
        <button type="button" data-testid="download-geojson" onClick={downloadGeoJson}>
          {messages.downloadGeojson}
        </button>
        <button type="button" data-testid="download-csv" onClick={downloadCsv}>
          {messages.downloadCsv}
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
      </div>
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
