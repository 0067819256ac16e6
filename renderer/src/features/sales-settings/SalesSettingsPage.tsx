import { Anchor, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconCoins, IconLayoutKanban, IconTimeline } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { CompanyPanel } from './CompanyPanel';
import { CurrenciesPanel } from './CurrenciesPanel';
import { RatesPanel } from './RatesPanel';
import { StagesPanel } from './StagesPanel';
import { useReferenceRows, useSetting } from './sales-reference';

export const SALES_SETTINGS_TABS = ['currencies', 'rates', 'stages', 'company'] as const;
export type SalesSettingsTab = (typeof SALES_SETTINGS_TABS)[number];

const TAB_ICONS: Record<SalesSettingsTab, ReactNode> = {
  currencies: <IconCoins size={16} aria-hidden />,
  rates: <IconTimeline size={16} aria-hidden />,
  stages: <IconLayoutKanban size={16} aria-hidden />,
  company: <IconBuildingStore size={16} aria-hidden />,
};

// Any reference row: its kind decides nothing here, only that reference data is admin-only.
const REFERENCE_ROW = { kind: 'setting' };

/** /settings/sales/:tab — the admin's sales settings: currencies, rates, stages, company. */
export function SalesSettingsPage() {
  const { t } = useTranslation('salesSettings');
  const params = useParams<{ tab?: string }>();
  const [, navigate] = useLocation();
  const tab: SalesSettingsTab = (SALES_SETTINGS_TABS as readonly string[]).includes(params.tab ?? '') ? (params.tab as SalesSettingsTab) : 'currencies';
  const refusal = useWriteRefusal('reference', REFERENCE_ROW);
  const readOnly = refusal !== null;
  const [dirty, setDirty] = useState<Record<SalesSettingsTab, boolean>>({ currencies: false, rates: false, stages: false, company: false });
  const reportDirty = useCallback((which: SalesSettingsTab) => (value: boolean) => setDirty((d) => (d[which] === value ? d : { ...d, [which]: value })), []);
  // Loaded once here so every tab opens without a spinner of its own.
  const settings = useReferenceRows('setting');
  const base = useSetting('baseCurrency');

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:appName')}`;
  }, [t]);

  return (
    <Stack gap="md" maw={1000} data-testid="sales-settings">
      <div>
        <Anchor href="#/settings" size="sm">{t('backToSettings')}</Anchor>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="dimmed">{t('subtitle')}</Text>
      </div>
      <ReadOnlyNote refusal={refusal} />
      {!settings || !base ? (
        <Center py="xl"><Loader aria-label={t('loading')} /></Center>
      ) : (
        <Tabs value={tab} onChange={(v) => v && navigate(`/settings/sales/${v}`, { replace: true })} keepMounted>
          <Tabs.List>
            {SALES_SETTINGS_TABS.map((name) => (
              <Tabs.Tab key={name} value={name} leftSection={TAB_ICONS[name]} data-testid={`tab-${name}`}>
                <Group gap={6} wrap="nowrap">
                  {t(`tabs.${name}`)}
                  {dirty[name] && <Text span c="orange" aria-label={t('unsavedTab')} title={t('unsavedTab')}>●</Text>}
                </Group>
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="currencies" pt="md"><CurrenciesPanel readOnly={readOnly} onDirtyChange={reportDirty('currencies')} /></Tabs.Panel>
          <Tabs.Panel value="rates" pt="md"><RatesPanel readOnly={readOnly} onDirtyChange={reportDirty('rates')} /></Tabs.Panel>
          <Tabs.Panel value="stages" pt="md"><StagesPanel readOnly={readOnly} onDirtyChange={reportDirty('stages')} /></Tabs.Panel>
          <Tabs.Panel value="company" pt="md"><CompanyPanel readOnly={readOnly} onDirtyChange={reportDirty('company')} /></Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
