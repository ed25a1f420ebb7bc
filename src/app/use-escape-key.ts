import { useEffect } from 'react';

/**
 * Calls `onEscape` when Escape is pressed anywhere on the page while `isActive`, unless something nearer (a
 * dialog, an open menu) has already handled the key.
 */
export function useEscapeKey(isActive: boolean, onEscape: () => void): void {
  useEffect(() => {
    if (!isActive) return;
    const handle = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onEscape();
    };
    document.addEventListener('keydown', handle);
    return () => document.removeEventListener('keydown', handle);
  }, [isActive, onEscape]);
}
