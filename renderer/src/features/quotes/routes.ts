import type { FeatureRoute } from '../../app/feature-route';
import { lazyScreen } from '../../app/lazy-screen';

// Screens load when first opened, so the editor and print view stay out of the start bundle.
const List = lazyScreen(() => import('./QuotesListPage').then((m) => m.QuotesListPage)).Screen;
const Editor = lazyScreen(() => import('./QuoteEditorPage').then((m) => m.QuoteEditorPage)).Screen;
const Detail = lazyScreen(() => import('./QuoteDetailPage').then((m) => m.QuoteDetailPage)).Screen;
const Print = lazyScreen(() => import('./QuotePrintPage').then((m) => m.QuotePrintPage)).Screen;

/** This feature's screens; more specific paths first (wouter's Switch takes the first match). */
export const QUOTE_ROUTES: FeatureRoute[] = [
  { path: '/opportunities/:opportunityId/quotes/new', component: Editor },
  { path: '/quotes/new', component: Editor },
  { path: '/quotes/:id/edit', component: Editor },
  { path: '/quotes/:id/print', component: Print },
  { path: '/quotes/:id', component: Detail },
  { path: '/quotes', component: List },
];
