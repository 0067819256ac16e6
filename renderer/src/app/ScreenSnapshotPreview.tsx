import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { restoreSnapshotScroll, snapshotMainHtml, startSnapshot } from './screen-snapshot';

/**
 * The main area of the last screen's snapshot, while this screen's live content loads
 * (after React took over from boot-snapshot.js, the same picture inside the live shell).
 * Inert and hidden from assistive technology: nothing on it can be clicked or read out as
 * if it were current. `fallback` when there is no snapshot of this route.
 */
export function ScreenSnapshotPreview({ fallback }: { fallback: ReactNode }) {
  const [route] = useLocation();
  const html = useMemo(() => {
    const snapshot = startSnapshot(route);
    return snapshot ? snapshotMainHtml(snapshot) : '';
    // Read once per mount: it shows for a moment, at start, while the screen's data loads.
  }, [route]);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) restoreSnapshotScroll(ref.current);
  }, [html]);
  if (!html) return <>{fallback}</>;
  // The HTML is this app's own rendering, sanitised when it was kept (screen-snapshot.ts).
  return <div ref={ref} inert aria-hidden="true" data-screen-snapshot={route} style={{ display: 'contents' }} dangerouslySetInnerHTML={{ __html: html }} />;
}
