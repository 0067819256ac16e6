import { Alert, Anchor, Button, Checkbox, Group, List, Modal, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/dates';
import type { CurrencyCode } from '../../../../shared/money';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { useDiscardGuard } from '../records/use-discard-guard';
import { currencyName } from './currency-names';
import { ALL_CURRENCY_CODES, baseChangeImpact, enabledSet, planCurrencySave, type BaseChangeImpact } from './currency-plan';
import { useDraft, type PanelProps } from './panel';
import { saveReferenceRows, saveSetting, useExchangeRates, useReferenceRows, useSetting } from './sales-reference';
import { useHasDeals } from './use-sales-data';

interface CurrencyDraft {
  base: CurrencyCode;
  enabled: ReadonlySet<CurrencyCode>;
}

const differs = (a: CurrencyDraft, b: CurrencyDraft) =>
  a.base !== b.base || a.enabled.size !== b.enabled.size || [...a.enabled].some((c) => !b.enabled.has(c));

/** Base currency and the currencies money fields offer. */
export function CurrenciesPanel({ readOnly, onDirtyChange }: PanelProps) {
  const { t, i18n } = useTranslation('salesSettings');
  const language = i18n.language === 'en' ? 'en' : 'fa';
  const db = useDatabase();
  const rows = useReferenceRows('currency');
  const base = useSetting('baseCurrency');
  const rates = useExchangeRates();
  const hasDeals = useHasDeals();
  const [saving, setSaving] = useState(false);
  const [asking, setAsking] = useState<BaseChangeImpact | null>(null);

  const saved = useMemo<CurrencyDraft | undefined>(
    () => (rows && base ? { base, enabled: enabledSet(rows, base) } : undefined),
    [rows, base],
  );
  const { draft, setDraft, dirty, reset } = useDraft(saved, differs, onDirtyChange);
  const { leave, discardModal } = useDiscardGuard(dirty);
  if (!draft || !rows || !base) return null;

  const label = (code: CurrencyCode) => `${currencyName(code, language)} (${code})`;
  const setEnabled = (codes: string[]) => setDraft({ ...draft, enabled: new Set([draft.base, ...codes]) });
  const setBase = (code: CurrencyCode) => setDraft({ base: code, enabled: new Set([...draft.enabled, code]) });

  const askThenSave = () => {
    if (draft.base !== base) {
      const impact = baseChangeImpact({ from: base, to: draft.base, rates: rates ?? [], hasDeals: hasDeals ?? true, today: todayIso() });
      if (impact.needsConfirmation) return setAsking(impact);
    }
    void save();
  };

  const save = async () => {
    setAsking(null);
    setSaving(true);
    try {
      const actor = currentActor();
      if (draft.base !== base) {
        const result = await saveSetting(db, 'baseCurrency', draft.base, actor);
        if (!result.ok) throw new Error(Object.values(result.errors).join(', '));
      }
      const writes = planCurrencySave(rows, draft.enabled, draft.base);
      const result = await saveReferenceRows(db, 'currency', writes.map((data) => ({ key: data.code, data })), actor);
      if (!result.ok) throw new Error(Object.values(result.errors).join(', '));
      notifications.show({ color: 'teal', message: t('currencies.saved') });
    } catch (err) {
      console.error('saving currencies failed', err);
      notifications.show({ color: 'red', message: t('saveFailed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md" data-testid="currencies-panel">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t('currencies.baseTitle')}</Title>
          <Select
            label={t('currencies.base')}
            description={t('currencies.baseHint')}
            data={ALL_CURRENCY_CODES.map((code) => ({ value: code, label: label(code) }))}
            value={draft.base}
            onChange={(v) => v && setBase(v)}
            allowDeselect={false}
            searchable
            disabled={readOnly}
            maw={360}
            data-testid="base-currency"
          />
          {draft.base !== base && (
            <Alert color="yellow" data-testid="base-change-note">{t('currencies.baseChangeNote', { from: label(base), to: label(draft.base) })}</Alert>
          )}
          <Text size="sm" c="dimmed">
            <Trans t={t} i18nKey="currencies.tomanNote" components={{ settings: <Anchor href="#/settings" size="sm" /> }} />
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4} id="enabled-currencies-title">{t('currencies.enabledTitle')}</Title>
          <Text size="sm" c="dimmed">{t('currencies.enabledHint')}</Text>
          <Checkbox.Group value={[...draft.enabled]} onChange={setEnabled} aria-labelledby="enabled-currencies-title">
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs">
              {ALL_CURRENCY_CODES.map((code) => (
                <Checkbox
                  key={code}
                  value={code}
                  label={code === draft.base ? t('currencies.baseMark', { name: label(code) }) : label(code)}
                  disabled={readOnly || code === draft.base}
                  data-testid={`currency-${code}`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Stack>
      </Paper>
      {!readOnly && (
        <Group justify="flex-end">
          {dirty && <Button variant="default" onClick={() => void leave(reset)} data-testid="currencies-discard">{t('discardChanges')}</Button>}
          <Button onClick={askThenSave} loading={saving} disabled={!dirty} data-testid="currencies-save">{t('save')}</Button>
        </Group>
      )}
      <BaseChangeModal impact={asking} name={label} onCancel={() => setAsking(null)} onConfirm={() => void save()} />
      {discardModal}
    </Stack>
  );
}

/** Asks before the base currency changes, saying what changes and what stays. */
function BaseChangeModal({ impact, name, onCancel, onConfirm }: {
  impact: BaseChangeImpact | null;
  name: (c: CurrencyCode) => string;
  onCancel(): void;
  onConfirm(): void;
}) {
  const { t } = useTranslation('salesSettings');
  const fmt = useFormatters();
  // Kept through the closing transition so the text does not blank out.
  const [shown, setShown] = useState(impact);
  if (impact && impact !== shown) setShown(impact);
  const vars = shown ? { from: name(shown.from), to: name(shown.to) } : { from: '', to: '' };
  return (
    <Modal opened={impact !== null} onClose={onCancel} title={t('currencies.confirmTitle', vars)} centered size="lg">
      {shown && (
        <Stack gap="xs" data-testid="base-change-impact">
          <Text size="sm">{t('currencies.impact.intro', vars)}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('currencies.impact.conversions', vars)}</List.Item>
            <List.Item>{t('currencies.impact.newRates', vars)}</List.Item>
            {shown.ratesAgainstOld > 0 && (
              <List.Item>{t('currencies.impact.oldRates', { ...vars, count: shown.ratesAgainstOld, n: fmt.number(shown.ratesAgainstOld) })}</List.Item>
            )}
            <List.Item>{t('currencies.impact.locked', vars)}</List.Item>
            {shown.ratesAgainstOld > 0 && !shown.linked && <List.Item c="orange">{t('currencies.impact.noLink', vars)}</List.Item>}
          </List>
        </Stack>
      )}
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus data-testid="confirm-cancel">{t('common:cancel')}</Button>
        <Button onClick={onConfirm} data-testid="confirm-accept">{t('currencies.confirmAccept')}</Button>
      </Group>
    </Modal>
  );
}
