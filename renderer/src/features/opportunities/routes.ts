import { createElement, useEffect, useState, type ComponentType } from 'react';
import type { FeatureRoute } from '../../app/feature-route';
import { ScreenLoadFailed } from './ScreenLoadFailed';

/**
 * A screen loaded when first opened: the board and its drag-and-drop library stay out of
 * the code every start parses. Not React.lazy: a Suspense boundary holds revealed content
 * back for up to 300 ms (React's fallback throttling), which a prefetched screen does not
 * need to wait for.
 */
function lazyScreen(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const get = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // try again next time
        throw error;
      },
    ));
  function LazyScreen() {
    const [state, setState] = useState<{ component: ComponentType | null; failed: boolean }>(() => ({ component: loaded, failed: false }));
    useEffect(() => {
      if (state.component || state.failed) return;
      let live = true;
      get().then(
        (component) => live && setState({ component, failed: false }),
        () => live && setState({ component: null, failed: true }),
      );
      return () => {
        live = false;
      };
    }, [state]);
    if (state.failed) return createElement(ScreenLoadFailed);
    return state.component ? createElement(state.component) : null;
  }
  return { Screen: LazyScreen, prefetch: () => void get().catch(() => undefined) };
}

const board = lazyScreen(() => import('./PipelineBoardPage').then((m) => m.PipelineBoardPage));
const list = lazyScreen(() => import('./OpportunitiesListPage').then((m) => m.OpportunitiesListPage));
const form = lazyScreen(() => import('./OpportunityFormPage').then((m) => m.OpportunityFormPage));
const detail = lazyScreen(() => import('./OpportunityDetailPage').then((m) => m.OpportunityDetailPage));

// The board is fetched once the app is idle after starting, so its first visit does not wait either.
const PREFETCH_AFTER_MS = 1500;
if (typeof window !== 'undefined') {
  window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(board.prefetch, { timeout: 3000 });
    else board.prefetch();
  }, PREFETCH_AFTER_MS);
}

/** This feature's screens; more specific paths first (wouter's Switch takes the first match). */
export const OPPORTUNITY_ROUTES: FeatureRoute[] = [
  { path: '/opportunities/list', component: list.Screen },
  { path: '/opportunities/new', component: form.Screen },
  { path: '/opportunities/:id/edit', component: form.Screen },
  { path: '/opportunities/:id', component: detail.Screen },
  { path: '/opportunities', component: board.Screen },
];
