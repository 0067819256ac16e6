import { AppShell, Burger, Group, Kbd, NavLink, SegmentedControl, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAddressBook, IconBuilding, IconCalendar, IconFileInvoice, IconLayoutKanban, IconPackage, IconSearch, IconSettings, IconShieldLock,
  IconTargetArrow,
} from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { getPlatform } from '../platform';
import { DatabaseProvider } from '../db/DatabaseProvider';
import { CachedListPreview } from '../features/records/CachedListPreview';
import { AccountDetailPage } from '../features/accounts/AccountDetailPage';
import { AccountFormPage } from '../features/accounts/AccountFormPage';
import { AccountsListPage } from '../features/accounts/AccountsListPage';
import { ContactDetailPage } from '../features/contacts/ContactDetailPage';
import { ContactFormPage } from '../features/contacts/ContactFormPage';
import { ContactsListPage } from '../features/contacts/ContactsListPage';
import { QuickSearch, openQuickSearch } from '../features/search/QuickSearch';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AdminPage } from '../features/admin/AdminPage';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { SyncReviewPage } from '../features/sync/SyncReviewPage';
import { syncSession } from '../features/sync/app-sync';
import { useSyncStore } from '../features/sync/sync-store';
import { CALENDAR_ROUTES } from '../features/calendar/routes';
import { LEAD_ROUTES } from '../features/leads/routes';
import { OPPORTUNITY_ROUTES } from '../features/opportunities/routes';
import { PRODUCT_ROUTES } from '../features/products/routes';
import { QUOTE_ROUTES } from '../features/quotes/routes';
import { SALES_SETTINGS_ROUTES } from '../features/sales-settings/routes';
import { prefetchLazyScreens } from './lazy-screen';
import { usePreferences } from './preferences-store';
import { endStartSnapshot, HOME_ROUTE, screenRoute } from './screen-snapshot';
import { ScreenSnapshotPreview } from './ScreenSnapshotPreview';

const FEATURE_ROUTES = [...LEAD_ROUTES, ...OPPORTUNITY_ROUTES, ...PRODUCT_ROUTES, ...QUOTE_ROUTES, ...CALENDAR_ROUTES, ...SALES_SETTINGS_ROUTES];
import type { Language } from '../../../shared/preferences';

const NAV = [
  { to: '/calendar', labelKey: 'nav.calendar', icon: IconCalendar },
  { to: '/leads', labelKey: 'nav.leads', icon: IconTargetArrow },
  { to: '/opportunities', labelKey: 'nav.opportunities', icon: IconLayoutKanban },
  { to: '/quotes', labelKey: 'nav.quotes', icon: IconFileInvoice },
  { to: '/contacts', labelKey: 'nav.contacts', icon: IconAddressBook },
  { to: '/accounts', labelKey: 'nav.accounts', icon: IconBuilding },
  { to: '/products', labelKey: 'nav.products', icon: IconPackage },
  { to: '/settings', labelKey: 'nav.settings', icon: IconSettings },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const [location, navigate] = useLocation();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const isAdmin = useSyncStore((s) => s.user?.role === 'admin');
  const nav = isAdmin ? [...NAV, { to: '/admin', labelKey: 'nav.admin', icon: IconShieldLock } as const] : NAV;

  // Sync starts after the first screen is drawn and never delays it (offline: nothing happens).
  useEffect(() => {
    const timer = setTimeout(() => void syncSession.boot().catch((err: unknown) => console.error('sync boot failed', err)), 1500);
    // Reminders ring from app start, whichever screen is open (loaded after the first paint).
    const reminders = setTimeout(
      () => void import('../features/calendar/reminder-service').then((m) => m.startReminderService()).catch((err: unknown) => console.error('reminders failed', err)),
      2000,
    );
    // Screens whose code loads on demand are fetched once the start is over (see lazy-screen.ts).
    let idle: number | undefined;
    const prefetch = setTimeout(() => {
      const run = () => void prefetchLazyScreens();
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 3000 });
      else run();
    }, 1500);
    return () => {
      clearTimeout(timer);
      clearTimeout(reminders);
      clearTimeout(prefetch);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);

  // Leaving the first screen ends the start: its snapshot is not shown on a later visit.
  const startLocation = useRef(location);
  useEffect(() => {
    if (screenRoute(location) !== screenRoute(startLocation.current)) endStartSnapshot();
  }, [location]);

  // Desktop menu commands arrive through the platform interface (no-ops on the web).
  useEffect(
    () =>
      getPlatform().onMenuCommand((cmd) => {
        if (cmd === 'newContact') navigate('/contacts/new');
        else if (cmd === 'newAccount') navigate('/accounts/new');
        else if (cmd === 'quickSearch') openQuickSearch();
        else if (cmd === 'openSettings' || cmd === 'showAbout') navigate('/settings');
      }),
    [navigate],
  );

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text fw={800} size="lg" c="teal.8">{t('appName')}</Text>
          </Group>
          <UnstyledButton onClick={openQuickSearch} aria-label={t('search:quickSearch')} data-testid="quick-search-button">
            <Group gap={6} px="sm" py={4} style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }} wrap="nowrap">
              <IconSearch size={16} />
              <Text size="sm" c="dimmed" visibleFrom="xs">{t('search:quickSearchHint')}</Text>
              <Kbd size="xs" dir="ltr">Ctrl K</Kbd>
            </Group>
          </UnstyledButton>
          <Group gap="sm" wrap="nowrap">
          <SyncIndicator />
          <SegmentedControl
            size="xs"
            value={language}
            onChange={(v) => setLanguage(v as Language)}
            data={[{ value: 'fa', label: 'فارسی' }, { value: 'en', label: 'English' }]}
            aria-label={t('settings:language')}
            data-testid="language-switch"
          />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {nav.map((item) => (
          <NavLink
            key={item.to}
            href={`#${item.to}`}
            label={t(item.labelKey)}
            leftSection={<item.icon size={18} />}
            active={location.startsWith(item.to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      {/* data-screen-main: what a screen snapshot shows of the page (SCREEN_MAIN_ATTRIBUTE) */}
      <AppShell.Main data-screen-main="">
        {/* While the database opens: the cached first page of a list (its rows open at once), else the last screen's snapshot. */}
        <DatabaseProvider preview={(spinner) => <CachedListPreview fallback={<ScreenSnapshotPreview fallback={spinner} />} />}>
        <Switch>
          <Route path="/contacts" component={ContactsListPage} />
          <Route path="/contacts/new" component={ContactFormPage} />
          <Route path="/contacts/:id/edit" component={ContactFormPage} />
          <Route path="/contacts/:id" component={ContactDetailPage} />
          <Route path="/accounts" component={AccountsListPage} />
          <Route path="/accounts/new" component={AccountFormPage} />
          <Route path="/accounts/:id/edit" component={AccountFormPage} />
          <Route path="/accounts/:accountId/contacts/new" component={ContactFormPage} />
          <Route path="/accounts/:id" component={AccountDetailPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/sync/review" component={SyncReviewPage} />
          <Route path="/admin" component={AdminPage} />
          {FEATURE_ROUTES.map((r) => <Route key={r.path} path={r.path} component={r.component} />)}
          <Route><Redirect to={HOME_ROUTE} /></Route>
        </Switch>
        </DatabaseProvider>
      </AppShell.Main>
      <QuickSearch />
    </AppShell>
  );
}
