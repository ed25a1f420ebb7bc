import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

interface ShareDialogProps {
  /** The link to the current view. */
  link: string;
  /** The two embed codes (see model/share-links.ts). */
  snippets: { responsive: string; fixed: string };
  onClose(): void;
}

/**
 * A modal dialog with the link to the current view and the embed codes, each with a copy button. Escape or
 * the close button closes it; focus moves into it on open and the caller gets it back on close.
 */
export function ShareDialog({ link, snippets, onClose }: ShareDialogProps) {
  const { messages } = useI18n();
  const headingId = useId();
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    firstField.current?.focus();
    firstField.current?.select();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        data-testid="share-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <div className="dialog-header">
          <h2 id={headingId}>{messages.shareHeading}</h2>
          <button type="button" className="close" aria-label={messages.close} onClick={onClose}>
            ×
          </button>
        </div>
        <CopyField label={messages.shareLink} value={link} testId="share-link" inputRef={firstField} />
        <CopyField
          label={messages.shareEmbedResponsive}
          value={snippets.responsive}
          testId="share-embed"
          multiline
        />
        <CopyField
          label={messages.shareEmbedFixed}
          value={snippets.fixed}
          testId="share-embed-fixed"
          multiline
        />
      </div>
    </div>
  );
}

function CopyField(props: {
  label: string;
  value: string;
  testId: string;
  multiline?: boolean;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}) {
  const { messages } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fieldRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setStatus('copied');
    } catch {
      fieldRef.current?.select();
      setStatus('failed');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{props.label}</label>
      <div className="copy-row">
        {props.multiline ? (
          <textarea
            id={id}
            readOnly
            rows={3}
            value={props.value}
            data-testid={props.testId}
            ref={(element) => {
              fieldRef.current = element;
            }}
          />
        ) : (
          <input
            id={id}
            readOnly
            value={props.value}
            data-testid={props.testId}
            ref={(element) => {
              fieldRef.current = element;
              if (props.inputRef) props.inputRef.current = element;
            }}
          />
        )}
        <button type="button" onClick={copy}>
          {messages.copy}
        </button>
      </div>
      <p className="copy-status" role="status">
        {status === 'copied' ? messages.copied : status === 'failed' ? messages.copyFailed : ''}
      </p>
    </div>
  );
}
