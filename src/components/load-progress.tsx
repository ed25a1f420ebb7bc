import type { LoadProgress } from '../data/load-in-worker.ts';
import { formatCount } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * Shown over the map while the data loads: a spinner, and once the loading worker reports, a progress bar
 * with the megabytes and incidents read so far and a Cancel button.
 */
export function LoadProgressOverlay({
  progress,
  onCancel,
}: {
  progress: LoadProgress | null;
  onCancel: (() => void) | null;
}) {
  const { messages, language } = useI18n();
  const megabytes = (bytes: number) => `${formatCount(Math.round(bytes / 1e6), language)} MB`;
  const read = progress
    ? progress.totalBytes
      ? `${megabytes(progress.bytes)} / ${megabytes(progress.totalBytes)}`
      : megabytes(progress.bytes)
    : '';
  return (
    <div className="loading" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      <span className="loading-text">
        {messages.loading}
        {progress ? (
          <>
            <progress
              className="loading-bar"
              data-testid="load-progress"
              max={progress.totalBytes ?? undefined}
              value={progress.totalBytes ? progress.bytes : undefined}
              aria-label={messages.loading}
            />
            <span data-testid="load-progress-text">
              {messages.loadingProgress(read, formatCount(progress.incidents, language))}
            </span>
          </>
        ) : null}
      </span>
      {onCancel ? (
        <button type="button" onClick={onCancel} data-testid="load-cancel">
          {messages.cancelLoad}
        </button>
      ) : null}
    </div>
  );
}
