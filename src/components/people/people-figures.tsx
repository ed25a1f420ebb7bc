import { scaleLinear } from 'd3-scale';
import { CAUSES } from '../../data/vocabulary.ts';
import { formatCount } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { type PeopleFigures as Figures, PERSON_ROLES } from '../../model/people/people-figures.ts';
import { PUBLISHED_FIGURES, type PublishedFigure } from '../../model/people/published-figures.ts';

/** The published figures each of the view's figures is compared with. */
const COMPARED: Record<'civilian' | 'police' | 'minors' | 'firearm', PublishedFigure['id'][]> = {
  civilian: ['civilians'],
  police: ['police'],
  minors: ['children'],
  firearm: ['gunfire', 'pellets'],
};

/**
 * The small figures above the People list: killed by role, minors, by gunfire, and a bar chart by cause, each
 * beside the published figure it compares with (HRW, Amnesty; for the whole period, as a note says). The bars
 * are decoration: every number is written out as text. `data-*` attributes are the stable hook.
 */
export function PeopleFiguresPanel({ figures }: { figures: Figures }) {
  const { language, messages } = useI18n();
  const text = messages.people;
  const count = (value: number) => formatCount(value, language);
  const published = (ids: PublishedFigure['id'][]) => {
    const items = PUBLISHED_FIGURES.filter((figure) => ids.includes(figure.id));
    if (items.length === 0) return null;
    return (
      <span className="published-figure">
        {items.map((figure, k) => (
          <span key={figure.id}>
            {k > 0 ? '; ' : ''}
            <a href={figure.url} target="_blank" rel="noopener noreferrer">
              {text.published[figure.id]}
            </a>
          </span>
        ))}
      </span>
    );
  };
  const causes = CAUSES.filter((cause) => figures.byCause[cause] > 0);
  const width = scaleLinear()
    .domain([0, Math.max(1, ...causes.map((cause) => figures.byCause[cause]))])
    .range([0, 100]);
  return (
    <section
      className="people-figures"
      aria-labelledby="people-figures-heading"
      data-testid="people-figures"
      data-total={figures.total}
      data-minors={figures.minors}
      data-firearm={figures.firearm}
    >
      <h3 id="people-figures-heading">{text.figuresHeading}</h3>
      <dl className="figure-rows">
        <div className="figure-row">
          <dt>{text.firearm}</dt>
          <dd>
            <span className="figure-value">{count(figures.firearm)}</span>
            {published(COMPARED.firearm)}
          </dd>
        </div>
        <div className="figure-row">
          <dt>{text.minors}</dt>
          <dd>
            <span className="figure-value">{count(figures.minors)}</span>
            {published(COMPARED.minors)}
          </dd>
        </div>
      </dl>
      <h4>{text.byRole}</h4>
      <dl className="figure-rows">
        {PERSON_ROLES.filter((role) => role !== 'unknown' || figures.byRole.unknown > 0).map((role) => (
          <div className="figure-row" key={role} data-role={role}>
            <dt>{text.roleNames[role]}</dt>
            <dd>
              <span className="figure-value">{count(figures.byRole[role])}</span>
              {role === 'civilian' || role === 'police' ? published(COMPARED[role]) : null}
            </dd>
          </div>
        ))}
      </dl>
      <h4 id="people-causes-heading">{text.byCause}</h4>
      <ul className="cause-bars" aria-labelledby="people-causes-heading">
        {causes.map((cause) => (
          <li key={cause} data-cause={cause}>
            <span className="cause-label">{text.causeNames[cause]}</span>
            <span className="cause-bar" aria-hidden="true">
              <span style={{ width: `${width(figures.byCause[cause])}%` }} />
            </span>
            <span className="cause-count">{count(figures.byCause[cause])}</span>
          </li>
        ))}
      </ul>
      <p className="figures-note">
        {text.recorded(
          count(figures.named),
          count(figures.withAge),
          count(figures.withCause),
          count(figures.total),
        )}{' '}
        {text.publishedNote}
      </p>
    </section>
  );
}
