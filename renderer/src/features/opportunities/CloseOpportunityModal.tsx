import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/dates';
import type { OpportunityDoc } from '../../../../shared/entities';
import { convertWithRate, lockRate, type ExchangeRate, type Money } from '../../../../shared/money';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { JalaliDateInput } from '../../ui/JalaliDateInput';
import { MoneyInput } from '../../ui/MoneyInput';
import { MoneyText } from '../../ui/MoneyText';
import { saveReferenceRow } from '../sales-settings/sales-reference';
import { planClose, rateForClose, type CloseError, type CloseOutcome } from './close-plan';
import { patchOpportunity } from './opportunity-actions';
import { RateLine } from './RateLine';

interface CloseOpportunityModalProps {
  deal: OpportunityDoc;
  /** The outcome to start with; null: closed. */
  outcome: CloseOutcome | null;
  baseCurrency: string;
  rates: readonly ExchangeRate[];
  /** Admins (and the local-only user) may add the typed rate to the rate table. */
  canSaveRate: boolean;
  onClose: () => void;
}

const FIELD_OF: Record<CloseError, 'reason' | 'date' | 'rate' | 'form'> = {
  reasonRequired: 'reason', badDate: 'date', futureDate: 'date', alreadyClosed: 'form', noRate: 'rate', invalidRate: 'rate',
};

/**
 * Close as won or lost, with a reason. A win shows the rate that will be locked and the
 * value in the base currency; with no rate in the table it says so and asks for one (or
 * cancel): nothing is locked at a rate the user has not seen.
 */
export function CloseOpportunityModal({ deal, outcome: initialOutcome, baseCurrency, rates, canSaveRate, onClose }: CloseOpportunityModalProps) {
  const { t } = useTranslation('opportunities');
  const db = useDatabase();
  const [outcome, setOutcome] = useState<CloseOutcome>(initialOutcome ?? 'won');
  const [reason, setReason] = useState('');
  const [closeDate, setCloseDate] = useState(() => todayIso());
  const [enteredRate, setEnteredRate] = useState<Money | null>(null);
  const [rateTyping, setRateTyping] = useState(true);
  const [errors, setErrors] = useState<CloseError[]>([]);
  const clearError = (...which: CloseError[]) => setErrors((list) => list.filter((e) => !which.includes(e)));
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!initialOutcome) return;
    setOutcome(initialOutcome);
    setReason('');
    setCloseDate(todayIso());
    setEnteredRate(null);
    setErrors([]);
  }, [initialOutcome]);

  const foreign = deal.amount.currency !== baseCurrency;
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(closeDate);
  const found = outcome === 'won' && foreign && validDate ? rateForClose(deal.amount, baseCurrency, rates, closeDate) : null;
  const needsRate = outcome === 'won' && foreign && validDate && !found;
  const lock = found ? lockRate(found) : null;
  const preview = lock ? convertWithRate(deal.amount, baseCurrency, lock) : null;

  const submit = async () => {
    const plan = planClose(deal, { outcome, reason, closeDate, baseCurrency, rates, enteredRate: needsRate ? enteredRate : null });
    if (!plan.ok) {
      // Every problem at once: a missing reason and a missing rate are both shown.
      const also: CloseError[] = plan.error === 'reasonRequired' && needsRate && !enteredRate ? ['noRate'] : [];
      setErrors([plan.error, ...also]);
      return;
    }
    if (needsRate && !rateTyping) return;
    setSaving(true);
    if (plan.rateToSave && canSaveRate) {
      const saved = await saveReferenceRow(db, 'exchangeRate', `${plan.rateToSave.currency}@${plan.rateToSave.effectiveDate}`, plan.rateToSave, currentActor());
      if (!saved.ok) {
        setSaving(false);
        setErrors(['invalidRate']);
        return;
      }
    }
    const result = await patchOpportunity(db, deal.id, plan.patch, currentActor());
    setSaving(false);
    if (!result.ok) {
      notifications.show({ color: 'red', message: t(result.errors._ ?? 'close.failed') });
      return;
    }
    notifications.show({ color: 'teal', message: t(outcome === 'won' ? 'close.doneWon' : 'close.doneLost', { name: deal.name }) });
    onClose();
  };

  const errorText = (field: 'reason' | 'date' | 'rate' | 'form') => {
    const error = errors.find((e) => FIELD_OF[e] === field);
    return error ? t(`close.errors.${error}`) : undefined;
  };

  return (
    <Modal opened={initialOutcome !== null} onClose={onClose} title={t('close.title', { name: `\u2068${deal.name}\u2069` })} centered size="md">
      <Stack gap="sm" data-testid="close-dialog">
        <SegmentedControl
          fullWidth
          value={outcome}
          onChange={(v) => { setOutcome(v as CloseOutcome); setErrors([]); }}
          data={[{ value: 'won', label: t('close.won') }, { value: 'lost', label: t('close.lost') }]}
          aria-label={t('close.outcome')}
          data-testid="close-outcome"
          color={outcome === 'won' ? 'teal' : 'red'}
        />
        <Textarea
          label={outcome === 'won' ? t('close.reasonWon') : t('close.reasonLost')}
          value={reason}
          onChange={(e) => { setReason(e.currentTarget.value); clearError('reasonRequired'); }}
          dir="auto" autosize minRows={2} withAsterisk data-autofocus
          error={errorText('reason')}
          data-testid="close-reason"
        />
        <JalaliDateInput label={t('close.date')} value={closeDate} onChange={(v) => { setCloseDate(v); clearError('badDate', 'futureDate', 'noRate'); }} required error={errorText('date')} data-testid="close-date" />
        {outcome === 'won' && foreign && found && preview && lock && (
          <Alert color="teal" icon={<IconLock size={18} />} data-testid="close-rate-found">
            <Text size="sm">{t('close.rateWillLock')}</Text>
            <RateLine rate={lock} />
            <Text size="sm" mt={4}>
              {t('close.valueInBase')}: <strong data-testid="close-preview"><MoneyText value={preview} /></strong>
            </Text>
          </Alert>
        )}
        {needsRate && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="close-no-rate">
            <Stack gap="xs">
              <Text size="sm">{t('close.noRate', { currency: deal.amount.currency, base: baseCurrency })}</Text>
              <MoneyInput
                label={t('close.enterRate', { currency: deal.amount.currency })}
                value={enteredRate}
                onChange={(v) => { setEnteredRate(v); clearError('noRate', 'invalidRate'); }}
                onValidityChange={setRateTyping}
                currencies={[baseCurrency]}
                error={errorText('rate')}
                description={canSaveRate ? t('close.rateSavedToTable') : t('close.rateKeptOnDeal')}
                data-testid="close-rate"
              />
            </Stack>
          </Alert>
        )}
        {errorText('form') && <Alert color="red">{errorText('form')}</Alert>}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose} data-testid="close-cancel">{t('common:cancel')}</Button>
          <Button color={outcome === 'won' ? 'teal' : 'red'} onClick={() => void submit()} loading={saving} data-testid="close-confirm">
            {outcome === 'won' ? t('close.confirmWon') : t('close.confirmLost')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
