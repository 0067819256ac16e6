import type { FeatureRoute } from '../../app/feature-route';
import { LeadDetailPage } from './LeadDetailPage';
import { LeadFormPage } from './LeadFormPage';
import { LeadImportPage } from './LeadImportPage';
import { LeadQualifyPage } from './LeadQualifyPage';
import { LeadsListPage } from './LeadsListPage';

/** This feature's screens; more specific paths first (wouter's Switch takes the first match). */
export const LEAD_ROUTES: FeatureRoute[] = [
  { path: '/leads/new', component: LeadFormPage },
  { path: '/leads/import', component: LeadImportPage },
  { path: '/leads/:id/edit', component: LeadFormPage },
  { path: '/leads/:id/qualify', component: LeadQualifyPage },
  { path: '/leads/:id', component: LeadDetailPage },
  { path: '/leads', component: LeadsListPage },
];
