import { Alert, Anchor, Autocomplete, Button, Grid, Group, List, Paper, Stack, Switch, TextInput, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { buildProductDoc, productDocSchema, productInputSchema, type ProductDoc, type ProductInput } from '../../../../shared/entities';
import { toLatinDigits } from '../../../../shared/text/digits';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { LtrText } from '../../ui/LtrText';
import { errorFor } from '../records/form-fields';
import { useRecord } from '../records/use-record';
import { useRecordForm } from '../records/use-record-form';
import { ReadOnlyNote } from '../sync/ReadOnlyNote';
import { useWriteRefusal } from '../sync/use-write-refusal';
import { useEnabledCurrencies } from '../sales-settings/sales-reference';
import { normalizeCategoryPath } from './categories';
import { ImageField } from './ImageField';
import { PricesEditor } from './PricesEditor';
import { useProductDirectory } from './product-directory';
import { readQuantity } from './quantity-input';
import { useCategorySuggestions } from './use-catalog';
import { useDisplayPrefs } from '../../ui/prefs';
import { formatQuantity } from './stock';

function emptyProduct(ownerId: string, unit: string): ProductInput {
  return { name: '', sku: '', category: '', unit, prices: [], stockQuantity: '', image: '', description: '', active: true, ownerId };
}

function toInput(doc: ProductDoc): ProductInput {
  const { name, sku, category, unit, prices, stockQuantity, image, description, active, ownerId } = doc;
  return { name, sku, category, unit, prices, stockQuantity, image, description, active, ownerId };
}

export function ProductFormPage() {
  const { t } = useTranslation('products');
  const params = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const db = useDatabase();
  const { digits } = useDisplayPrefs();
  const currencies = useEnabledCurrencies();
  const categories = useCategorySuggestions(db.products);
  const units = useMemo(() => t('unitSuggestions').split('|'), [t]);
  const { form, set, loaded, errors, saving, reportValidity, formProps, submitButtonProps, leave, discardModal } = useRecordForm({
    collection: db.products, id: params.id, empty: () => emptyProduct(currentActor().userId, units[0] ?? ''), toInput,
    inputSchema: productInputSchema, docSchema: productDocSchema, build: buildProductDoc,
    onSaved: (doc) => {
      notifications.show({ color: 'teal', message: t('saved', { name: doc.name }) });
      navigate(`/products/${doc.id}`, { replace: true });
    },
  });

  // Stock: a switch (tracked or not) and the quantity as typed, committed when readable.
  const [tracked, setTracked] = useState<boolean | null>(null);
  const [quantityText, setQuantityText] = useState<string | null>(null);
  const [quantityError, setQuantityError] = useState<string | null>(null);
  const isTracked = tracked ?? form.stockQuantity !== '';
  const shownQuantity = quantityText ?? (form.stockQuantity ? formatQuantity(form.stockQuantity, digits) : '');
  const commitQuantity = (text: string) => {
    const read = readQuantity(text);
    if (read.ok) {
      set('stockQuantity', read.value);
      setQuantityText(null);
      setQuantityError(null);
      reportValidity('stock')(true);
    } else {
      setQuantityError(read.error);
      reportValidity('stock')(false);
    }
  };
  const setTracking = (on: boolean) => {
    setTracked(on);
    setQuantityText(null);
    setQuantityError(null);
    if (on) {
      if (form.stockQuantity === '') set('stockQuantity', '0');
      reportValidity('stock')(true);
    } else {
      set('stockQuantity', '');
      reportValidity('stock')(true);
    }
  };

  // Someone who may not change this product (the server would refuse it) sees why, and cannot save.
  const stored = useRecord<ProductDoc>(db.products, params.id);
  const refusal = useWriteRefusal('products', stored);

  const { directory, status } = useProductDirectory();
  const [sku] = useDebouncedValue(form.sku, 200);
  const sameSku = useMemo(
    () => directory?.index.withSku(sku, params.id) ?? [],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [directory, sku, params.id, status.version],
  );

  if (!loaded) return null;
  const readOnly = refusal !== null;

  return (
    <form {...formProps} onSubmit={readOnly ? (e) => e.preventDefault() : formProps.onSubmit}>
      <Stack gap="md" maw={920}>
        <Title order={2}>{params.id ? t('editTitle') : t('newTitle')}</Title>
        <ReadOnlyNote refusal={refusal} />
        {errors._ && <Alert color="red" data-testid="form-error">{t(errors._)}</Alert>}
        <Paper withBorder p="md">
          <Grid>
            <Grid.Col span={12}>
              <TextInput
                label={t('fields.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} dir="auto" withAsterisk autoFocus
                error={errorFor(errors, t, 'name')} data-testid="product-name-input"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('fields.sku')} description={t('skuHint')} value={form.sku}
                onChange={(e) => set('sku', toLatinDigits(e.currentTarget.value).replace(/\s+/g, ''))}
                dir="ltr" autoComplete="off" spellCheck={false}
                error={errorFor(errors, t, 'sku')} data-testid="product-sku-input"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Autocomplete
                label={t('fields.category')} description={t('categoryHint')} value={form.category}
                onChange={(v) => set('category', v)} onBlur={() => set('category', normalizeCategoryPath(form.category))}
                data={categories} dir="auto" limit={50} maxDropdownHeight={280}
                error={errorFor(errors, t, 'category')} data-testid="product-category-input"
              />
            </Grid.Col>
            {sameSku.length > 0 && (
              <Grid.Col span={12}>
                <Alert color="yellow" icon={<IconCopy size={18} />} title={t('duplicateSkuTitle')} data-testid="duplicate-sku">
                  <List size="sm">
                    {sameSku.slice(0, 5).map((p) => (
                      <List.Item key={p.id}>
                        <Anchor href={`#/products/${p.id}`} target="_self"><bdi>{p.name}</bdi></Anchor> — <LtrText>{p.sku}</LtrText>
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              </Grid.Col>
            )}
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Autocomplete
                label={t('fields.unit')} value={form.unit} onChange={(v) => set('unit', v)} data={units} dir="auto" withAsterisk
                error={errorFor(errors, t, 'unit')} data-testid="product-unit-input"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Switch
                mt={{ base: 0, sm: 30 }} label={t('fields.active')} description={t('activeHint')}
                checked={form.active} onChange={(e) => set('active', e.currentTarget.checked)} data-testid="product-active"
              />
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="md">
          <PricesEditor value={form.prices} onChange={(v) => set('prices', v)} currencies={currencies} onValidityChange={reportValidity('prices')} errors={errors} />
        </Paper>
        <Paper withBorder p="md">
          <Grid align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Switch label={t('trackStock')} description={t('trackStockHint')} checked={isTracked} onChange={(e) => setTracking(e.currentTarget.checked)} data-testid="track-stock" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              {isTracked && (
                <TextInput
                  label={t('fields.stockQuantity')} rightSection={<bdi style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)' }}>{form.unit}</bdi>}
                  rightSectionWidth={80} value={shownQuantity} dir="ltr" inputMode="decimal" autoComplete="off"
                  onChange={(e) => { setQuantityText(e.currentTarget.value); setQuantityError(null); }}
                  onBlur={(e) => commitQuantity(e.currentTarget.value)}
                  onKeyDown={(e) => { if (e.key === 'Enter') commitQuantity(e.currentTarget.value); }}
                  error={quantityError ? t(quantityError) : errorFor(errors, t, 'stockQuantity')} data-testid="product-stock-input"
                />
              )}
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="md">
            <ImageField value={form.image} onChange={(v) => set('image', v)} error={errorFor(errors, t, 'image')} alt={form.name} />
            <Textarea
              label={t('fields.description')} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} dir="auto" autosize minRows={3}
              error={errorFor(errors, t, 'description')} data-testid="product-description-input"
            />
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void leave(() => (params.id ? navigate(`/products/${params.id}`) : navigate('/products')))} data-testid="cancel-form">
            {t('common:cancel')}
          </Button>
          <Button {...submitButtonProps} loading={saving} disabled={readOnly} data-testid="save-product">{t('common:save')}</Button>
        </Group>
      </Stack>
      {discardModal}
    </form>
  );
}
