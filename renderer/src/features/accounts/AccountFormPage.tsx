import { Alert, Button, Grid, Group, Paper, Select, Stack, TagsInput, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import {
  ACCOUNT_KINDS, accountDocSchema, accountInputSchema, buildAccountDoc, EMPTY_ADDRESS, INDUSTRIES, SEGMENTS,
  type AccountDoc, type AccountInput,
} from '../../../../shared/entities';
import { toLatinDigits } from '../../../../shared/text/digits';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmailsEditor } from '../../ui/EmailsEditor';
import { MoneyInput } from '../../ui/MoneyInput';
import { PhonesEditor } from '../../ui/PhonesEditor';
import { AddressFields } from '../records/AddressFields';
import { DuplicateWarning } from '../records/DuplicateWarning';
import { errorFor } from '../records/form-fields';
import { useRecordForm } from '../records/use-record-form';
import { useUserOptions } from '../settings/use-users';
import { ENABLED_CURRENCIES } from '../settings/currencies';

function emptyAccount(ownerId: string): AccountInput {
  return {
    name: '', kind: 'customer', industry: '', segment: '', phones: [], emails: [], website: '',
    address: { ...EMPTY_ADDRESS }, tags: [], notes: '', nationalId: '', economicCode: '', creditLimit: null, ownerId,
  };
}

function toInput(doc: AccountDoc): AccountInput {
  const { name, kind, industry, segment, phones, emails, website, address, tags, notes, nationalId, economicCode, creditLimit, ownerId } = doc;
  return { name, kind, industry, segment, phones, emails, website, address, tags, notes, nationalId, economicCode, creditLimit, ownerId };
}

export function AccountFormPage() {
  const { t } = useTranslation('accounts');
  const params = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const owners = useUserOptions();
  const { form, set, loaded, errors, saving, reportValidity, formProps, submitButtonProps, leave, discardModal } = useRecordForm({
    collection: db.accounts, id: params.id, empty: () => emptyAccount(currentActor().userId), toInput,
    inputSchema: accountInputSchema, docSchema: accountDocSchema, build: buildAccountDoc,
    onSaved: (doc) => {
      notifications.show({ color: 'teal', message: t('saved', { name: doc.name }) });
      navigate(`/accounts/${doc.id}`, { replace: true });
    },
  });
  if (!loaded) return null;

  return (
    <form {...formProps}>
      <Stack gap="md" maw={920}>
        <Title order={2}>{params.id ? t('editTitle') : t('newTitle')}</Title>
        {errors._ && <Alert color="red" data-testid="form-error">{t(errors._)}</Alert>}
        <DuplicateWarning candidate={{ kind: 'account', id: params.id, names: [form.name.trim()].filter(Boolean), phones: form.phones.map((p) => p.e164), emails: form.emails.map((e) => e.address) }} />
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={12}>
              <TextInput label={t('fields.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} dir="auto" withAsterisk autoFocus error={errorFor(errors, t, 'name')} data-testid="account-name" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={t('fields.kind')} data={ACCOUNT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} value={form.kind} onChange={(v) => v && set('kind', v as AccountInput['kind'])} allowDeselect={false} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={t('fields.industry')} searchable data={INDUSTRIES.map((i) => ({ value: i, label: t(i ? `common:industry.${i}` : 'common:none') }))} value={form.industry} onChange={(v) => set('industry', (v ?? '') as AccountInput['industry'])} allowDeselect={false} data-testid="account-industry" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={t('fields.segment')} data={SEGMENTS.map((s) => ({ value: s, label: t(s ? `common:segment.${s}` : 'common:none') }))} value={form.segment} onChange={(v) => set('segment', (v ?? '') as AccountInput['segment'])} allowDeselect={false} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.nationalId')} value={form.nationalId} onChange={(e) => set('nationalId', toLatinDigits(e.currentTarget.value).trim())} dir="ltr" inputMode="numeric" error={errorFor(errors, t, 'nationalId')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.economicCode')} value={form.economicCode} onChange={(e) => set('economicCode', toLatinDigits(e.currentTarget.value).trim())} dir="ltr" inputMode="numeric" error={errorFor(errors, t, 'economicCode')} />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <PhonesEditor value={form.phones} onChange={(v) => set('phones', v)} onValidityChange={reportValidity('phones')} errors={errors} />
            <EmailsEditor value={form.emails} onChange={(v) => set('emails', v)} onValidityChange={reportValidity('emails')} errors={errors} />
            <TextInput label={t('fields.website')} value={form.website} onChange={(e) => set('website', e.currentTarget.value.trim())} dir="ltr" placeholder="https://" error={errorFor(errors, t, 'website')} />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <AddressFields value={form.address} onChange={(v) => set('address', v)} errors={errors} />
        </Paper>
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MoneyInput
                label={t('fields.creditLimit')} value={form.creditLimit} onChange={(v) => set('creditLimit', v)}
                currencies={ENABLED_CURRENCIES} defaultCurrency="IRR" onValidityChange={reportValidity('creditLimit')}
                error={errorFor(errors, t, 'creditLimit', 'creditLimit.amountMinor', 'creditLimit.currency')} data-testid="account-creditLimit"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={t('fields.owner')} data={owners} value={form.ownerId} onChange={(v) => v && set('ownerId', v)} allowDeselect={false} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TagsInput label={t('fields.tags')} value={form.tags} onChange={(v) => set('tags', v)} dir="auto" clearable error={errorFor(errors, t, 'tags')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label={t('fields.notes')} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} dir="auto" autosize minRows={3} error={errorFor(errors, t, 'notes')} />
            </Grid.Col>
          </Grid>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void leave(() => (params.id ? navigate(`/accounts/${params.id}`) : history.back()))} data-testid="cancel-form">{t('common:cancel')}</Button>
          <Button {...submitButtonProps} loading={saving} data-testid="save-account">{t('common:save')}</Button>
        </Group>
      </Stack>
      {discardModal}
    </form>
  );
}
