import { createElement, lazy, Suspense, type ComponentType } from 'react';
import type { FeatureRoute } from '../../app/feature-route';

/** Screens load when first opened, so the editor and print view stay out of the start bundle. */
function lazyScreen(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Screen = lazy(load);
  return function LazyScreen() {
    return createElement(Suspense, { fallback: null }, createElement(Screen));
  };
}

const List = lazyScreen(() => import('./QuotesListPage').then((m) => ({ default: m.QuotesListPage })));
const Editor = lazyScreen(() => import('./QuoteEditorPage').then((m) => ({ default: m.QuoteEditorPage })));
const Detail = lazyScreen(() => import('./QuoteDetailPage').then((m) => ({ default: m.QuoteDetailPage })));
const Print = lazyScreen(() => import('./QuotePrintPage').then((m) => ({ default: m.QuotePrintPage })));

/** This feature's screens; more specific paths first (wouter's Switch takes the first match). */
export const QUOTE_ROUTES: FeatureRoute[] = [
  { path: '/opportunities/:opportunityId/quotes/new', component: Editor },
  { path: '/quotes/new', component: Editor },
  { path: '/quotes/:id/edit', component: Editor },
  { path: '/quotes/:id/print', component: Print },
  { path: '/quotes/:id', component: Detail },
  { path: '/quotes', component: List },
];
