import { useEffect, useState } from 'react';

/** The layout's phone breakpoint, the same as the stylesheet's. */
export const PHONE_QUERY = '(max-width: 720px)';

/** Whether `query` matches now, following later changes (a rotated phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  const [isMatch, setMatch] = useState(() => matchesNow(query));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const onChange = () => setMatch(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return isMatch;
}

function matchesNow(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query).matches
    : false;
}
