import type { LoadError } from '../data/load.ts';
import type { LoadProgress } from '../data/stream/load-in-worker.ts';
import { formatCount } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * Shown over the map while the data loads: a spinner, and once the loading worker reports, a progress bar
 * with the megabytes and incidents read so far and a Cancel button.
 */
export function LoadingOverlay({ progress, onCancel }: { progress?: LoadProgress; onCancel?: () => void }) {
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

/** Replaces the page when the data cannot be used, with the reason and a way to try again. */
export function ErrorScreen({ error, onRetry }: { error: LoadError; onRetry(): void }) {
  const { messages } = useI18n();
  return (
    <main className="error-screen" role="alert" data-testid="error">
      <h1>{messages.errorTitle}</h1>
      <p>{messages.loadError(error)}</p>
      <button type="button" onClick={onRetry}>
        {messages.retry}
      </button>
    </main>
  );
}
