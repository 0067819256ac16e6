import { Alert, Button, Grid, Group, Paper, Select, Stack, TagsInput, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import {
  ACCOUNT_KINDS, accountDocSchema, accountInputSchema, buildAccountDoc, EMPTY_ADDRESS, INDUSTRIES, SEGMENTS,
  type AccountDoc, type AccountInput, type FieldErrors, validate,
} from '../../../../shared/entities';
import { toLatinDigits } from '../../../../shared/text/digits';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { saveRecord } from '../../db/records';
import { EmailsEditor } from '../../ui/EmailsEditor';
import { MoneyInput } from '../../ui/MoneyInput';
import { PhonesEditor } from '../../ui/PhonesEditor';
import { AddressFields } from '../records/AddressFields';
import { DuplicateWarning } from '../records/DuplicateWarning';
import { errorFor, revealFirstError } from '../records/form-fields';
import { useFormSubmit } from '../records/use-form-submit';
import { useDiscardGuard } from '../records/use-discard-guard';
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
  const [form, setForm] = useState<AccountInput>(() => emptyAccount(currentActor().userId));
  const [loaded, setLoaded] = useState(!params.id);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [valid, setValid] = useState({ phones: true, emails: true, creditLimit: true });
  const [saving, setSaving] = useState(false);
  const initial = useRef(JSON.stringify(form));
  const { leave, discardModal } = useDiscardGuard(JSON.stringify(form) !== initial.current);

  useEffect(() => {
    if (!params.id) return;
    void db.accounts.findOne(params.id).exec().then((doc) => {
      if (doc) {
        const input = toInput(doc.toJSON() as AccountDoc);
        initial.current = JSON.stringify(input);
        setForm(input);
      }
      setLoaded(true);
    });
  }, [db, params.id]);

  const set = <K extends keyof AccountInput>(key: K, value: AccountInput[K]) => setForm((f) => ({ ...f, [key]: value }));

  const save = async () => {
    if (!valid.phones || !valid.emails || !valid.creditLimit) {
      // Show every other problem too, not one at a time.
      const rest = validate(accountInputSchema, form);
      setErrors({ ...(rest.ok ? {} : rest.errors), _: 'validation:fixHighlighted' });
      revealFirstError();
      return;
    }
    setSaving(true);
    const result = await saveRecord({
      collection: db.accounts, inputSchema: accountInputSchema, docSchema: accountDocSchema, build: buildAccountDoc,
      input: form, id: params.id, actor: currentActor(),
    });
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      revealFirstError();
      return;
    }
    notifications.show({ color: 'teal', message: t('saved', { name: result.doc.name }) });
    navigate(`/accounts/${result.doc.id}`, { replace: true });
  };

  const { formProps, submitButtonProps } = useFormSubmit(save);
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
            <PhonesEditor value={form.phones} onChange={(v) => set('phones', v)} onValidityChange={(ok) => setValid((s) => ({ ...s, phones: ok }))} errors={errors} />
            <EmailsEditor value={form.emails} onChange={(v) => set('emails', v)} onValidityChange={(ok) => setValid((s) => ({ ...s, emails: ok }))} errors={errors} />
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
                currencies={ENABLED_CURRENCIES} defaultCurrency="IRR" onValidityChange={(ok) => setValid((s) => ({ ...s, creditLimit: ok }))}
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
