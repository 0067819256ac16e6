import { Alert, Anchor, Button, Center, Grid, Group, Loader, Paper, Select, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { buildOpportunityDoc, opportunityDocSchema, type OpportunityDoc, type OpportunityInput } from '../../../../shared/entities';
import type { PipelineStage } from '../../../../shared/sales';
import { toLatinDigits } from '../../../../shared/text/digits';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { JalaliDateInput } from '../../ui/JalaliDateInput';
import { MoneyInput } from '../../ui/MoneyInput';
import { AccountPicker } from '../accounts/AccountPicker';
import { errorFor } from '../records/form-fields';
import { useRecordForm } from '../records/use-record-form';
import { useEnabledCurrencies, usePipelineStages, useSetting } from '../sales-settings/sales-reference';
import { useUserOptions } from '../settings/use-users';
import { ContactPicker } from './ContactPicker';
import {
  emptyOpportunity, opportunityFormSchema, opportunityToInput, probabilityIsCustom, withStage, type OpportunityForm,
} from './opportunity-form';

/** /opportunities/new and /opportunities/:id/edit: waits for the stages and currencies it offers. */
export function OpportunityFormPage() {
  const stages = usePipelineStages();
  const currencies = useEnabledCurrencies();
  const base = useSetting('baseCurrency');
  if (!stages || !currencies || !base) return <Center py="xl"><Loader /></Center>;
  return <OpportunityFormBody stages={stages} currencies={currencies} baseCurrency={base} />;
}

function readPercent(text: string): number {
  const latin = toLatinDigits(text).replace(/[%٪\s]/g, '');
  return /^\d{1,3}$/.test(latin) ? Number(latin) : Number.NaN;
}

function OpportunityFormBody({ stages, currencies, baseCurrency }: { stages: PipelineStage[]; currencies: string[]; baseCurrency: string }) {
  const { t } = useTranslation('opportunities');
  const fmt = useFormatters();
  const count = fmt.number;
  const params = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const owners = useUserOptions();
  const editedProbability = useRef(false);
  const [probabilityText, setProbabilityText] = useState<string | null>(null);
  const { form, set, loaded, errors, saving, reportValidity, formProps, submitButtonProps, leave, discardModal } = useRecordForm<OpportunityForm, OpportunityDoc>({
    collection: db.opportunities,
    id: params.id,
    empty: () => emptyOpportunity(currentActor().userId, stages),
    toInput: (doc) => opportunityToInput(doc),
    inputSchema: opportunityFormSchema,
    docSchema: opportunityDocSchema,
    build: (input, meta) => buildOpportunityDoc(input as OpportunityInput, meta),
    onSaved: (doc) => {
      notifications.show({ color: 'teal', message: t('saved', { name: doc.name }) });
      navigate(`/opportunities/${doc.id}`, { replace: true });
    },
  });

  // An edited deal whose probability differs from its stage's default keeps it when the stage changes.
  const checkedCustom = useRef(false);
  useEffect(() => {
    if (!loaded || checkedCustom.current) return;
    checkedCustom.current = true;
    editedProbability.current = probabilityIsCustom(form, stages);
  }, [loaded, form, stages]);

  useEffect(() => {
    document.title = `${params.id ? t('editTitle') : t('newTitle')} · ${t('common:appName')}`;
  }, [params.id, t]);

  if (!loaded) return <Center py="xl"><Loader /></Center>;

  const closed = form.status !== 'open';
  const stageOptions = stages
    .filter((s) => s.active || s.id === form.stageId)
    .map((s) => ({ value: s.id, label: s.active ? s.name : t('form.inactiveStage', { stage: s.name }) }));
  const stageDefault = stages.find((s) => s.id === form.stageId)?.probability;
  const setForm = (next: OpportunityForm) => {
    for (const key of Object.keys(next) as (keyof OpportunityForm)[]) if (next[key] !== form[key]) set(key, next[key]);
  };

  const onStage = (stageId: string) => setForm(withStage(form, stageId, stages, editedProbability.current));
  const onProbability = (text: string) => {
    setProbabilityText(text);
    editedProbability.current = true;
    set('probability', readPercent(text));
  };
  const resetProbability = () => {
    editedProbability.current = false;
    setProbabilityText(null);
    if (stageDefault !== undefined) set('probability', stageDefault);
  };
  const onAccount = async (accountId: string) => {
    set('accountId', accountId);
    if (form.contactId && accountId) {
      const contact = await db.contacts.findOne(form.contactId).exec();
      if (contact && contact.accountId !== accountId) set('contactId', '');
    }
  };
  const onContact = (contactId: string, contactAccountId: string) => {
    set('contactId', contactId);
    if (contactId && !form.accountId && contactAccountId) set('accountId', contactAccountId);
  };

  const cancel = () => void leave(() => (params.id ? navigate(`/opportunities/${params.id}`) : history.back()));

  return (
    <form {...formProps}>
      <Stack gap="md" maw={920}>
        <Title order={2}>{params.id ? t('editTitle') : t('newTitle')}</Title>
        {errors._ && <Alert color="red" data-testid="form-error">{t(errors._)}</Alert>}
        {closed && <Alert color="gray" data-testid="form-closed-note">{t('form.closedNote', { status: t(`status.${form.status}`) })}</Alert>}
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={12}>
              <TextInput
                label={t('fields.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} dir="auto" withAsterisk autoFocus
                placeholder={t('form.namePlaceholder')} error={errorFor(errors, t, 'name')} data-testid="opportunity-name"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <AccountPicker label={t('fields.account')} value={form.accountId} onChange={(id) => void onAccount(id)} error={errorFor(errors, t, 'accountId')} data-testid="opportunity-account" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <ContactPicker label={t('fields.contact')} accountId={form.accountId} value={form.contactId} onChange={onContact} error={errorFor(errors, t, 'contactId')} data-testid="opportunity-contact" />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('fields.stage')} data={stageOptions} value={form.stageId || null} onChange={(v) => v && onStage(v)} allowDeselect={false}
                withAsterisk disabled={closed} error={errorFor(errors, t, 'stageId')} data-testid="opportunity-stage"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('fields.probability')}
                value={probabilityText ?? fmt.digits(Number.isFinite(form.probability) ? form.probability : '')}
                onChange={(e) => onProbability(e.currentTarget.value)}
                onBlur={() => Number.isFinite(form.probability) && setProbabilityText(null)}
                dir="ltr" inputMode="numeric" rightSection={<Text size="sm" c="dimmed">{t('percentSign')}</Text>} disabled={closed}
                description={
                  stageDefault !== undefined && stageDefault !== form.probability && !closed ? (
                    <Anchor component="button" type="button" size="xs" onClick={resetProbability} data-testid="probability-reset">
                      {t('form.resetProbability', { value: count(stageDefault) })}
                    </Anchor>
                  ) : (
                    t('form.probabilityFollowsStage')
                  )
                }
                error={errorFor(errors, t, 'probability')} data-testid="opportunity-probability"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MoneyInput
                label={t('fields.amount')} value={form.amount} onChange={(v) => set('amount', v)} currencies={currencies} defaultCurrency={baseCurrency}
                required onValidityChange={reportValidity('amount')}
                error={errorFor(errors, t, 'amount', 'amount.amountMinor', 'amount.currency', 'lockedRate')} data-testid="opportunity-amount"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <JalaliDateInput
                label={t('fields.expectedCloseDate')} value={form.expectedCloseDate} onChange={(v) => set('expectedCloseDate', v)}
                onValidityChange={reportValidity('expectedCloseDate')} error={errorFor(errors, t, 'expectedCloseDate')} data-testid="opportunity-closeDate"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={t('fields.owner')} data={owners} value={form.ownerId} onChange={(v) => v && set('ownerId', v)} allowDeselect={false} error={errorFor(errors, t, 'ownerId')} />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={12}>
              <Textarea label={t('fields.need')} description={t('form.needHint')} value={form.need} onChange={(e) => set('need', e.currentTarget.value)} dir="auto" autosize minRows={2} error={errorFor(errors, t, 'need')} data-testid="opportunity-need" />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label={t('fields.proposedSolution')} value={form.proposedSolution} onChange={(e) => set('proposedSolution', e.currentTarget.value)} dir="auto" autosize minRows={2} error={errorFor(errors, t, 'proposedSolution')} data-testid="opportunity-solution" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TagsInput
                label={t('fields.competitors')} description={t('form.tagsHint')} value={form.competitors} onChange={(v) => set('competitors', v)} dir="auto" clearable
                error={errorFor(errors, t, 'competitors', ...form.competitors.map((_, i) => `competitors.${i}`))} data-testid="opportunity-competitors"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TagsInput
                label={t('fields.productLines')} description={t('form.tagsHint')} value={form.productLines} onChange={(v) => set('productLines', v)} dir="auto" clearable
                error={errorFor(errors, t, 'productLines', ...form.productLines.map((_, i) => `productLines.${i}`))} data-testid="opportunity-productLines"
              />
            </Grid.Col>
          </Grid>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel} data-testid="cancel-form">{t('common:cancel')}</Button>
          <Button {...submitButtonProps} loading={saving} data-testid="save-opportunity">{t('common:save')}</Button>
        </Group>
      </Stack>
      {discardModal}
    </form>
  );
}
