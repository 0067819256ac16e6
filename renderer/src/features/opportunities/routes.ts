import type { FeatureRoute } from '../../app/feature-route';
import { lazyScreen } from '../../app/lazy-screen';

// The board first: it is what this feature's first visit wants.
const board = lazyScreen(() => import('./PipelineBoardPage').then((m) => m.PipelineBoardPage));
const list = lazyScreen(() => import('./OpportunitiesListPage').then((m) => m.OpportunitiesListPage));
const form = lazyScreen(() => import('./OpportunityFormPage').then((m) => m.OpportunityFormPage));
const detail = lazyScreen(() => import('./OpportunityDetailPage').then((m) => m.OpportunityDetailPage));

/** This feature's screens; more specific paths first (wouter's Switch takes the first match). */
export const OPPORTUNITY_ROUTES: FeatureRoute[] = [
  { path: '/opportunities/list', component: list.Screen },
  { path: '/opportunities/new', component: form.Screen },
  { path: '/opportunities/:id/edit', component: form.Screen },
  { path: '/opportunities/:id', component: detail.Screen },
  { path: '/opportunities', component: board.Screen },
];
