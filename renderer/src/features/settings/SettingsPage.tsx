import { Button, Paper, SegmentedControl, Stack, Text, Title, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSystem, IrrDisplayUnit, Language } from '../../../../shared/preferences';
import type { DigitStyle } from '../../../../shared/text/digits';
import { useFormatters } from '../../app/formatters';
import { usePreferences } from '../../app/preferences-store';
import { getPlatform } from '../../platform';
import { ImportDataCard } from '../data-import/ImportDataCard';
import { ServerSettingsCard } from '../sync/ServerSettingsCard';

function PreferenceRow({ label, hint, children }: { label: string; hint?: string; children: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <div>
        <Text fw={600} size="sm">{label}</Text>
        {hint && <Text size="xs" c="dimmed">{hint}</Text>}
      </div>
      {children}
    </Group>
  );
}

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const prefs = usePreferences();
  const fmt = useFormatters();
  const [version, setVersion] = useState('');

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
    void getPlatform().appInfo().then((info) => setVersion(info.version));
  }, [t]);

  return (
    <Stack gap="md" maw={820}>
      <Title order={2}>{t('title')}</Title>
      <Paper withBorder p="md">
        <Stack gap="md">
          <Title order={4}>{t('display')}</Title>
          <PreferenceRow label={t('language')}>
            <SegmentedControl value={prefs.language} onChange={(v) => prefs.setLanguage(v as Language)} data-testid="pref-language"
              data={[{ value: 'fa', label: 'فارسی' }, { value: 'en', label: 'English' }]} />
          </PreferenceRow>
          <PreferenceRow label={t('calendar')} hint={t('calendarHint', { today: fmt.date(new Date().toISOString().slice(0, 10), 'long') })}>
            <SegmentedControl value={prefs.calendar} onChange={(v) => prefs.setPrefs({ calendar: v as CalendarSystem })} data-testid="pref-calendar"
              data={[{ value: 'jalali', label: t('calendarJalali') }, { value: 'gregorian', label: t('calendarGregorian') }]} />
          </PreferenceRow>
          <PreferenceRow label={t('digits')} hint={t('digitsHint', { sample: fmt.digits('1403/12/30') })}>
            <SegmentedControl value={prefs.digits} onChange={(v) => prefs.setPrefs({ digits: v as DigitStyle })} data-testid="pref-digits"
              data={[{ value: 'persian', label: t('digitsPersian') }, { value: 'latin', label: t('digitsLatin') }]} />
          </PreferenceRow>
          <PreferenceRow label={t('irrUnit')} hint={t('irrUnitHint', { sample: fmt.money({ amountMinor: 12_500_000, currency: 'IRR' }) })}>
            <SegmentedControl value={prefs.irrUnit} onChange={(v) => prefs.setPrefs({ irrUnit: v as IrrDisplayUnit })} data-testid="pref-irr-unit"
              data={[{ value: 'rial', label: t('rial') }, { value: 'toman', label: t('toman') }]} />
          </PreferenceRow>
        </Stack>
      </Paper>
      <Paper withBorder p="md" data-testid="sales-settings-card">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <div>
            <Title order={4}>{t('salesSettings:card.title')}</Title>
            <Text size="sm" c="dimmed" maw={520}>{t('salesSettings:card.body')}</Text>
          </div>
          <Button component="a" href="#/settings/sales" variant="light" data-testid="open-sales-settings">{t('salesSettings:card.open')}</Button>
        </Group>
      </Paper>
      <ServerSettingsCard />
      <ImportDataCard />
      <Paper withBorder p="md">
        <Title order={4}>{t('about')}</Title>
        <Text size="sm" mt="xs">{t('aboutBody')}</Text>
        {version && <Text size="xs" c="dimmed" mt="xs">{t('version', { version: fmt.digits(version) })}</Text>}
      </Paper>
    </Stack>
  );
}
