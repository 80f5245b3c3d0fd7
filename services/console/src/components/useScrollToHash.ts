import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Brings the element the address's #fragment names into view once the page has drawn it (the
 * router does not): e.g. a problem's timeline event, `/issues/:id#event-<position>`. Returns the
 * id it names, for the page to mark that element (a fragment the router sets does not make it
 * CSS's :target).
 */
export function useScrollToHash(ready: boolean): string | null {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [ready, hash]);
  return hash ? decodeURIComponent(hash.slice(1)) : null;
}
