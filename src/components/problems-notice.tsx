import { useMemo } from 'react';
import { problemsText, summariseProblems } from '../data/problems/problem-summary.ts';
import type { Problem } from '../data/validate.ts';
import { formatCount } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * Says which features were left out and why, which are shown with a warning, and whether the metadata is
 * wrong, so nothing in the file disappears silently. Any number of problems takes the same room: counts by
 * field, the first 50 in full, and a text file of all of them.
 */
export function ProblemsNotice({ problems }: { problems: readonly Problem[] }) {
  const { language, messages } = useI18n();
  const summary = useMemo(() => summariseProblems(problems), [problems]);
  if (summary.total === 0) return null;
  const download = () => {
    const url = URL.createObjectURL(new Blob([problemsText(problems)], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'problems.txt';
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section
      className="notice"
      role="status"
      data-testid="problems"
      data-left-out={summary.leftOut}
      data-kept={summary.kept}
    >
      {summary.leftOut > 0 ? (
        <p data-testid="problems-left-out">
          {messages.problemsNotice(summary.leftOut)} {summary.leftOutIds.join(', ')}
          {summary.leftOut > summary.leftOutIds.length ? '…' : ''}
        </p>
      ) : null}
      {summary.kept > 0 ? <p data-testid="problems-kept">{messages.problemsKept(summary.kept)}</p> : null}
      {summary.hasMetadataProblems ? (
        <p data-testid="problems-metadata">{messages.problemsMetadata}</p>
      ) : null}
      <details>
        <summary>{messages.problemsDetails}</summary>
        <h3>{messages.problemsByKind}</h3>
        <ul data-testid="problems-by-kind">
          {summary.byKind.slice(0, 20).map((kind) => (
            <li key={kind.field}>
              <code>{kind.field}</code>: {formatCount(kind.count, language)}
            </li>
          ))}
        </ul>
        <p>{messages.problemsFirst(summary.first.length, summary.total)}</p>
        <ul data-testid="problems-list">
          {summary.first.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems may repeat word for word; their order is fixed
            <li key={index}>
              <code>{problem.id}</code>: {problem.field} {problem.message}
            </li>
          ))}
        </ul>
        <button type="button" data-testid="problems-download" onClick={download}>
          {messages.problemsDownload(summary.total)}
        </button>
      </details>
    </section>
  );
}
