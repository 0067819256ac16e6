import { Anchor, Badge, Button, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import type { AccountDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { useDatabase } from '../../db/DatabaseProvider';
import { Timeline } from '../activities/Timeline';
import { DeleteRecordButton } from '../records/DeleteRecordButton';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { AddressText, EmailList, Field, FieldGrid, PhoneList, TagList } from '../records/DetailFields';
import { RecordNotFound } from '../records/RecordNotFound';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { useRecord } from '../records/use-record';
import { useAfterFirstPaint } from '../records/use-after-first-paint';
import { useUserOptions } from '../settings/use-users';
import { AccountContacts } from './AccountContacts';

export function AccountDetailPage() {
  const { t } = useTranslation('accounts');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const fmt = useFormatters();
  const account = useRecord<AccountDoc>(db.accounts, id);
  const owners = useUserOptions();
  const remove = useDeleteWithUndo();
  const refusal = useWriteRefusal('accounts', account);
  const painted = useAfterFirstPaint(account?.id);

  useEffect(() => {
    if (account) document.title = `${account.name} · ${t('common:appName')}`;
  }, [account, t]);

  if (account === undefined) return <Center py="xl"><Loader /></Center>;
  if (account === null) return <RecordNotFound backTo="/accounts" />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="record-title"><bdi>{account.name}</bdi></Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light">{t(`kind.${account.kind}`)}</Badge>
            {account.industry && <Text size="sm" c="dimmed">{t(`common:industry.${account.industry}`)}</Text>}
          </Group>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => navigate(`/accounts/${account.id}/edit`)} disabled={refusal !== null} data-testid="edit-record">{t('common:edit')}</Button>
          <DeleteRecordButton
            disabled={refusal !== null}
            name={account.name}
            body={t('deleteKeepsContacts')}
            onConfirm={() => { void remove(db.accounts, account.id, account.name); navigate('/accounts'); }}
          />
        </Group>
      </Group>
      <ReadOnlyNote refusal={refusal} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <FieldGrid>
                <Field label={t('fields.phones')}>{account.phones.length > 0 && <PhoneList phones={account.phones} />}</Field>
                <Field label={t('fields.emails')}>{account.emails.length > 0 && <EmailList emails={account.emails} />}</Field>
                <Field label={t('fields.address')}>{Object.values(account.address).some(Boolean) && <AddressText address={account.address} />}</Field>
                <Field label={t('fields.website')}>{account.website && <Anchor href={account.website} target="_blank" rel="noopener noreferrer" size="sm"><bdi dir="ltr">{account.website}</bdi></Anchor>}</Field>
                <Field label={t('fields.creditLimit')}>{account.creditLimit && <Text size="sm" data-testid="account-credit-limit"><bdi>{fmt.money(account.creditLimit)}</bdi></Text>}</Field>
                <Field label={t('fields.segment')}>{account.segment && <Text size="sm">{t(`common:segment.${account.segment}`)}</Text>}</Field>
                <Field label={t('fields.nationalId')}>{account.nationalId && <Text size="sm"><bdi dir="ltr">{fmt.digits(account.nationalId)}</bdi></Text>}</Field>
                <Field label={t('fields.economicCode')}>{account.economicCode && <Text size="sm"><bdi dir="ltr">{fmt.digits(account.economicCode)}</bdi></Text>}</Field>
                <Field label={t('fields.owner')}><Text size="sm">{owners.find((o) => o.value === account.ownerId)?.label ?? account.ownerId}</Text></Field>
                <Field label={t('fields.tags')}>{account.tags.length > 0 && <TagList tags={account.tags} />}</Field>
                <Field label={t('common:createdAt')}><Text size="sm">{fmt.dateTime(account.createdAt)}</Text></Field>
                <Field label={t('common:updatedAt')}><Text size="sm">{fmt.dateTime(account.updatedAt)}</Text></Field>
              </FieldGrid>
              {account.notes && <Field label={t('fields.notes')}><Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{account.notes}</Text></Field>}
            </Paper>
            {painted && <AccountContacts accountId={account.id} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {painted && <Timeline regardingType="account" regardingId={account.id} />}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
