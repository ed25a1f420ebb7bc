import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Dialog } from '../dialog.tsx';

interface ShareDialogProps {
  /** The link to the current view. */
  link: string;
  /** The two embed codes (see model/share-links.ts). */
  snippets: { responsive: string; fixed: string };
  onClose(): void;
}

/** The link to the current view and the embed codes, each with a copy button, in a modal dialog. */
export function ShareDialog({ link, snippets, onClose }: ShareDialogProps) {
  const { messages } = useI18n();
  return (
    <Dialog title={messages.shareHeading} testId="share-dialog" onClose={onClose}>
      <CopyField label={messages.shareLink} value={link} testId="share-link" isFirst />
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
    </Dialog>
  );
}

function CopyField(props: {
  label: string;
  value: string;
  testId: string;
  multiline?: boolean;
  /** Takes the focus when the dialog opens. */
  isFirst?: boolean;
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
            data-autofocus={props.isFirst ? true : undefined}
            ref={(element) => {
              fieldRef.current = element;
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
