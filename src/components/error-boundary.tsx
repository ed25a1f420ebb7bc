import { Component, type ReactNode } from 'react';
import { messagesFor } from '../i18n/language.ts';
import type { Language } from '../i18n/messages.ts';

interface ErrorBoundaryProps {
  language: Language;
  children: ReactNode;
}

/**
 * Catches any error thrown while drawing the page and shows the error screen (`role="alert"`) with a
 * "try again" that draws the page anew, so a failure is never a blank page.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null; attempt: number }> {
  override state = { error: null as Error | null, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return <ErrorBoundaryChildren key={this.state.attempt} {...this.props} />;
    const messages = messagesFor(this.props.language);
    return (
      <main className="error-screen" role="alert" data-testid="error" lang={this.props.language}>
        <h1>{messages.renderErrorTitle}</h1>
        <p>{messages.renderError(this.state.error.message.slice(0, 200))}</p>
        <button
          type="button"
          onClick={() => this.setState((state) => ({ error: null, attempt: state.attempt + 1 }))}
        >
          {messages.retry}
        </button>
      </main>
    );
  }
}

/** The children, keyed by attempt so that "try again" mounts them afresh. */
function ErrorBoundaryChildren(props: ErrorBoundaryProps) {
  return <>{props.children}</>;
}
