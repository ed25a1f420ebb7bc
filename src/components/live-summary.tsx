import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { Totals } from '../model/time/totals.ts';

/** How long the figures must stay still before they are read out: a drag or playback says them once. */
export const SETTLE_MS = 700;

/**
 * A polite live region that reads out the totals and "N of M incidents" once a range or filter change has
 * settled (not on every animation frame), and not for the first figures the page shows.
 */
export function LiveSummary({
  totals,
  totalCount,
  isReady,
}: {
  totals: Totals;
  totalCount: number;
  isReady: boolean;
}) {
  const { messages } = useI18n();
  const [text, setText] = useState('');
  const isFirst = useRef(true);
  const summary = messages.liveSummary(totals.killed, totals.injured, totals.incidents, totalCount);
  useEffect(() => {
    if (!isReady) return;
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    const timer = window.setTimeout(() => setText(summary), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [summary, isReady]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-summary">
      {text}
    </div>
  );
}
