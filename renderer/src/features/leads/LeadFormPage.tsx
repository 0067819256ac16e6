import { Alert, Button, Center, Grid, Group, Loader, Paper, Select, Stack, TagsInput, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import {
  buildLeadDoc, contactFullName, LEAD_CHANNELS, leadDocSchema, leadInputSchema, type LeadInput,
} from '../../../../shared/entities';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmailsEditor } from '../../ui/EmailsEditor';
import { MoneyInput } from '../../ui/MoneyInput';
import { PhonesEditor } from '../../ui/PhonesEditor';
import { DuplicateWarning } from '../records/DuplicateWarning';
import { errorFor } from '../records/form-fields';
import { useRecordForm } from '../records/use-record-form';
import { useEnabledCurrencies } from '../sales-settings/sales-reference';
import { useUserOptions } from '../settings/use-users';
import { emptyLead, formStatuses, leadInputOf } from './lead-model';
import { isolate } from './isolate';

export function LeadFormPage() {
  const { t } = useTranslation('leads');
  const params = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const owners = useUserOptions();
  const currencies = useEnabledCurrencies();
  const { form, set, loaded, errors, saving, reportValidity, formProps, submitButtonProps, leave, discardModal } = useRecordForm({
    collection: db.leads, id: params.id, empty: () => emptyLead(currentActor().userId), toInput: leadInputOf,
    inputSchema: leadInputSchema, docSchema: leadDocSchema, build: buildLeadDoc,
    onSaved: (doc) => {
      notifications.show({ color: 'teal', message: t('saved', { name: isolate(doc.displayName) }) });
      navigate(`/leads/${doc.id}`, { replace: true });
    },
  });
  if (!loaded || !currencies) return <Center py="xl"><Loader /></Center>;
  const nameError = errorFor(errors, t, 'lastName');
  const person = contactFullName(form);

  return (
    <form {...formProps}>
      <Stack gap="md" maw={920}>
        <Title order={2}>{params.id ? t('editTitle') : t('newTitle')}</Title>
        {errors._ && <Alert color="red" data-testid="form-error">{t(errors._)}</Alert>}
        {/* A lead is often someone the book already holds: say so before a duplicate is qualified. */}
        {person && (
          <DuplicateWarning candidate={{ kind: 'contact', names: [person], phones: form.phones.map((p) => p.e164), emails: form.emails.map((e) => e.address) }} />
        )}
        {form.companyName.trim() && (
          <DuplicateWarning candidate={{ kind: 'account', names: [form.companyName.trim()], phones: [], emails: [] }} />
        )}
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.firstName')} value={form.firstName} onChange={(e) => set('firstName', e.currentTarget.value)} dir="auto" autoFocus error={errorFor(errors, t, 'firstName')} data-testid="lead-firstName" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.lastName')} value={form.lastName} onChange={(e) => set('lastName', e.currentTarget.value)} dir="auto" error={nameError} data-testid="lead-lastName" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('fields.companyName')} value={form.companyName} onChange={(e) => set('companyName', e.currentTarget.value)} dir="auto"
                error={errorFor(errors, t, 'companyName') ?? (errors.lastName === 'validation:leadNameRequired' ? nameError : undefined)}
                description={t('fields.nameHint')} data-testid="lead-companyName"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.jobTitle')} value={form.jobTitle} onChange={(e) => set('jobTitle', e.currentTarget.value)} dir="auto" error={errorFor(errors, t, 'jobTitle')} data-testid="lead-jobTitle" />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <PhonesEditor value={form.phones} onChange={(v) => set('phones', v)} onValidityChange={reportValidity('phones')} errors={errors} />
            <EmailsEditor value={form.emails} onChange={(v) => set('emails', v)} onValidityChange={reportValidity('emails')} errors={errors} />
            <TextInput label={t('fields.city')} value={form.city} onChange={(e) => set('city', e.currentTarget.value)} dir="auto" error={errorFor(errors, t, 'city')} data-testid="lead-city" />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('fields.channel')} allowDeselect={false} value={form.channel}
                onChange={(v) => set('channel', (v ?? '') as LeadInput['channel'])}
                data={LEAD_CHANNELS.map((c) => ({ value: c, label: t(c ? `channel.${c}` : 'channel.none') }))}
                data-testid="lead-channel"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.source')} placeholder={t('fields.sourceHint')} value={form.source} onChange={(e) => set('source', e.currentTarget.value)} dir="auto" error={errorFor(errors, t, 'source')} data-testid="lead-source" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('fields.status')} allowDeselect={false} value={form.status}
                onChange={(v) => v && set('status', v as LeadInput['status'])}
                data={formStatuses(form.status).map((s) => ({ value: s, label: t(`status.${s}`) }))}
                disabled={form.status === 'qualified'}
                description={form.status === 'qualified' ? t('fields.statusQualifiedHint') : undefined}
                data-testid="lead-status"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MoneyInput
                label={t('fields.estimatedValue')} value={form.estimatedValue} onChange={(v) => set('estimatedValue', v)}
                currencies={currencies} defaultCurrency={currencies[0]} onValidityChange={reportValidity('estimatedValue')}
                error={errorFor(errors, t, 'estimatedValue', 'estimatedValue.amountMinor', 'estimatedValue.currency')}
                data-testid="lead-estimatedValue"
              />
            </Grid.Col>
            {form.status === 'disqualified' && (
              <Grid.Col span={12}>
                <Textarea
                  label={t('fields.disqualifyReason')} value={form.disqualifyReason} onChange={(e) => set('disqualifyReason', e.currentTarget.value)}
                  dir="auto" autosize minRows={2} withAsterisk error={errorFor(errors, t, 'disqualifyReason')} data-testid="lead-disqualifyReason"
                />
              </Grid.Col>
            )}
          </Grid>
        </Paper>
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={t('fields.owner')} data={owners} value={form.ownerId} onChange={(v) => v && set('ownerId', v)} allowDeselect={false} error={errorFor(errors, t, 'ownerId')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TagsInput label={t('fields.tags')} value={form.tags} onChange={(v) => set('tags', v)} dir="auto" clearable error={errorFor(errors, t, 'tags')} data-testid="lead-tags" />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label={t('fields.notes')} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} dir="auto" autosize minRows={3} error={errorFor(errors, t, 'notes')} data-testid="lead-notes" />
            </Grid.Col>
          </Grid>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void leave(() => (params.id ? navigate(`/leads/${params.id}`) : navigate('/leads')))} data-testid="cancel-form">{t('common:cancel')}</Button>
          <Button {...submitButtonProps} loading={saving} data-testid="save-lead">{t('common:save')}</Button>
        </Group>
      </Stack>
      {discardModal}
    </form>
  );
}
