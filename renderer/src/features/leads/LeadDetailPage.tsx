import { Alert, Anchor, Badge, Button, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconBan, IconBuilding, IconEdit, IconLayoutKanban, IconPhoneCheck, IconRefresh, IconUser } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import type { AccountDoc, ContactDoc, LeadDoc, LeadStatus, OpportunityDoc } from '../../../../shared/entities';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { Timeline } from '../activities/Timeline';
import { DeleteRecordButton } from '../records/DeleteRecordButton';
import { EmailList, Field, FieldGrid, PhoneList, TagList } from '../records/DetailFields';
import { RecordNotFound } from '../records/RecordNotFound';
import { useAfterFirstPaint } from '../records/use-after-first-paint';
import { useDeleteWithUndo } from '../records/use-delete-with-undo';
import { useRecord } from '../records/use-record';
import { useUserOptions } from '../settings/use-users';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { DisqualifyModal } from './DisqualifyModal';
import { applyLeadAction, leadActions, leadSubtitle, type LeadAction } from './lead-model';
import { isolate } from './isolate';

export const STATUS_COLOR: Record<LeadStatus, string> = { new: 'blue', contacted: 'grape', qualified: 'teal', disqualified: 'gray' };

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { t } = useTranslation('leads');
  return <Badge color={STATUS_COLOR[status]} variant="light" data-testid="lead-status-badge" data-status={status}>{t(`status.${status}`)}</Badge>;
}

export function LeadDetailPage() {
  const { t } = useTranslation('leads');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const fmt = useFormatters();
  const lead = useRecord<LeadDoc>(db.leads, id);
  const owners = useUserOptions();
  const remove = useDeleteWithUndo();
  const refusal = useWriteRefusal('leads', lead);
  const painted = useAfterFirstPaint(lead?.id);
  const [disqualifying, setDisqualifying] = useState(false);
  const [busy, setBusy] = useState<LeadAction | null>(null);

  useEffect(() => {
    if (lead) document.title = `${lead.displayName} · ${t('common:appName')}`;
  }, [lead, t]);

  if (lead === undefined) return <Center py="xl"><Loader /></Center>;
  if (lead === null) return <RecordNotFound backTo="/leads" />;

  const act = async (action: Exclude<LeadAction, 'qualify'>, reason = ''): Promise<boolean> => {
    setBusy(action);
    const result = await applyLeadAction(db, lead, action, currentActor(), reason);
    setBusy(null);
    if (!result.ok) {
      notifications.show({ color: 'red', message: Object.values(result.errors).map((k) => t(k)).join(' ') });
      return false;
    }
    notifications.show({ color: 'teal', message: t('statusChanged', { name: isolate(lead.displayName), status: t(`status.${result.doc.status}`) }) });
    return true;
  };

  const actions = leadActions(lead.status);
  const readOnly = refusal !== null;
  const actionButtons: Record<LeadAction, ReactNode> = {
    markContacted: (
      <Button key="markContacted" variant="light" leftSection={<IconPhoneCheck size={16} />} onClick={() => void act('markContacted')} loading={busy === 'markContacted'} disabled={readOnly} data-testid="lead-mark-contacted">
        {t('actions.markContacted')}
      </Button>
    ),
    qualify: (
      <Button key="qualify" leftSection={<IconArrowsExchange size={16} />} onClick={() => navigate(`/leads/${lead.id}/qualify`)} disabled={readOnly} data-testid="lead-qualify">
        {t('actions.qualify')}
      </Button>
    ),
    disqualify: (
      <Button key="disqualify" variant="light" color="gray" leftSection={<IconBan size={16} />} onClick={() => setDisqualifying(true)} disabled={readOnly} data-testid="lead-disqualify">
        {t('actions.disqualify')}
      </Button>
    ),
    reopen: (
      <Button key="reopen" variant="light" leftSection={<IconRefresh size={16} />} onClick={() => void act('reopen')} loading={busy === 'reopen'} disabled={readOnly} data-testid="lead-reopen">
        {t('actions.reopen')}
      </Button>
    ),
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="record-title"><bdi>{lead.displayName}</bdi></Title>
          <Group gap="xs" mt={4}>
            <LeadStatusBadge status={lead.status} />
            {lead.channel && <Badge variant="outline" color="gray">{t(`channel.${lead.channel}`)}</Badge>}
            {leadSubtitle(lead) && <Text size="sm" c="dimmed"><bdi>{leadSubtitle(lead)}</bdi></Text>}
          </Group>
        </div>
        <Group gap="xs">
          {actions.map((a) => actionButtons[a])}
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => navigate(`/leads/${lead.id}/edit`)} disabled={readOnly} data-testid="edit-record">{t('common:edit')}</Button>
          <DeleteRecordButton
            disabled={readOnly}
            name={lead.displayName}
            body={lead.status === 'qualified' ? t('deleteKeepsRecords') : undefined}
            onConfirm={() => { void remove(db.leads, lead.id, lead.displayName); navigate('/leads'); }}
          />
        </Group>
      </Group>
      <ReadOnlyNote refusal={refusal} />
      {lead.status === 'qualified' && <QualifiedLinks lead={lead} />}
      {lead.status === 'disqualified' && (
        <Alert color="gray" icon={<IconBan size={18} />} title={t('disqualifiedTitle')} data-testid="lead-disqualified">
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{lead.disqualifyReason}</Text>
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md">
            <FieldGrid>
              <Field label={t('fields.companyName')}>{lead.companyName && <Text size="sm"><bdi>{lead.companyName}</bdi></Text>}</Field>
              <Field label={t('fields.jobTitle')}>{lead.jobTitle && <Text size="sm"><bdi>{lead.jobTitle}</bdi></Text>}</Field>
              <Field label={t('fields.phones')}>{lead.phones.length > 0 && <PhoneList phones={lead.phones} />}</Field>
              <Field label={t('fields.emails')}>{lead.emails.length > 0 && <EmailList emails={lead.emails} />}</Field>
              <Field label={t('fields.city')}>{lead.city && <Text size="sm"><bdi>{lead.city}</bdi></Text>}</Field>
              <Field label={t('fields.channel')}>{lead.channel && <Text size="sm">{t(`channel.${lead.channel}`)}</Text>}</Field>
              <Field label={t('fields.source')}>{lead.source && <Text size="sm"><bdi>{lead.source}</bdi></Text>}</Field>
              <Field label={t('fields.estimatedValue')}>{lead.estimatedValue && <Text size="sm" data-testid="lead-estimated-value"><bdi>{fmt.money(lead.estimatedValue)}</bdi></Text>}</Field>
              <Field label={t('fields.owner')}><Text size="sm">{owners.find((o) => o.value === lead.ownerId)?.label ?? lead.ownerId}</Text></Field>
              <Field label={t('fields.tags')}>{lead.tags.length > 0 && <TagList tags={lead.tags} />}</Field>
              <Field label={t('common:createdAt')}><Text size="sm">{fmt.dateTime(lead.createdAt)}</Text></Field>
              <Field label={t('common:updatedAt')}><Text size="sm">{fmt.dateTime(lead.updatedAt)}</Text></Field>
            </FieldGrid>
            {lead.notes && <Field label={t('fields.notes')}><Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{lead.notes}</Text></Field>}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {painted && <Timeline regardingType="lead" regardingId={lead.id} />}
        </Grid.Col>
      </Grid>
      <DisqualifyModal opened={disqualifying} onClose={() => setDisqualifying(false)} onConfirm={(reason) => act('disqualify', reason)} />
    </Stack>
  );
}

/** What the lead became; a link whose record is gone (deleted since) says so instead of leading nowhere. */
export function QualifiedLinks({ lead }: { lead: LeadDoc }) {
  const { t } = useTranslation('leads');
  const db = useDatabase();
  const fmt = useFormatters();
  const account = useRecord<AccountDoc>(db.accounts, lead.accountId || undefined);
  const contact = useRecord<ContactDoc>(db.contacts, lead.contactId || undefined);
  const opportunity = useRecord<OpportunityDoc>(db.opportunities, lead.opportunityId || undefined);
  const link = (testId: string, icon: ReactNode, label: string, href: string, name: string | undefined, loading: boolean) => (
    <Group gap={6} wrap="nowrap" data-testid={testId}>
      {icon}
      <Text size="sm" c="dimmed">{label}:</Text>
      {loading ? <Loader size="xs" /> : name !== undefined ? <Anchor href={href} size="sm"><bdi>{name}</bdi></Anchor> : <Text size="sm" c="dimmed">{t('became.missing')}</Text>}
    </Group>
  );
  return (
    <Paper withBorder p="md" bg="teal.0" data-testid="lead-became">
      <Stack gap="xs">
        <Text fw={600} size="sm">{lead.qualifiedAt ? t('became.titleOn', { date: fmt.dayOf(lead.qualifiedAt, 'medium') }) : t('became.title')}</Text>
        <Group gap="lg" wrap="wrap">
          {lead.accountId && link('lead-became-account', <IconBuilding size={16} />, t('became.account'), `#/accounts/${lead.accountId}`, account?.name, account === undefined)}
          {lead.contactId && link('lead-became-contact', <IconUser size={16} />, t('became.contact'), `#/contacts/${lead.contactId}`, contact?.fullName, contact === undefined)}
          {lead.opportunityId && link('lead-became-opportunity', <IconLayoutKanban size={16} />, t('became.opportunity'), `#/opportunities/${lead.opportunityId}`, opportunity?.name, opportunity === undefined)}
        </Group>
      </Stack>
    </Paper>
  );
}
