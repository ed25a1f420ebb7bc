import type { ReactNode } from 'react';
import { LoadingOverlay } from '../components/status-screens.tsx';
import { TotalsPanel } from '../components/totals-panel.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { Totals } from '../model/time/totals.ts';
import type { DataState } from './app-state.ts';

export interface EmbedLayoutProps {
  /** The same view on the full page, opened from the title line. */
  fullUrl: string;
  /** While loading, shows the progress. */
  data: DataState;
  /** Null while the figures are not known. */
  totals: Totals | null;
  /** The map and the timeline. */
  children: ReactNode;
}

/** The compact page for an article's iframe (`?embed=1`): title line, map, timeline, totals. */
export function EmbedLayout({ fullUrl, data, totals, children }: EmbedLayoutProps) {
  const { messages } = useI18n();
  return (
    <div className="app app-embed" data-embed="true">
      <header className="embed-header">
        <h1>{messages.appTitle}</h1>
        <a href={fullUrl} target="_blank" rel="noopener noreferrer" data-testid="open-full-map">
          {messages.openFullMap}
        </a>
      </header>
      <main className="embed-body">
        {data.status === 'loading' ? (
          <LoadingOverlay progress={data.progress} onCancel={data.cancel} />
        ) : null}
        {children}
        <TotalsPanel totals={totals} />
      </main>
    </div>
  );
}
