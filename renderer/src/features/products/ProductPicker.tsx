import { Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { productPrice, type ProductDoc } from '../../../../shared/entities';
import { useDatabase } from '../../db/DatabaseProvider';
import { LtrText } from '../../ui/LtrText';
import { MoneyText } from '../../ui/MoneyText';
import { unitLabel } from '../../ui/money/money-field';
import { useDisplayPrefs } from '../../ui/prefs';
import { useProductDirectory } from './product-directory';
import type { ProductSummary } from './product-summary';
import { isOutOfStock } from './stock';
import { StockText } from './StockText';

export interface ProductPickerProps {
  /** ISO code of the quote's currency: each option shows its price in it (or says it has none). */
  currency: string;
  /** Called with the whole chosen product (picture included); the field then clears for the next one. */
  onPick(product: ProductDoc): void;
  /** Field label; default «افزودن کالا». */
  label?: string;
}

const MAX_OPTIONS = 30;

/**
 * Finds an active product by name or SKU as the user types (Persian normalization: ي/ی,
 * ZWNJ, Persian digits) and hands the chosen one to `onPick`. Keyboard: type, ↑/↓, Enter;
 * Escape closes. Each option shows the price in `currency` and the stock, out of stock in red.
 */
export function ProductPicker({ currency, onPick, label }: ProductPickerProps) {
  const { t } = useTranslation('products');
  const db = useDatabase();
  const { directory, status } = useProductDirectory();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 60);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const options = useMemo(
    () => directory?.index.search(debounced, { limit: MAX_OPTIONS, activeOnly: true }) ?? [],
    // `status.version` re-runs the search when products change or the directory grows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [directory, debounced, status.version],
  );

  // Enter right after typing takes the best match.
  useEffect(() => {
    if (debounced.trim()) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced, options]);

  const pick = async (id: string) => {
    const doc = await db.products.findOne(id).exec();
    if (!doc) return;
    setSearch('');
    combobox.closeDropdown();
    onPick(doc.toJSON() as ProductDoc);
  };

  const empty = !status.ready && status.indexed === 0
    ? <Group gap="xs" justify="center"><Loader size="xs" /><Text size="sm">{t('picker.loading')}</Text></Group>
    : debounced.trim() ? t('picker.nothingFound') : t('picker.noProducts');

  return (
    <Combobox store={combobox} onOptionSubmit={(id) => void pick(id)} withinPortal>
      <Combobox.Target>
        <TextInput
          label={label ?? t('picker.label')}
          placeholder={t('picker.placeholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={!status.ready ? <Loader size="xs" /> : null}
          value={search}
          dir="auto"
          autoComplete="off"
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          aria-label={label ?? t('picker.label')}
          data-testid="product-picker"
        />
      </Combobox.Target>
      <Combobox.Dropdown data-testid="product-picker-options">
        <Combobox.Options mah={360} style={{ overflowY: 'auto' }}>
          {options.length === 0 ? (
            <Combobox.Empty>{empty}</Combobox.Empty>
          ) : (
            options.map((p) => (
              <Combobox.Option key={p.id} value={p.id} data-testid="product-option" data-id={p.id} data-out-of-stock={isOutOfStock(p.stockQuantity) || undefined}>
                <ProductPickerOption product={p} currency={currency} />
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** One option: name, SKU, the price in `currency` (or that it has none) and the stock. */
export function ProductPickerOption({ product, currency }: { product: ProductSummary; currency: string }) {
  const { t } = useTranslation('products');
  const prefs = useDisplayPrefs();
  const price = productPrice(product, currency);
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate><bdi>{product.name}</bdi></Text>
        {/* Faded rather than grey, so it stays readable on the highlighted option. */}
        {product.sku && <Text size="xs" opacity={0.7} truncate><LtrText>{product.sku}</LtrText></Text>}
      </Stack>
      <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
        {price ? (
          <Text size="sm" data-testid="option-price"><MoneyText value={price} /></Text>
        ) : (
          <Text size="xs" opacity={0.7} data-testid="option-price">{t('picker.noPrice', { unit: unitLabel(currency, prefs.language, prefs.irrUnit) })}</Text>
        )}
        <StockText stockQuantity={product.stockQuantity} unit={product.unit} size="xs" />
      </Stack>
    </Group>
  );
}
