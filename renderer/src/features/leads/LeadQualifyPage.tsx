import { Alert, Anchor, Button, Center, Grid, Group, Loader, Paper, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconBuilding, IconLayoutKanban, IconUser } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import type { DuplicateMatch } from '../../../../shared/duplicates';
import { contactFullName, type FieldErrors, type LeadDoc } from '../../../../shared/entities';
import type { Money } from '../../../../shared/money';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { MoneyInput } from '../../ui/MoneyInput';
import { AccountPicker } from '../accounts/AccountPicker';
import { RecordNotFound } from '../records/RecordNotFound';
import { useRecord } from '../records/use-record';
import { useEnabledCurrencies, usePipelineStages, useSetting } from '../sales-settings/sales-reference';
import { getSearchService, useSearchStatus } from '../search/search-service';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { QualifiedLinks } from './LeadDetailPage';
import { defaultChoices, findQualifyMatches, type QualifyMatches, type RecordChoice } from './qualify-matching';
import { executeQualification } from './qualify-lead';
import { defaultOpportunityAmount, defaultOpportunityName, firstActiveStage, planQualification } from './qualify-plan';
import { isolate } from './isolate';

/** Qualify (تبدیل سرنخ): one screen that creates or links an account, a contact and an opportunity. */
export function LeadQualifyPage() {
  const { t } = useTranslation('leads');
  const { id } = useParams<{ id: string }>();
  const db = useDatabase();
  const lead = useRecord<LeadDoc>(db.leads, id);
  const searchReady = useSearchStatus((s) => s.ready);
  const stages = usePipelineStages();
  const currencies = useEnabledCurrencies();
  const baseCurrency = useSetting('baseCurrency');
  const refusal = useWriteRefusal('leads', lead);

  useEffect(() => {
    if (lead) document.title = `${t('qualify.title', { name: isolate(lead.displayName) })} · ${t('common:appName')}`;
  }, [lead, t]);

  if (lead === undefined) return <Center py="xl"><Loader /></Center>;
  if (lead === null) return <RecordNotFound backTo="/leads" />;
  if (lead.status === 'qualified') {
    return (
      <Stack gap="md" maw={920}>
        <Title order={2}>{t('qualify.title', { name: isolate(lead.displayName) })}</Title>
        <Alert color="teal" data-testid="qualify-already">{t('qualify.alreadyQualified')}</Alert>
        <QualifiedLinks lead={lead} />
        <Group><Button variant="default" component="a" href={`#/leads/${lead.id}`}>{t('qualify.back')}</Button></Group>
      </Stack>
    );
  }
  if (refusal) {
    return (
      <Stack gap="md" maw={920}>
        <Title order={2}>{t('qualify.title', { name: isolate(lead.displayName) })}</Title>
        <ReadOnlyNote refusal={refusal} />
        <Group><Button variant="default" component="a" href={`#/leads/${lead.id}`}>{t('qualify.back')}</Button></Group>
      </Stack>
    );
  }
  const index = searchReady ? getSearchService()?.index : undefined;
  if (!index || !stages || !currencies || !baseCurrency) {
    return (
      <Center py="xl">
        <Group gap="sm"><Loader size="sm" /><Text size="sm" c="dimmed" data-testid="qualify-searching">{t('qualify.searching')}</Text></Group>
      </Center>
    );
  }
  return <QualifyForm lead={lead} matches={findQualifyMatches(lead, index)} stages={stages} currencies={currencies} baseCurrency={baseCurrency} />;
}

type ChoiceValue = string; // 'new' | 'none' | 'other' | 'existing:<id>'
const choiceValue = (c: RecordChoice): ChoiceValue => (c.mode === 'existing' ? `existing:${c.id}` : c.mode);

function QualifyForm({ lead, matches, stages, currencies, baseCurrency }: {
  lead: LeadDoc;
  matches: QualifyMatches;
  stages: NonNullable<ReturnType<typeof usePipelineStages>>;
  currencies: string[];
  baseCurrency: string;
}) {
  const { t } = useTranslation('leads');
  const db = useDatabase();
  const fmt = useFormatters();
  const [, navigate] = useLocation();
  const initial = useMemo(() => defaultChoices(lead, matches), [lead, matches]);
  const [account, setAccount] = useState<ChoiceValue>(() => choiceValue(initial.account));
  const [otherAccount, setOtherAccount] = useState('');
  const [contact, setContact] = useState<ChoiceValue>(() => choiceValue(initial.contact));
  const [name, setName] = useState(() => defaultOpportunityName(lead));
  const [amount, setAmount] = useState<Money>(() => defaultOpportunityAmount(lead, baseCurrency));
  const activeStages = stages.filter((s) => s.active).sort((a, b) => a.order - b.order);
  const [stageId, setStageId] = useState(() => firstActiveStage(stages)?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState('');
  const [amountValid, setAmountValid] = useState(true);
  const [saving, setSaving] = useState(false);
  const company = lead.companyName.trim();
  const person = contactFullName(lead);

  const toChoice = (value: ChoiceValue, other = ''): RecordChoice => {
    if (value.startsWith('existing:')) return { mode: 'existing', id: value.slice('existing:'.length) };
    if (value === 'other') return other ? { mode: 'existing', id: other } : { mode: 'none' };
    return value === 'new' ? { mode: 'new' } : { mode: 'none' };
  };

  const submit = async () => {
    setFailure('');
    if (!amountValid) {
      setErrors({ 'opportunity.amount': 'validation:invalidAmount' });
      return;
    }
    if (account === 'other' && !otherAccount) {
      setErrors({ 'account.other': 'validation:required' });
      return;
    }
    const planned = planQualification(
      lead,
      { account: toChoice(account, otherAccount), contact: toChoice(contact), opportunityName: name, amount, stageId },
      { actor: currentActor(), now: new Date().toISOString(), stages, baseCurrency },
    );
    if (!planned.ok) {
      setErrors(planned.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    const result = await executeQualification(db, planned.plan);
    setSaving(false);
    if (!result.ok) {
      setFailure(result.error === 'writeFailed' ? t('qualify.failed', { detail: result.detail }) : t(`qualify.${result.error}`));
      return;
    }
    notifications.show({ color: 'teal', message: t('qualify.done', { name: isolate(lead.displayName) }) });
    navigate(`/leads/${lead.id}`, { replace: true });
  };

  const errorText = (...paths: string[]) => {
    for (const p of paths) if (errors[p]) return t(errors[p]!);
    return undefined;
  };
  const reasonsText = (m: DuplicateMatch) => t('qualify.matchReasons', { reasons: m.reasons.map((r) => t(`common:duplicates.reason.${r}`)).join(t('common:listSeparator')) });

  return (
    <Stack gap="md" maw={920}>
      <Title order={2}>{t('qualify.title', { name: isolate(lead.displayName) })}</Title>
      <Text size="sm" c="dimmed">{t('qualify.intro')}</Text>
      {errors._ && <Alert color="red" data-testid="form-error">{t(errors._)}</Alert>}
      {failure && <Alert color="red" data-testid="qualify-failed">{failure}</Alert>}

      <Section icon={<IconBuilding size={18} />} title={t('qualify.account')}>
        <Radio.Group value={account} onChange={setAccount} name="qualify-account" data-testid="qualify-account" error={errorText('account.name', 'account.other')}>
          <Stack gap="xs" mt={4}>
            {matches.accounts.map((m) => (
              <Radio key={m.id} value={`existing:${m.id}`} label={<MatchLabel title={m.title} reasons={reasonsText(m)} existing={t('qualify.useExisting')} />} data-testid="qualify-account-match" />
            ))}
            {matches.accounts.length === 0 && <Text size="xs" c="dimmed">{t('qualify.noAccountMatches')}</Text>}
            <Radio value="new" disabled={!company} label={company ? t('qualify.createAccount', { name: isolate(company) }) : t('qualify.createAccountNoName')} data-testid="qualify-account-new" />
            <Radio value="other" label={t('qualify.otherAccount')} data-testid="qualify-account-other" />
            {account === 'other' && <AccountPicker value={otherAccount} onChange={setOtherAccount} data-testid="qualify-account-picker" />}
            <Radio value="none" label={t('qualify.noAccount')} data-testid="qualify-account-none" />
          </Stack>
        </Radio.Group>
      </Section>

      <Section icon={<IconUser size={18} />} title={t('qualify.contact')}>
        <Radio.Group value={contact} onChange={setContact} name="qualify-contact" data-testid="qualify-contact" error={errorText('contact.lastName', 'contact.firstName')}>
          <Stack gap="xs" mt={4}>
            {matches.contacts.map((m) => (
              <Radio key={m.id} value={`existing:${m.id}`} label={<MatchLabel title={m.title} reasons={reasonsText(m)} existing={t('qualify.useExisting')} />} data-testid="qualify-contact-match" />
            ))}
            {matches.contacts.length === 0 && <Text size="xs" c="dimmed">{t('qualify.noContactMatches')}</Text>}
            <Radio value="new" disabled={!person} label={person ? t('qualify.createContact', { name: isolate(person) }) : t('qualify.createContactNoName')} data-testid="qualify-contact-new" />
            <Radio value="none" label={t('qualify.noContact')} data-testid="qualify-contact-none" />
          </Stack>
        </Radio.Group>
      </Section>

      <Section icon={<IconLayoutKanban size={18} />} title={t('qualify.opportunity')}>
        {activeStages.length === 0 && <Alert color="red" mb="sm">{t('qualify.noStages')}</Alert>}
        <Grid>
          <Grid.Col span={12}>
            <TextInput label={t('qualify.opportunityName')} value={name} onChange={(e) => setName(e.currentTarget.value)} dir="auto" withAsterisk error={errorText('opportunity.name')} data-testid="qualify-opportunity-name" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MoneyInput
              label={t('qualify.amount')} value={amount} onChange={(v) => setAmount(v ?? { amountMinor: 0, currency: amount.currency })}
              currencies={currencies.includes(amount.currency) ? currencies : [amount.currency, ...currencies]} defaultCurrency={amount.currency}
              onValidityChange={setAmountValid} error={errorText('opportunity.amount', 'opportunity.amount.amountMinor')} data-testid="qualify-amount"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('qualify.stage')} allowDeselect={false} value={stageId || null} onChange={(v) => v && setStageId(v)}
              data={activeStages.map((s) => ({ value: s.id, label: s.name }))}
              description={t('qualify.probability', { value: fmt.number(activeStages.find((s) => s.id === stageId)?.probability ?? 0) })}
              error={errorText('opportunity.stageId')} data-testid="qualify-stage"
            />
          </Grid.Col>
        </Grid>
      </Section>

      <Group justify="flex-end">
        <Anchor href={`#/leads/${lead.id}`} size="sm">{t('common:cancel')}</Anchor>
        <Button leftSection={<IconArrowsExchange size={16} />} onClick={() => void submit()} loading={saving} disabled={activeStages.length === 0} data-testid="qualify-submit">
          {t('qualify.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function Section({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Group gap="xs" mb="xs">{icon}<Title order={4}>{title}</Title></Group>
      {children}
    </Paper>
  );
}

function MatchLabel({ title, reasons, existing }: { title: string; reasons: string; existing: string }) {
  return (
    <span>
      {existing}: <Text span fw={600}><bdi>{title}</bdi></Text>{' '}
      <Text span size="xs" c="dimmed">({reasons})</Text>
    </span>
  );
}
