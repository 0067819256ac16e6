import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { endStartSnapshot, saveScreenSnapshot } from './screen-snapshot';

/** How long a screen stays unchanged before its picture is kept: a sync burst saves once. */
const SETTLE_MS = 1500;

/**
 * Keeps the current screen as the next start's first picture (see screen-snapshot.ts), once
 * it shows live data (`ready`) and again a moment after each change of `version`. The work
 * (serialising the page) runs when the browser is idle, never in a frame the user waits on.
 */
export function useScreenSnapshot(ready: boolean, version: unknown): void {
  const [route] = useLocation();
  useEffect(() => {
    if (!ready) return;
    endStartSnapshot();
    let idle: number | undefined;
    const timer = window.setTimeout(() => {
      const save = () => {
        const root = document.getElementById('root');
        if (root) saveScreenSnapshot(route, root);
      };
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(save, { timeout: 2000 });
      else save();
    }, SETTLE_MS);
    return () => {
      window.clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [ready, version, route]);
}
