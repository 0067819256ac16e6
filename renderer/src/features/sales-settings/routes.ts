import type { FeatureRoute } from '../../app/feature-route';
import { SalesSettingsPage } from './SalesSettingsPage';

/** This feature's screens; more specific paths first (wouter's Switch takes the first match). */
export const SALES_SETTINGS_ROUTES: FeatureRoute[] = [
  // The tab is a path segment (/settings/sales/rates): one route, so switching tabs keeps the page (and its drafts) mounted.
  { path: '/settings/sales/:tab?', component: SalesSettingsPage },
];
