import type { Violation } from '../../data/vocabulary.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { VIOLATION_COLOURS } from '../../theme/colours.ts';

/** Violation categories with the map's colour for each, named in the current language. */
export function ViolationList({
  violations,
  className,
}: {
  violations: readonly Violation[];
  className: string;
}) {
  const { messages } = useI18n();
  return (
    <ul className={className}>
      {violations.map((violation) => (
        <li key={violation}>
          <span className="swatch" style={{ background: VIOLATION_COLOURS[violation] }} aria-hidden="true" />
          {messages.violationNames[violation]}
        </li>
      ))}
    </ul>
  );
}
