import type { FeatureRoute } from '../../app/feature-route';
import { MonthPage, MyDayPage, WeekPage } from './CalendarPage';

/**
 * This feature's screens; more specific paths first (wouter's Switch takes the first match).
 * The day is an optional segment of one route, so moving between days keeps the page mounted.
 */
export const CALENDAR_ROUTES: FeatureRoute[] = [
  { path: '/calendar/week/:date?', component: WeekPage },
  { path: '/calendar/month/:date?', component: MonthPage },
  { path: '/calendar', component: MyDayPage },
];
