import { Suspense, useEffect, useState } from 'react';
import type { DatasetMetadata } from '../../data/validate.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Dialog } from '../dialog.tsx';
import { lazyPart } from '../lazy-part.tsx';
import { README_URL } from './readme-url.ts';

/** The Markdown renderer (react-markdown, remark-gfm) is a chunk of its own, fetched when About first opens. */
const MarkdownView = lazyPart(() => import('./markdown-view.tsx').then(({ MarkdownView }) => MarkdownView));

/** The language data/README.md is written in. */
const README_LANGUAGE = 'en';

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
  const [readme, setReadme] = useState<string | null | 'error'>(null);
  useEffect(() => {
    let isCurrent = true;
    fetchImpl(README_URL)
      .then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
      )
      .then(
        (text) => isCurrent && setReadme(text),
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
      {readme === 'error' ? (
        <p role="alert">{messages.readmeError}</p>
      ) : (
        <Suspense fallback={<p role="status">{messages.readmeLoading}</p>}>
          {readme === null ? (
            <p role="status">{messages.readmeLoading}</p>
          ) : (
            <MarkdownView text={readme} lang={README_LANGUAGE} />
          )}
        </Suspense>
      )}
    </Dialog>
  );
}
