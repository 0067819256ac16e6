import { Alert, Button, Grid, Group, Paper, Select, Stack, TagsInput, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import {
  buildContactDoc, contactDocSchema, contactFullName, contactInputSchema, EMPTY_ADDRESS, PREFERRED_CHANNELS, SEGMENTS,
  type ContactDoc, type ContactInput,
} from '../../../../shared/entities';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { EmailsEditor } from '../../ui/EmailsEditor';
import { PhonesEditor } from '../../ui/PhonesEditor';
import { AccountPicker } from '../accounts/AccountPicker';
import { AddressFields } from '../records/AddressFields';
import { DuplicateWarning } from '../records/DuplicateWarning';
import { errorFor } from '../records/form-fields';
import { useRecordForm } from '../records/use-record-form';
import { useUserOptions } from '../settings/use-users';

export function emptyContact(ownerId: string, accountId = ''): ContactInput {
  return {
    firstName: '', lastName: '', jobTitle: '', accountId, phones: [], emails: [], website: '',
    address: { ...EMPTY_ADDRESS }, segment: '', tags: [], preferredChannel: '', notes: '', ownerId,
  };
}

function toInput(doc: ContactDoc): ContactInput {
  const { firstName, lastName, jobTitle, accountId, phones, emails, website, address, segment, tags, preferredChannel, notes, ownerId } = doc;
  return { firstName, lastName, jobTitle, accountId, phones, emails, website, address, segment, tags, preferredChannel, notes, ownerId };
}

export function ContactFormPage() {
  const { t } = useTranslation('contacts');
  const params = useParams<{ id?: string; accountId?: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const owners = useUserOptions();
  const { form, set, loaded, errors, saving, reportValidity, formProps, submitButtonProps, leave, discardModal } = useRecordForm({
    collection: db.contacts, id: params.id, empty: () => emptyContact(currentActor().userId, params.accountId ?? ''), toInput,
    inputSchema: contactInputSchema, docSchema: contactDocSchema, build: buildContactDoc,
    onSaved: (doc) => {
      notifications.show({ color: 'teal', message: t('saved', { name: doc.fullName }) });
      navigate(`/contacts/${doc.id}`, { replace: true });
    },
  });
  if (!loaded) return null;
  const title = params.id ? t('editTitle') : t('newTitle');

  return (
    <form {...formProps}>
      <Stack gap="md" maw={920}>
        <Title order={2}>{title}</Title>
        {errors._ && <Alert color="red" data-testid="form-error">{t(errors._)}</Alert>}
        <DuplicateWarning
          candidate={{ kind: 'contact', id: params.id, names: [contactFullName(form)].filter(Boolean), phones: form.phones.map((p) => p.e164), emails: form.emails.map((e) => e.address) }}
        />
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.firstName')} value={form.firstName} onChange={(e) => set('firstName', e.currentTarget.value)} dir="auto" data-autofocus autoFocus error={errorFor(errors, t, 'firstName')} data-testid="contact-firstName" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.lastName')} value={form.lastName} onChange={(e) => set('lastName', e.currentTarget.value)} dir="auto" withAsterisk error={errorFor(errors, t, 'lastName')} data-testid="contact-lastName" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('fields.jobTitle')} value={form.jobTitle} onChange={(e) => set('jobTitle', e.currentTarget.value)} dir="auto" error={errorFor(errors, t, 'jobTitle')} data-testid="contact-jobTitle" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <AccountPicker label={t('fields.account')} value={form.accountId} onChange={(v) => set('accountId', v)} error={errorFor(errors, t, 'accountId')} data-testid="contact-account" />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <PhonesEditor value={form.phones} onChange={(v) => set('phones', v)} onValidityChange={reportValidity('phones')} errors={errors} />
            <EmailsEditor value={form.emails} onChange={(v) => set('emails', v)} onValidityChange={reportValidity('emails')} errors={errors} />
            <TextInput label={t('fields.website')} value={form.website} onChange={(e) => set('website', e.currentTarget.value.trim())} dir="ltr" placeholder="https://" error={errorFor(errors, t, 'website')} data-testid="contact-website" />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <AddressFields value={form.address} onChange={(v) => set('address', v)} errors={errors} />
        </Paper>
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={t('fields.owner')} data={owners} value={form.ownerId} onChange={(v) => v && set('ownerId', v)} allowDeselect={false} error={errorFor(errors, t, 'ownerId')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={t('fields.segment')} data={SEGMENTS.map((s) => ({ value: s, label: t(s ? `common:segment.${s}` : 'common:none') }))} value={form.segment} onChange={(v) => set('segment', (v ?? '') as ContactInput['segment'])} allowDeselect={false} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={t('fields.preferredChannel')} data={PREFERRED_CHANNELS.map((c) => ({ value: c, label: t(c ? `common:channel.${c}` : 'common:none') }))} value={form.preferredChannel} onChange={(v) => set('preferredChannel', (v ?? '') as ContactInput['preferredChannel'])} allowDeselect={false} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TagsInput label={t('fields.tags')} value={form.tags} onChange={(v) => set('tags', v)} dir="auto" error={errorFor(errors, t, 'tags')} clearable data-testid="contact-tags" />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label={t('fields.notes')} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} dir="auto" autosize minRows={3} error={errorFor(errors, t, 'notes')} />
            </Grid.Col>
          </Grid>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void leave(() => (params.id ? navigate(`/contacts/${params.id}`) : history.back()))} data-testid="cancel-form">{t('common:cancel')}</Button>
          <Button {...submitButtonProps} loading={saving} data-testid="save-contact">{t('common:save')}</Button>
        </Group>
      </Stack>
      {discardModal}
    </form>
  );
}
