import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A short, dismissible notice under the header (e.g. a link's dates that could not be used). */
export function Notice({ children, onDismiss }: { children: ReactNode; onDismiss(): void }) {
  const { messages } = useI18n();
  return (
    <div className="notice notice-bar" role="status" data-testid="notice">
      <p>{children}</p>
      <button type="button" className="close" aria-label={messages.dismiss} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
