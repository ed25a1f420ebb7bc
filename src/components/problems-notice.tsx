import type { Problem } from '../data/validate.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Says which features were left out and why, so nothing in the file disappears silently. */
export function ProblemsNotice({ problems }: { problems: readonly Problem[] }) {
  const { messages } = useI18n();
  if (problems.length === 0) return null;
  const ids = new Set(problems.map((problem) => problem.id));
  return (
    <section className="notice" role="status" data-testid="problems">
      <p>
        {messages.problemsNotice(ids.size)} {[...ids].slice(0, 5).join(', ')}
        {ids.size > 5 ? '…' : ''}
      </p>
      <details>
        <summary>{messages.problemsDetails}</summary>
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.id}|${problem.field}|${problem.message}`}>
              <code>{problem.id}</code>: {problem.field} {problem.message}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
