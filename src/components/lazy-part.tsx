import { Component, type ComponentType, lazy, type ReactNode, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A lazily loaded part's code could not be fetched (see lazyPart). */
class PartUnreachable extends Error {
  override readonly name = 'PartUnreachable';
}

/**
 * A component whose code is a chunk of its own, fetched when it is first drawn (React.lazy: put it inside a
 * Suspense, whose fallback shows meanwhile). When the chunk cannot be fetched (offline, a dropped connection, a
 * page older than the site's new deployment), the part says so in its place, with a Try again that asks again,
 * instead of failing the whole page. React.lazy keeps a failure for good, so a retry makes a new one; a part
 * once loaded is not fetched again by later mounts. Any other error goes on to the page's own boundary.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          throw new PartUnreachable(error instanceof Error ? error.message : String(error));
        },
      ),
    );
  let current = make();
  return function LazyPart(props: P) {
    const [Part, setPart] = useState(() => current);
    const retry = () => {
      current = make();
      setPart(() => current);
    };
    return (
      <PartBoundary onRetry={retry}>
        <Part {...props} />
      </PartBoundary>
    );
  };
}

interface PartBoundaryProps {
  onRetry(): void;
  children: ReactNode;
}

/** Shows PartUnreachable in place of the part; passes any other error on (rethrown to the next boundary). */
class PartBoundary extends Component<PartBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!(error instanceof PartUnreachable)) throw error;
    return (
      <PartError
        onRetry={() => {
          this.setState({ error: null });
          this.props.onRetry();
        }}
      />
    );
  }
}

function PartError({ onRetry }: { onRetry(): void }) {
  const { messages } = useI18n();
  return (
    <div className="part-error" role="alert">
      <p>{messages.partUnreachable}</p>
      <button type="button" onClick={onRetry}>
        {messages.retry}
      </button>
    </div>
  );
}
