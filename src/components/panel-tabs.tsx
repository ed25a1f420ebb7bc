import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PANELS, type Panel } from '../model/links/link-params.ts';

/**
 * The side panel's tabs (WAI-ARIA tabs pattern, automatic activation): the selected tab is the one tab stop;
 * arrow keys, Home and End move to and open the other tab. Both panels stay mounted (the hidden one with
 * `hidden`), so each keeps its scroll position and its state when the reader comes back.
 */
export function PanelTabs({
  panel,
  onChange,
  overview,
  people,
}: {
  panel: Panel;
  onChange(next: Panel): void;
  overview: ReactNode;
  people: ReactNode;
}) {
  const { messages } = useI18n();
  const tabs = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  const labels: Record<Panel, string> = {
    overview: messages.people.tabOverview,
    people: messages.people.tabPeople,
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = PANELS.indexOf(panel);
    const target =
      event.key === 'ArrowRight'
        ? PANELS[(at + 1) % PANELS.length]
        : event.key === 'ArrowLeft'
          ? PANELS[(at - 1 + PANELS.length) % PANELS.length]
          : event.key === 'Home'
            ? PANELS[0]
            : event.key === 'End'
              ? PANELS[PANELS.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    onChange(target);
    tabs.current[target]?.focus();
  };
  return (
    <>
      <div className="panel-tabs" role="tablist" aria-label={messages.people.tabsLabel} onKeyDown={onKeyDown}>
        {PANELS.map((id) => (
          <button
            key={id}
            ref={(element) => {
              tabs.current[id] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={panel === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={panel === id ? 0 : -1}
            data-testid={id === 'people' ? 'people-tab' : 'overview-tab'}
            onClick={() => onChange(id)}
          >
            {labels[id]}
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id="tabpanel-overview"
        aria-labelledby="tab-overview"
        hidden={panel !== 'overview'}
      >
        {overview}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id="tabpanel-people"
        aria-labelledby="tab-people"
        hidden={panel !== 'people'}
      >
        {people}
      </div>
    </>
  );
}
