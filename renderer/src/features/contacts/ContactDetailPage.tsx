import { Anchor, Button, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import type { ContactDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { Timeline } from '../activities/Timeline';
import { useAccountNames } from '../accounts/use-account-names';
import { DeleteRecordButton } from '../records/DeleteRecordButton';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { AddressText, EmailList, Field, FieldGrid, PhoneList, TagList } from '../records/DetailFields';
import { RecordNotFound } from '../records/RecordNotFound';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { useRecord } from '../records/use-record';
import { useAfterFirstPaint } from '../records/use-after-first-paint';
import { useUserOptions } from '../settings/use-users';

export function ContactDetailPage() {
  const { t } = useTranslation('contacts');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const fmt = useFormatters();
  const contact = useRecord<ContactDoc>(db.contacts, id);
  const accountNames = useAccountNames(contact?.accountId ? [contact.accountId] : []);
  const owners = useUserOptions();
  const remove = useDeleteWithUndo();
  const refusal = useWriteRefusal('contacts', contact);
  const painted = useAfterFirstPaint(contact?.id);

  useEffect(() => {
    if (contact) document.title = `${contact.fullName} · ${t('common:appName')}`;
  }, [contact, t]);

  if (contact === undefined) return <Center py="xl"><Loader /></Center>;
  if (contact === null) return <RecordNotFound backTo="/contacts" />;
  const accountName = accountNames.get(contact.accountId);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="record-title"><bdi>{contact.fullName}</bdi></Title>
          <Text c="dimmed">
            {contact.jobTitle && <bdi>{contact.jobTitle}</bdi>}
            {contact.jobTitle && accountName && ' · '}
            {accountName && <Anchor href={`#/accounts/${contact.accountId}`} data-testid="contact-account-link"><bdi>{accountName}</bdi></Anchor>}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => navigate(`/contacts/${contact.id}/edit`)} disabled={refusal !== null} data-testid="edit-record">
            {t('common:edit')}
          </Button>
          <DeleteRecordButton
            disabled={refusal !== null}
            name={contact.fullName}
            onConfirm={() => { void remove(db.contacts, contact.id, contact.fullName); navigate('/contacts'); }}
          />
        </Group>
      </Group>
      <ReadOnlyNote refusal={refusal} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md">
            <FieldGrid>
              <Field label={t('fields.phones')}>{contact.phones.length > 0 && <PhoneList phones={contact.phones} />}</Field>
              <Field label={t('fields.emails')}>{contact.emails.length > 0 && <EmailList emails={contact.emails} />}</Field>
              <Field label={t('fields.address')}>{Object.values(contact.address).some(Boolean) && <AddressText address={contact.address} />}</Field>
              <Field label={t('fields.website')}>{contact.website && <Anchor href={contact.website} target="_blank" rel="noopener noreferrer" size="sm"><bdi dir="ltr">{contact.website}</bdi></Anchor>}</Field>
              <Field label={t('fields.segment')}>{contact.segment && <Text size="sm">{t(`common:segment.${contact.segment}`)}</Text>}</Field>
              <Field label={t('fields.preferredChannel')}>{contact.preferredChannel && <Text size="sm">{t(`common:channel.${contact.preferredChannel}`)}</Text>}</Field>
              <Field label={t('fields.owner')}><Text size="sm">{owners.find((o) => o.value === contact.ownerId)?.label ?? contact.ownerId}</Text></Field>
              <Field label={t('fields.tags')}>{contact.tags.length > 0 && <TagList tags={contact.tags} />}</Field>
              <Field label={t('common:createdAt')}><Text size="sm">{fmt.dateTime(contact.createdAt)}</Text></Field>
              <Field label={t('common:updatedAt')}><Text size="sm">{fmt.dateTime(contact.updatedAt)}</Text></Field>
            </FieldGrid>
            {contact.notes && (
              <Field label={t('fields.notes')}><Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{contact.notes}</Text></Field>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {painted && <Timeline regardingType="contact" regardingId={contact.id} />}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
