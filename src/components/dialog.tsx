import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * A modal dialog: a heading, a close button, and its content. Escape or the button closes it; on open, focus
 * goes to the element marked `data-autofocus` inside it, or to the dialog itself; on close, it goes back to the
 * element that had it before (the button that opened the dialog).
 */
export function Dialog(props: { title: string; testId: string; onClose(): void; children: ReactNode }) {
  const { messages } = useI18n();
  const headingId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Whatever had focus when the dialog opened (the button that opened it) gets it back when it closes.
    const opener = document.activeElement;
    const target = dialog.current?.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.current;
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
    return () => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        data-testid={props.testId}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            props.onClose();
          }
        }}
      >
        <div className="dialog-header">
          <h2 id={headingId}>{props.title}</h2>
          <button type="button" className="close" aria-label={messages.close} onClick={props.onClose}>
            ×
          </button>
        </div>
        {props.children}
      </div>
    </div>
  );
}
