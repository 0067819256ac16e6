import {
  Alert, Anchor, Button, Center, Grid, Group, Kbd, Loader, Paper, Select, Stack, Text, Textarea, TextInput, Title, VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { todayIso } from '../../../../shared/dates';
import {
  newId, QUOTE_STATUSES, quoteInputSchema, validate, type FieldErrors, type ProductDoc, type QuoteDiscount, type QuoteDoc,
  type QuoteInput, type QuoteLine, type QuoteStatus,
} from '../../../../shared/entities';
import { computeQuoteTotals } from '../../../../shared/sales';
import { useFormatters } from '../../app/formatters';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { JalaliDateInput } from '../../ui/JalaliDateInput';
import { unitLabel } from '../../ui/money/money-field';
import { useDisplayPrefs } from '../../ui/prefs';
import { useConfirm } from '../../ui/useConfirm';
import { AccountPicker } from '../accounts/AccountPicker';
import { ProductPicker } from '../products/ProductPicker';
import { errorFor, revealFirstError } from '../records/form-fields';
import { RecordNotFound } from '../records/RecordNotFound';
import { useDiscardGuard } from '../records/use-discard-guard';
import { useFormSubmit } from '../records/use-form-submit';
import { useEnabledCurrencies, useExchangeRates, useSetting } from '../sales-settings/sales-reference';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { ContactSelect } from './ContactSelect';
import {
  editorErrors, emptyQuote, lookUpQuoteRate, withoutErrors, quoteFromOpportunity, rateToStore, toQuoteInput, withIssueDate, type QuoteDefaults,
  type QuoteRateLookup,
} from './quote-form';
import {
  addLine, blankLine, canAddLine, changeCurrency, currencyChangeLosesAmounts, focusAfterRemoval, insertLine, isBlankLine,
  lineErrors, lineFromProduct, moveLine, removeLine, updateLine,
} from './quote-lines';
import { rateSummary } from './quote-print-model';
import { saveQuote } from './quote-save';
import { QuoteLineEditor } from './QuoteLineEditor';
import { QuoteNumber } from './QuoteNumber';
import { QuoteTotalsPanel } from './QuoteTotalsPanel';
import { useOpportunity, useProductsByIds } from './use-quote-data';

type Start = { input: QuoteInput; doc: QuoteDoc | null };

/**
 * /quotes/new, /opportunities/:opportunityId/quotes/new and /quotes/:id/edit: loads what the
 * form starts from (the stored quote, or defaults from settings and the opportunity), then
 * hands it to the editor once.
 */
export function QuoteEditorPage() {
  // A new path (another quote, another opportunity) starts a new form, never the old one's state.
  const [location] = useLocation();
  return <QuoteEditorLoader key={location} />;
}

function QuoteEditorLoader() {
  const params = useParams<{ id?: string; opportunityId?: string }>();
  const db = useDatabase();
  const vatPercent = useSetting('defaultVatPercent');
  const baseCurrency = useSetting('baseCurrency');
  const [start, setStart] = useState<Start | 'notFound' | null>(null);
  const started = useRef(false);
  const settingsReady = vatPercent !== undefined && baseCurrency !== undefined;

  useEffect(() => {
    if (started.current || (!params.id && !settingsReady)) return;
    started.current = true;
    void (async () => {
      if (params.id) {
        const doc = await db.quotes.findOne(params.id).exec();
        const json = doc ? (doc.toJSON() as QuoteDoc) : null;
        setStart(json ? { input: toQuoteInput(json), doc: json } : 'notFound');
        return;
      }
      const defaults: QuoteDefaults = {
        today: todayIso(),
        vatPercent: vatPercent!,
        currency: baseCurrency!,
        ownerId: currentActor().userId,
        newLineId: () => newId(),
      };
      if (params.opportunityId) {
        const opportunity = await db.opportunities.findOne(params.opportunityId).exec();
        setStart(opportunity ? { input: quoteFromOpportunity(opportunity.toMutableJSON(), defaults), doc: null } : 'notFound');
        return;
      }
      setStart({ input: emptyQuote(defaults), doc: null });
    })();
  }, [db, params.id, params.opportunityId, settingsReady, vatPercent, baseCurrency]);

  if (start === 'notFound') return <RecordNotFound backTo={params.opportunityId ? `/opportunities/${params.opportunityId}` : '/quotes'} />;
  if (start === null || baseCurrency === undefined) return <Center py="xl"><Loader /></Center>;
  return <QuoteEditor start={start.input} existing={start.doc} baseCurrency={baseCurrency} />;
}

interface QuoteEditorProps {
  start: QuoteInput;
  existing: QuoteDoc | null;
  baseCurrency: string;
}

function QuoteEditor({ start, existing, baseCurrency }: QuoteEditorProps) {
  const { t } = useTranslation('quotes');
  const [, navigate] = useLocation();
  const db = useDatabase();
  const prefs = useDisplayPrefs();
  const fmt = useFormatters();
  const [form, setForm] = useState<QuoteInput>(start);
  const initial = useRef(JSON.stringify(start));
  const [savedErrors, setSavedErrors] = useState<FieldErrors>({});
  const [invalidWidgets, setInvalidWidgets] = useState<Record<string, boolean>>({});
  const [unpriced, setUnpriced] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { leave, discardModal } = useDiscardGuard(JSON.stringify(form) !== initial.current);
  const { confirm, confirmModal } = useConfirm();
  const refusal = useWriteRefusal('quotes', existing);
  const currencies = useEnabledCurrencies();
  const rates = useExchangeRates();
  const opportunity = useOpportunity(form.opportunityId);
  const products = useProductsByIds(form.lines.map((l) => l.productId));
  const isNew = existing === null;

  useEffect(() => {
    document.title = `${isNew ? t('newTitle') : t('editTitle')} · ${t('common:appName')}`;
  }, [isNew, t]);

  const computed = useMemo(
    () => computeQuoteTotals({ currency: form.currency, lines: form.lines, discount: form.discount, vatPercent: form.vatPercent }),
    [form.currency, form.lines, form.discount, form.vatPercent],
  );
  // The amounts are checked live as the user types (an empty field waits for Save to call it
  // missing); the live check replaces what the last save said about them. Other errors from
  // the last save stay until their field is edited.
  const errors = useMemo(() => editorErrors(savedErrors, computed.ok ? [] : computed.errors, form), [savedErrors, computed, form]);
  /** Forget what the last save said about these fields (and everything under them). */
  const clearErrors = (...paths: string[]) => setSavedErrors((e) => withoutErrors(e, paths));
  const lineTotals = computed.ok ? computed.totals.lines : null;

  const lookup: QuoteRateLookup | null = rates ? lookUpQuoteRate(rates, form.currency, baseCurrency, form.issueDate) : null;

  const set = <K extends keyof QuoteInput>(key: K, value: QuoteInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    clearErrors(key);
  };
  const reportValidity = (widget: string, valid: boolean) =>
    setInvalidWidgets((w) => (w[widget] === !valid ? w : { ...w, [widget]: !valid }));
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

  const setLines = (update: (lines: QuoteLine[]) => QuoteLine[]) => {
    setForm((f) => ({ ...f, lines: update(f.lines) }));
    setSavedErrors((e) => withoutErrors(e, ['lines'], true));
  };

  const addProduct = (product: ProductDoc) => {
    const { line, priced } = lineFromProduct(product, form.currency, newId());
    setLines((lines) => addLine(lines, line));
    if (!priced) setUnpriced((s) => new Set([...s, line.id]));
    focusLater(`[data-line-id="${line.id}"] input[data-testid$="-quantity"]`);
  };

  const addFreeLine = () => {
    const line = blankLine(newId());
    setLines((lines) => addLine(lines, line));
    focusLater(`[data-line-id="${line.id}"] input[data-testid$="-description"]`);
  };

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= form.lines.length) return;
    const active = document.activeElement as HTMLElement | null;
    const id = form.lines[index]!.id;
    setLines((lines) => moveLine(lines, index, delta));
    setSavedErrors((e) => withoutErrors(e, ['lines']));
    setAnnouncement(t('lines.moved', { from: fmt.number(index + 1), to: fmt.number(target + 1) }));
    // Keep the keyboard where it was; a move button that just became disabled hands over to the description.
    requestAnimationFrame(() => {
      if (active && active.isConnected && !active.hasAttribute('disabled') && !active.hasAttribute('data-disabled')) active.focus();
      else document.querySelector<HTMLElement>(`[data-line-id="${id}"] input[data-testid$="-description"]`)?.focus();
    });
  };

  const remove = (index: number) => {
    const line = form.lines[index]!;
    const remaining = form.lines.length - 1;
    setLines((lines) => removeLine(lines, index));
    setSavedErrors((e) => withoutErrors(e, ['lines']));
    setAnnouncement(t('lines.removed', { row: fmt.number(index + 1) }));
    const next = focusAfterRemoval(index, remaining);
    const nextId = next < 0 ? null : form.lines.filter((_, i) => i !== index)[next]!.id;
    focusLater(nextId ? `[data-line-id="${nextId}"] [data-line-action="remove"]` : '[data-testid="add-line"]');
    if (isBlankLine(line)) return;
    const notificationId = `quote-line-removed-${line.id}`;
    notifications.show({
      id: notificationId,
      autoClose: 8000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('lines.removedNotice', { name: line.description || t('lines.rowLabel', { row: fmt.number(index + 1) }) })}</Text>
          <Button
            size="xs"
            variant="light"
            data-testid="undo-remove-line"
            onClick={() => {
              setLines((lines) => insertLine(lines, index, line));
              notifications.hide(notificationId);
            }}
          >
            {t('common:undo')}
          </Button>
        </Group>
      ),
    });
  };

  const changeLine = (index: number, patch: Partial<Omit<QuoteLine, 'id'>>) => {
    setLines((lines) => updateLine(lines, index, patch));
    clearErrors(...Object.keys(patch).map((field) => `lines.${index}.${field}`));
    setSavedErrors((e) => withoutErrors(e, [`lines.${index}`], true));
    if ('unitPriceMinor' in patch) setUnpriced((s) => (s.has(form.lines[index]!.id) ? new Set([...s].filter((id) => id !== form.lines[index]!.id)) : s));
  };

  const setCurrency = async (next: string) => {
    if (next === form.currency) return;
    if (currencyChangeLosesAmounts(form.lines, form.discount)) {
      const yes = await confirm({
        title: t('currencyChange.title'),
        message: t('currencyChange.body', { unit: unitLabel(next, prefs.language, prefs.irrUnit) }),
        confirmLabel: t('currencyChange.confirm'),
        cancelLabel: t('common:cancel'),
      });
      if (!yes) return;
    }
    const change = changeCurrency(form.lines, form.discount, next, products);
    setForm((f) => ({ ...f, currency: next, lines: change.lines, discount: change.discount }));
    setUnpriced(new Set(change.unpriced));
    clearErrors('currency', 'rate', 'discount', 'lines');
  };

  const save = async () => {
    const input: QuoteInput = { ...form, rate: lookup ? rateToStore(form, isNew, lookup) : form.rate };
    if (Object.values(invalidWidgets).some(Boolean)) {
      const rest = validate(quoteInputSchema, input);
      setSavedErrors({ ...(rest.ok ? {} : rest.errors), _: 'validation:fixHighlighted' });
      revealFirstError();
      return;
    }
    setSaving(true);
    const result = await saveQuote({ db, input, id: existing?.id, actor: currentActor() });
    setSaving(false);
    if (!result.ok) {
      setSavedErrors(result.errors);
      revealFirstError();
      return;
    }
    initial.current = JSON.stringify(form);
    notifications.show({ color: 'teal', message: t('saved', { number: result.doc.number || result.doc.provisionalNumber }) });
    navigate(`/quotes/${result.doc.id}`, { replace: true });
  };
  const { formProps, submitButtonProps } = useFormSubmit(save);
  const cancel = () =>
    void leave(() => {
      if (existing) navigate(`/quotes/${existing.id}`);
      else if (form.opportunityId) navigate(`/opportunities/${form.opportunityId}`);
      else navigate('/quotes');
    });

  const currencyOptions = (currencies ?? [form.currency]).includes(form.currency) ? (currencies ?? [form.currency]) : [form.currency, ...(currencies ?? [])];

  return (
    <form {...formProps} data-testid="quote-editor">
      <Stack gap="md" maw={1100}>
        <Group justify="space-between" align="flex-end">
          <Title order={2}>{isNew ? t('newTitle') : t('editTitle')}</Title>
          {existing && <Text c="dimmed" component="div"><QuoteNumber quote={existing} /></Text>}
        </Group>
        {errors._ && <Alert color="red" data-testid="form-error">{t(errors._)}</Alert>}
        <ReadOnlyNote refusal={refusal} />

        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={12}>
              <TextInput label={t('fields.title')} placeholder={t('fields.titlePlaceholder')} value={form.title} onChange={(e) => set('title', e.currentTarget.value)} dir="auto" error={errorFor(errors, t, 'title')} data-testid="quote-title" autoFocus={isNew} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <AccountPicker
                label={t('fields.account')}
                value={form.accountId}
                onChange={(id) => {
                  setForm((f) => ({ ...f, accountId: id, contactId: id === f.accountId ? f.contactId : '' }));
                  clearErrors('accountId', 'contactId');
                }}
                error={errorFor(errors, t, 'accountId')}
                data-testid="quote-account"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <ContactSelect accountId={form.accountId} value={form.contactId} onChange={(id) => set('contactId', id)} error={errorFor(errors, t, 'contactId')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('fields.currency')}
                data={currencyOptions.map((code) => ({ value: code, label: `${unitLabel(code, prefs.language, prefs.irrUnit)} (${code})` }))}
                value={form.currency}
                onChange={(v) => v && void setCurrency(v)}
                allowDeselect={false}
                error={errorFor(errors, t, 'currency')}
                data-testid="quote-currency"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('fields.status')}
                data={QUOTE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                value={form.status}
                onChange={(v) => v && set('status', v as QuoteStatus)}
                allowDeselect={false}
                data-testid="quote-status"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Text size="sm" fw={500}>{t('fields.opportunity')}</Text>
              <Text size="sm" mt={6} data-testid="quote-opportunity">
                {form.opportunityId
                  ? <Anchor href={`#/opportunities/${form.opportunityId}`}><bdi>{opportunity?.name ?? '…'}</bdi></Anchor>
                  : <Text span c="dimmed" size="sm">{t('fields.noOpportunity')}</Text>}
              </Text>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <JalaliDateInput
                label={t('fields.issueDate')}
                value={form.issueDate}
                onChange={(v) => {
                  setForm((f) => withIssueDate(f, v));
                  clearErrors('issueDate', 'validUntil');
                }}
                required
                onValidityChange={(ok) => reportValidity('issueDate', ok)}
                error={errorFor(errors, t, 'issueDate')}
                data-testid="quote-issue-date"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <JalaliDateInput
                label={t('fields.validUntil')}
                description={t('fields.validUntilHint')}
                value={form.validUntil}
                onChange={(v) => set('validUntil', v)}
                required
                onValidityChange={(ok) => reportValidity('validUntil', ok)}
                error={errorFor(errors, t, 'validUntil')}
                data-testid="quote-valid-until"
              />
            </Grid.Col>
          </Grid>
        </Paper>

        <RateNote
          form={form} lookup={lookup} isNew={isNew} baseCurrency={baseCurrency} error={errorFor(errors, t, 'rate')}
          onAddRate={() => void leave(() => navigate('/settings/sales/rates'))}
        />

        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <Title order={3}>{t('lines.title')}</Title>
            <Text size="xs" c="dimmed">
              {t('lines.keyboardHint')} <Kbd size="xs" dir="ltr">Alt ↑</Kbd> <Kbd size="xs" dir="ltr">Alt ↓</Kbd>
            </Text>
          </Group>
          {errors.lines && <Alert color="red" data-error="true" data-testid="lines-error">{t(errors.lines)}</Alert>}
          {form.lines.map((line, index) => (
            <QuoteLineEditor
              key={line.id}
              line={line}
              index={index}
              count={form.lines.length}
              currency={form.currency}
              errors={lineErrors(errors, index)}
              totals={lineTotals?.[index] ?? null}
              product={products.get(line.productId)}
              unpriced={unpriced.has(line.id)}
              onChange={(patch) => changeLine(index, patch)}
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove(index)}
              onValidityChange={reportValidity}
            />
          ))}
          <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
            <Group align="flex-end" gap="sm">
              <div style={{ flex: 1, minWidth: 240 }}>
                {canAddLine(form.lines) && <ProductPicker key={form.currency} currency={form.currency} onPick={addProduct} label={t('lines.addProduct')} />}
              </div>
              <Button variant="default" leftSection={<IconPlus size={16} />} onClick={addFreeLine} disabled={!canAddLine(form.lines)} data-testid="add-line">
                {t('lines.addFreeText')}
              </Button>
            </Group>
          </Paper>
        </Stack>

        <QuoteTotalsPanel
          key={form.currency}
          currency={form.currency}
          discount={form.discount}
          vatPercent={form.vatPercent}
          totals={computed.ok ? computed.totals : null}
          errors={errors}
          onDiscount={(d: QuoteDiscount | null) => set('discount', d)}
          onVatPercent={(v) => set('vatPercent', v)}
          onValidityChange={reportValidity}
        />

        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea label={t('fields.notes')} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} dir="auto" autosize minRows={3} error={errorFor(errors, t, 'notes')} data-testid="quote-notes" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea label={t('fields.terms')} placeholder={t('fields.termsPlaceholder')} value={form.terms} onChange={(e) => set('terms', e.currentTarget.value)} dir="auto" autosize minRows={3} error={errorFor(errors, t, 'terms')} data-testid="quote-terms" />
            </Grid.Col>
          </Grid>
        </Paper>

        <Group justify="flex-end">
          <Button variant="default" onClick={cancel} data-testid="cancel-form">{t('common:cancel')}</Button>
          <Button {...submitButtonProps} loading={saving} disabled={refusal !== null} data-testid="save-quote">{t('common:save')}</Button>
        </Group>
      </Stack>
      <VisuallyHidden aria-live="polite" data-testid="line-announcer">{announcement}</VisuallyHidden>
      {discardModal}
      {confirmModal}
    </form>
  );
}

/** Which exchange rate goes with the quote, or why none does. */
function RateNote({ form, lookup, isNew, baseCurrency, error, onAddRate }: {
  form: QuoteInput;
  onAddRate(): void;
  lookup: QuoteRateLookup | null;
  isNew: boolean;
  baseCurrency: string;
  error?: string;
}) {
  const { t } = useTranslation('quotes');
  const prefs = useDisplayPrefs();
  if (!lookup || lookup.kind === 'same') return null;
  const kept = !isNew && form.rate !== null && form.rate.from === form.currency ? form.rate : null;
  const rate = kept ?? (lookup.kind === 'found' ? lookup.rate : null);
  const summary = rate ? rateSummary(rate, form.currency, prefs) : null;
  if (summary) {
    return (
      <Alert color="blue" variant="light" data-testid="quote-rate" data-rate-state={kept ? 'kept' : 'found'}>
        <Text size="sm">
          {t(kept ? 'rate.kept' : 'rate.found', { one: summary.one, equals: summary.equals, date: summary.date })}
        </Text>
        {error && <Text size="sm" c="red">{error}</Text>}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="quote-rate" data-rate-state="missing">
      <Text size="sm">
        {t('rate.missing', {
          currency: unitLabel(form.currency, prefs.language, prefs.irrUnit),
          base: unitLabel(baseCurrency, prefs.language, prefs.irrUnit),
        })}
      </Text>
      <Anchor component="button" type="button" size="sm" onClick={onAddRate} data-testid="add-rate-link">{t('rate.addRate')}</Anchor>
    </Alert>
  );
}
