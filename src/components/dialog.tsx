import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * A modal dialog: the native `<dialog>` opened with showModal(), so the browser traps focus inside it, makes
 * the page behind it inert and closes it with Escape. A heading, a close button, and its content. On open,
 * focus goes to the element marked `data-autofocus` inside it, or to the dialog itself; on close it returns to
 * the control that had it when the dialog opened.
 */
export function Dialog(props: { title: string; testId: string; onClose(): void; children: ReactNode }) {
  const { messages } = useI18n();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    if (!element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    const target = element.querySelector<HTMLElement>('[data-autofocus]') ?? element;
    target.focus();
    if (target instanceof HTMLInputElement) target.select();
    // Escape fires "cancel": the app's state closes the dialog, not the browser.
    const cancel = (event: Event) => {
      event.preventDefault();
      onClose.current();
    };
    element.addEventListener('cancel', cancel);
    return () => {
      element.removeEventListener('cancel', cancel);
      if (element.open && typeof element.close === 'function') element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={headingId}
      data-testid={props.testId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onClose();
        } else if (event.key === 'Tab' && dialog.current) {
          wrapFocus(dialog.current, event);
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
    </dialog>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea, select, [tabindex="0"]';

/**
 * Keeps Tab inside the dialog: the page behind is inert, but the browser would otherwise move focus from the
 * last control out to its own toolbar, and back in at the first.
 */
function wrapFocus(dialog: HTMLElement, event: { shiftKey: boolean; preventDefault(): void }): void {
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
