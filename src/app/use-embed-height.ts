import { useEffect } from 'react';

/** The message the embedded map posts to its parent page; public/embed.js applies it to the iframe. */
export const HEIGHT_MESSAGE = 'peru-protest-map:height';

/**
 * In embed mode, tells the parent page the content's height whenever it changes, so a responsive embed never
 * shows a scroll bar or a gap. The height is not private, so any parent origin may receive it ('*').
 */
export function useEmbedHeight(isEmbed: boolean): void {
  useEffect(() => {
    if (!isEmbed || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, [isEmbed]);
}
