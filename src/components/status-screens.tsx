import type { LoadError } from '../data/load.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

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
