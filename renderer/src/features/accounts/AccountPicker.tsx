import { Select } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSearchService } from '../search/search-service';
import { useAccountNames } from './use-account-names';

interface AccountPickerProps {
  value: string;
  onChange: (id: string) => void;
  label?: string;
  placeholder?: string;
  error?: string;
  size?: 'xs' | 'sm';
  'data-testid'?: string;
}

/** Picks an account by typing its name (served by the in-memory index, not by scanning). */
export function AccountPicker({ value, onChange, label, placeholder, error, size, ...rest }: AccountPickerProps) {
  const { t } = useTranslation('accounts');
  const [search, setSearch] = useState('');
  const current = useAccountNames(value ? [value] : []);
  const data = useMemo(() => {
    const hits = search.trim() ? (getSearchService()?.index.search(search, { limit: 20, kinds: ['account'] }) ?? []) : [];
    const options = hits.map((h) => ({ value: h.id, label: h.title }));
    const currentName = current.get(value);
    if (value && currentName && !options.some((o) => o.value === value)) options.unshift({ value, label: currentName });
    return options;
  }, [search, value, current]);

  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('pickAccount')}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={search.trim() ? t('noAccountFound') : t('typeToSearch')}
      error={error}
      size={size}
      data-testid={rest['data-testid']}
    />
  );
}
