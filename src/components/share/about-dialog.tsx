import { useEffect, useState } from 'react';
import type { DatasetMetadata } from '../../data/validate.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { type Block, parseMarkdown } from '../../model/markdown-blocks.ts';
import { Dialog } from '../dialog.tsx';
import { MarkdownView } from './markdown-view.tsx';

export const README_URL = 'data/README.md';

interface AboutDialogProps {
  metadata: DatasetMetadata | null;
  /** The address to cite: the full map's link. */
  citeUrl: string;
  fetchImpl?: typeof fetch;
  onClose(): void;
}

/**
 * "About the data": what a point is, the licence, how to cite, and the dataset's README (method, comparison
 * with published tallies, disagreements between sources, what was left out), loaded when the dialog opens.
 */
export function AboutDialog({ metadata, citeUrl, fetchImpl = fetch, onClose }: AboutDialogProps) {
  const { messages } = useI18n();
  const [readme, setReadme] = useState<Block[] | 'loading' | 'error'>('loading');
  useEffect(() => {
    let isCurrent = true;
    fetchImpl(README_URL)
      .then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
      )
      .then(
        (text) => isCurrent && setReadme(parseMarkdown(text)),
        () => isCurrent && setReadme('error'),
      );
    return () => {
      isCurrent = false;
    };
  }, [fetchImpl]);
  const title = metadata?.title ?? messages.appTitle;
  return (
    <Dialog title={messages.about} testId="about-dialog" onClose={onClose}>
      <p>{messages.aboutIntro}</p>
      {metadata ? <p>{messages.aboutLicence(metadata.license, metadata.updated)}</p> : null}
      <h3>{messages.citeHeading}</h3>
      <p className="citation" data-testid="citation">
        {messages.citation(title, metadata?.updated ?? '', citeUrl)}
      </p>
      <h3>{messages.readmeHeading}</h3>
      {readme === 'loading' ? (
        <p role="status">{messages.readmeLoading}</p>
      ) : readme === 'error' ? (
        <p role="alert">{messages.readmeError}</p>
      ) : (
        <div lang="en">
          <MarkdownView blocks={readme} />
        </div>
      )}
    </Dialog>
  );
}
